// The school's letterhead for every pack: name, address, school type and logo. The logo is the one
// image the app keeps. It comes only through this file picker (drops and pastes of images stay
// refused everywhere, see MediaGuard) and is checked here by its bytes before it is saved.
import { Button, FileButton, Group, Image, Input, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@core/contract';
import { MAX_LOGO_BYTES, SETTINGS_LIMITS } from '@shared';
import { schoolLevelChoices } from '../../api/choices';
import { call } from '../../api/client';
import { atMost } from '../../components/forms/rules';
import { SaveRow, useSaved } from '../../components/forms/SaveRow';
import { useContractForm } from '../../components/forms/use-contract-form';
import { Section } from '../../components/Section';

type Logo = NonNullable<Settings['school']['logo']>;
type LogoProblem = 'logoNotImage' | 'logoTooLarge' | 'logoEmpty' | 'logoUnreadable';

// The same signatures main checks before pdfmake ever decodes the file (electron/core/packs/logo.ts).
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: one String.fromCharCode call with a million arguments would overflow the stack.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte);

/** The logo as settings store it, or why this file cannot be one. The type is read from the bytes, not the name. */
async function readLogo(file: File): Promise<Logo | LogoProblem> {
  if (file.size > MAX_LOGO_BYTES) return 'logoTooLarge';
  if (file.size === 0) return 'logoEmpty';
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(file);
  } catch {
    return 'logoUnreadable';
  }
  if (bytes.length > MAX_LOGO_BYTES) return 'logoTooLarge';
  const mime = startsWith(bytes, PNG_MAGIC) ? 'image/png' : startsWith(bytes, JPEG_MAGIC) ? 'image/jpeg' : null;
  if (!mime) return 'logoNotImage';
  return { mime, base64: toBase64(bytes) };
}

type School = Settings['school'];

export function SchoolBrandingSection({ settings, onSaved }: { settings: Settings; onSaved(settings: Settings): void }) {
  const { t } = useTranslation();
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const saved = useSaved();
  const tooLong = (max: number) => atMost(max, t('common.tooLong', { max }));
  const contract = useContractForm<School>({
    initialValues: settings.school,
    validate: { name: tooLong(SETTINGS_LIMITS.schoolName), address: tooLong(SETTINGS_LIMITS.schoolAddress) },
    within: 'school',
  });
  const { form } = contract;
  const school = form.values;
  const set = (patch: Partial<School>) => {
    saved.hide();
    form.setValues(patch);
  };
  const logoChanged = school.logo?.base64 !== settings.school.logo?.base64;

  const pick = async (file: File | null) => {
    if (!file) return;
    setLogoProblem(null);
    const logo = await readLogo(file);
    if (typeof logo === 'string') setLogoProblem(t(`packs.branding.${logo}`, { file: file.name }));
    else set({ logo });
  };

  const save = (values: School) => {
    saved.hide();
    return call('settingsUpdate', { school: values });
  };
  const done = (next: Settings) => {
    onSaved(next);
    form.setValues(next.school);
    saved.show();
  };

  return (
    <Section title={t('packs.branding.title')} description={t('packs.branding.help')}>
      <form noValidate onSubmit={contract.onSubmit(save, done)} data-testid="school-branding">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('settings.schoolName')} {...form.getInputProps('name')} maxLength={SETTINGS_LIMITS.schoolName} />
            <NativeSelect label={t('settings.schoolLevel')} data={schoolLevelChoices.map((level) => ({ value: level, label: t(`schoolLevel.${level}Long`) }))} {...form.getInputProps('level')} />
          </SimpleGrid>
          <Textarea label={t('settings.schoolAddress')} {...form.getInputProps('address')} maxLength={SETTINGS_LIMITS.schoolAddress} autosize minRows={2} />
          <Input.Wrapper label={t('packs.branding.logo')} labelElement="div" error={logoProblem} errorProps={{ role: 'alert', 'data-testid': 'school-logo-error' }}>
            <Group gap="md" align="center" wrap="nowrap" mt={4} mb={logoProblem ? 4 : 0}>
              <Paper withBorder radius="sm" w={180} h={72} p={6} style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', flexShrink: 0 }}>
                {school.logo ? (
                  <Image src={`data:${school.logo.mime};base64,${school.logo.base64}`} alt={t('packs.branding.logoPreview')} fit="contain" h="100%" w="100%" />
                ) : (
                  <Text size="xs" c="dimmed" ta="center">
                    {t('packs.branding.logoNone')}
                  </Text>
                )}
              </Paper>
              <Stack gap={6} align="flex-start">
                <Group gap="xs">
                  <FileButton onChange={(file) => void pick(file)} accept="image/png,image/jpeg">
                    {(props) => (
                      <Button variant="default" size="sm" aria-describedby="school-logo-help" {...props}>
                        {school.logo ? t('packs.branding.logoReplace') : t('packs.branding.logoChoose')}
                      </Button>
                    )}
                  </FileButton>
                  {school.logo && (
                    <Button
                      variant="subtle"
                      color="red"
                      size="sm"
                      onClick={() => {
                        setLogoProblem(null);
                        set({ logo: null });
                      }}
                    >
                      {t('packs.branding.logoRemove')}
                    </Button>
                  )}
                </Group>
                <Text size="xs" c="dimmed" id="school-logo-help">
                  {t('packs.branding.logoHelp')}
                </Text>
                {logoChanged && !logoProblem && (
                  <Text size="xs" c="orange.9" fw={600}>
                    {t('packs.branding.logoUnsaved')}
                  </Text>
                )}
              </Stack>
            </Group>
          </Input.Wrapper>
          <SaveRow busy={contract.busy} saved={saved} error={contract.error} />
        </Stack>
      </form>
    </Section>
  );
}
