// Settings: locking and language, the advisor's and school's details (used in letters), the
// passphrase, and backups.
import { AdvisorKindField } from '../../components/AdvisorKindField';
import { Loader, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@core/contract';
import { SETTINGS_LIMITS, SETTINGS_RANGES } from '@shared';
import { localeChoices } from '../../api/choices';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import { ErrorAlert } from '../../components/ErrorAlert';
import { atMost, atMostLines, firstOf, wholeBetween } from '../../components/forms/rules';
import { SaveRow, useSaved } from '../../components/forms/SaveRow';
import { useContractForm } from '../../components/forms/use-contract-form';
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

interface General {
  autoLockMinutes: number | string;
  retentionMonths: number | string;
  locale: Locale;
}

function GeneralSection({ settings, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const saved = useSaved();
  const range = (field: keyof typeof SETTINGS_RANGES) => {
    const { min, max } = SETTINGS_RANGES[field];
    return wholeBetween(min, max, t('settings.wholeBetween', { min, max }));
  };
  const contract = useContractForm<General>({
    initialValues: { autoLockMinutes: settings.autoLockMinutes, retentionMonths: settings.retentionMonths, locale: settings.locale },
    validate: { autoLockMinutes: range('autoLockMinutes'), retentionMonths: range('retentionMonths') },
  });
  const { form } = contract;

  const save = ({ autoLockMinutes, retentionMonths, locale }: General) => {
    saved.hide();
    return call('settingsUpdate', { autoLockMinutes: Number(autoLockMinutes), retentionMonths: Number(retentionMonths), locale });
  };

  return (
    <Section title={t('settings.generalTitle')}>
      <form
        noValidate
        onSubmit={contract.onSubmit(save, (next) => {
          onSaved(next);
          setLocale(next.locale);
          saved.show();
        })}
      >
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('settings.autoLock')}
              description={t('settings.autoLockHelp')}
              {...form.getInputProps('autoLockMinutes')}
              min={SETTINGS_RANGES.autoLockMinutes.min}
              max={SETTINGS_RANGES.autoLockMinutes.max}
              allowDecimal={false}
            />
            <NumberInput
              label={t('settings.retention')}
              description={t('settings.retentionHelp')}
              {...form.getInputProps('retentionMonths')}
              min={SETTINGS_RANGES.retentionMonths.min}
              max={SETTINGS_RANGES.retentionMonths.max}
              allowDecimal={false}
            />
            <NativeSelect
              label={t('settings.language')}
              description={t('settings.languageHelp')}
              data={localeChoices.map((choice) => ({ value: choice, label: t(`settings.languages.${choice}`) }))}
              {...form.getInputProps('locale')}
            />
          </SimpleGrid>
          <SaveRow busy={contract.busy} saved={saved} error={contract.error} />
        </Stack>
      </form>
    </Section>
  );
}

type Advisor = Pick<Settings, 'profileName' | 'advisor' | 'advisorKind'>;

function AdvisorSection({ settings, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const saved = useSaved();
  const L = SETTINGS_LIMITS;
  const tooLong = (max: number) => atMost(max, t('common.tooLong', { max }));
  const contract = useContractForm<Advisor>({
    initialValues: { profileName: settings.profileName, advisor: settings.advisor, advisorKind: settings.advisorKind },
    validate: {
      profileName: tooLong(L.profileName),
      advisor: {
        name: tooLong(L.advisorName),
        role: tooLong(L.advisorRole),
        phone: tooLong(L.advisorPhone),
        email: tooLong(L.advisorEmail),
        signature: firstOf(tooLong(L.signature), atMostLines(L.signatureLines, t('settings.signatureLines', { lines: L.signatureLines }))),
      },
    },
  });
  const { form } = contract;

  const save = (values: Advisor) => {
    saved.hide();
    return call('settingsUpdate', values);
  };

  return (
    <Section title={t('settings.advisorTitle')} description={t('settings.advisorHelp')}>
      <form
        noValidate
        onSubmit={contract.onSubmit(save, (next) => {
          onSaved(next);
          saved.show();
        })}
      >
        <Stack gap="md">
          <TextInput label={t('settings.profileName')} description={t('settings.profileNameHelp')} {...form.getInputProps('profileName')} maxLength={L.profileName} />
          <AdvisorKindField value={form.values.advisorKind} onChange={(kind) => form.setFieldValue('advisorKind', kind)} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('settings.advisorName')} {...form.getInputProps('advisor.name')} maxLength={L.advisorName} />
            <TextInput label={t('settings.advisorRole')} {...form.getInputProps('advisor.role')} maxLength={L.advisorRole} />
            <TextInput label={t('settings.advisorPhone')} type="tel" {...form.getInputProps('advisor.phone')} maxLength={L.advisorPhone} />
            <TextInput label={t('settings.advisorEmail')} type="email" {...form.getInputProps('advisor.email')} maxLength={L.advisorEmail} />
          </SimpleGrid>
          <Textarea
            label={t('settings.signature')}
            description={t('settings.signatureHelp', { lines: L.signatureLines })}
            {...form.getInputProps('advisor.signature')}
            maxLength={L.signature}
            autosize
            minRows={2}
          />
          <SaveRow busy={contract.busy} saved={saved} error={contract.error} />
        </Stack>
      </form>
    </Section>
  );
}
