// Settings: locking and language, the advisor's and school's details (used in letters), the
// passphrase, and backups.
import { AdvisorKindField } from '../../components/AdvisorKindField';
import { Button, Group, Loader, NativeSelect, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@core/contract';
import { SETTINGS_LIMITS } from '@shared';
import { localeChoices } from '../../api/choices';
import { call, CallFailure } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { setLocale, type Locale } from '../../i18n';
import { VaultMoveSection } from '../handover/VaultMoveSection';
import { BackupsSection } from './BackupsSection';
import { PassphraseSection } from './PassphraseSection';
import { RecoveryKeySection } from './RecoveryKeySection';
import { SchoolBrandingSection } from './SchoolBrandingSection';

export function SettingsScreen({ onDataReplaced }: { onDataReplaced(): void }) {
  const { t } = useTranslation();
  const settings = useCallData(() => call('settingsGet', {}), []);

  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{t('settings.title')}</Title>
      <ErrorAlert error={settings.error} />
      {!settings.data && !settings.error && <Loader aria-label={t('app.loading')} />}
      {settings.data && (
        <>
          <GeneralSection settings={settings.data} onSaved={settings.setData} />
          <AdvisorSection settings={settings.data} onSaved={settings.setData} />
          <SchoolBrandingSection settings={settings.data} onSaved={settings.setData} />
        </>
      )}
      <PassphraseSection />
      {settings.data && <RecoveryKeySection confirmed={settings.data.recoveryConfirmed} onConfirmed={() => settings.data && settings.setData({ ...settings.data, recoveryConfirmed: true })} />}
      <BackupsSection onRestored={onDataReplaced} />
      <VaultMoveSection />
    </Stack>
  );
}

interface SectionProps {
  settings: Settings;
  onSaved(settings: Settings): void;
}

/** A section's save button and its outcome, in one place for the three settings forms. */
function SaveRow({ busy, saved, error }: { busy: boolean; saved: boolean; error: unknown }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} />
      <Group justify="flex-end" gap="sm">
        {saved && (
          <Text size="sm" c="green.8" role="status">
            {t('settings.saved')}
          </Text>
        )}
        <Button type="submit" loading={busy}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

function useSettingsSave(onSaved: (settings: Settings) => void) {
  const submit = useSubmit();
  const [saved, setSaved] = useState(false);
  const save = async (patch: Parameters<typeof call<'settingsUpdate'>>[1]) => {
    setSaved(false);
    const next = await submit.run(() => call('settingsUpdate', patch));
    if (next) {
      onSaved(next);
      setSaved(true);
    }
    return next;
  };
  return { ...submit, saved, save };
}

function GeneralSection({ settings, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState<number | string>(settings.autoLockMinutes);
  const [retention, setRetention] = useState<number | string>(settings.retentionMonths);
  const [locale, setLocaleChoice] = useState<Locale>(settings.locale);
  const submit = useSettingsSave(onSaved);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const next = await submit.save({ autoLockMinutes: Number(minutes), retentionMonths: Number(retention), locale });
    if (next) setLocale(next.locale);
  };

  return (
    <Section title={t('settings.generalTitle')}>
      <form noValidate onSubmit={save}>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('settings.autoLock')}
              description={t('settings.autoLockHelp')}
              value={minutes}
              onChange={setMinutes}
              min={1}
              max={120}
              allowDecimal={false}
              error={submit.fieldErrors.autoLockMinutes}
            />
            <NumberInput
              label={t('settings.retention')}
              description={t('settings.retentionHelp')}
              value={retention}
              onChange={setRetention}
              min={1}
              max={120}
              allowDecimal={false}
              error={submit.fieldErrors.retentionMonths}
            />
            <NativeSelect
              label={t('settings.language')}
              description={t('settings.languageHelp')}
              data={localeChoices.map((choice) => ({ value: choice, label: t(`settings.languages.${choice}`) }))}
              value={locale}
              onChange={(event) => setLocaleChoice(event.currentTarget.value as Locale)}
            />
          </SimpleGrid>
          <SaveRow busy={submit.busy} saved={submit.saved} error={submit.error} />
        </Stack>
      </form>
    </Section>
  );
}

function AdvisorSection({ settings, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const [profileName, setProfileName] = useState(settings.profileName);
  const [advisor, setAdvisor] = useState(settings.advisor);
  const [advisorKind, setAdvisorKind] = useState(settings.advisorKind);
  const submit = useSettingsSave(onSaved);
  const set = (patch: Partial<Settings['advisor']>) => setAdvisor((previous) => ({ ...previous, ...patch }));
  // The contract's messages for the advisor's fields ("advisor.signature"), shown at each field.
  const advisorErrors = submit.error instanceof CallFailure ? submit.error.fieldErrors('advisor') : {};

  const save = async (event: FormEvent) => {
    event.preventDefault();
    await submit.save({ profileName, advisor, advisorKind });
  };

  return (
    <Section title={t('settings.advisorTitle')} description={t('settings.advisorHelp')}>
      <form noValidate onSubmit={save}>
        <Stack gap="md">
          <TextInput
            label={t('settings.profileName')}
            description={t('settings.profileNameHelp')}
            value={profileName}
            onChange={(event) => setProfileName(event.currentTarget.value)}
            maxLength={SETTINGS_LIMITS.profileName}
            error={submit.fieldErrors.profileName}
          />
          <AdvisorKindField value={advisorKind} onChange={setAdvisorKind} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('settings.advisorName')}
              value={advisor.name}
              onChange={(event) => set({ name: event.currentTarget.value })}
              maxLength={SETTINGS_LIMITS.advisorName}
              error={advisorErrors.name}
            />
            <TextInput
              label={t('settings.advisorRole')}
              value={advisor.role}
              onChange={(event) => set({ role: event.currentTarget.value })}
              maxLength={SETTINGS_LIMITS.advisorRole}
              error={advisorErrors.role}
            />
            <TextInput
              label={t('settings.advisorPhone')}
              type="tel"
              value={advisor.phone}
              onChange={(event) => set({ phone: event.currentTarget.value })}
              maxLength={SETTINGS_LIMITS.advisorPhone}
              error={advisorErrors.phone}
            />
            <TextInput
              label={t('settings.advisorEmail')}
              type="email"
              value={advisor.email}
              onChange={(event) => set({ email: event.currentTarget.value })}
              maxLength={SETTINGS_LIMITS.advisorEmail}
              error={advisorErrors.email}
            />
          </SimpleGrid>
          <Textarea
            label={t('settings.signature')}
            description={t('settings.signatureHelp', { lines: SETTINGS_LIMITS.signatureLines })}
            value={advisor.signature}
            onChange={(event) => set({ signature: event.currentTarget.value })}
            maxLength={SETTINGS_LIMITS.signature}
            error={advisorErrors.signature}
            autosize
            minRows={2}
          />
          <SaveRow busy={submit.busy} saved={submit.saved} error={submit.error} />
        </Stack>
      </form>
    </Section>
  );
}
