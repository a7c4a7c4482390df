// The sender's side: choose open cases, review the manifest, write the file, note the handover
// code (shown once) and type two of its groups back.
import { Alert, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput, HandoverManifest } from '@core/contract';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { RecoveryKeyDisplay } from '../first-run/RecoveryKeyDisplay';
import { ConfirmStep } from '../first-run/RecoveryKeySteps';
import { ManifestView } from './ManifestView';

type Sent = CallOutput<'handoverExport'>;

export function SendHandover({ onSent }: { onSent(): void }) {
  const { t } = useTranslation();
  const open = useCallData(() => call('casesList', { status: 'open' }), []);
  const [chosen, setChosen] = useState<string[]>([]);
  const [successor, setSuccessor] = useState('');
  const [includePrivateNotes, setIncludePrivateNotes] = useState(false);
  const [manifest, setManifest] = useState<HandoverManifest | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const [step, setStep] = useState<'choose' | 'code' | 'confirm' | 'done'>('choose');
  const submit = useSubmit('');

  const choice = { caseIds: chosen, includePrivateNotes, successor };
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setManifest(null);
    };

  if (sent && step !== 'choose') {
    const groups = sent.confirmGroups!;
    return (
      <Section title={t('handover.send.title')}>
        {step === 'code' && (
          <Stack gap="md">
            <Alert color="petrol" variant="light" title={t('handover.code.onceTitle')}>
              {t('handover.code.once')}
            </Alert>
            <RecoveryKeyDisplay recoveryKey={sent.code!} title={t('handover.code.title')} note={t('handover.code.note')} testId="handover-code" />
            <Group justify="flex-end">
              <Button onClick={() => setStep('confirm')}>{t('handover.code.written')}</Button>
            </Group>
          </Stack>
        )}
        {step === 'confirm' && (
          <ConfirmStep
            groups={groups}
            onBack={() => setStep('code')}
            onConfirmed={() => {
              setStep('done');
              onSent();
            }}
            confirm={(typed) => call('handoverConfirmCode', { handoverId: sent.handoverId!, groups: typed })}
            texts={{ intro: t('handover.code.confirmIntro', { first: groups[0], second: groups[1] }), showAgain: t('handover.code.showAgain'), confirm: t('handover.code.confirm') }}
          />
        )}
        {step === 'done' && (
          <Alert color="green" variant="light" role="status" title={t('handover.send.doneTitle')}>
            {t('handover.send.done')}
          </Alert>
        )}
      </Section>
    );
  }

  const cases = open.data ?? [];
  return (
    <Section title={t('handover.send.title')} description={t('handover.send.help')}>
      <ErrorAlert error={open.error} />
      {open.data && cases.length === 0 && <Text c="dimmed">{t('handover.send.noCases')}</Text>}
      {cases.length > 0 && (
        <Checkbox.Group label={t('handover.send.cases')} value={chosen} onChange={changed(setChosen)}>
          <Stack gap={6} mt="xs">
            {cases.map((c) => (
              <Checkbox key={c.id} value={c.id} label={c.title} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <TextInput label={t('handover.send.successor')} description={t('handover.send.successorHelp')} value={successor} onChange={(e) => changed(setSuccessor)(e.currentTarget.value)} maw={420} />
      <Checkbox
        label={t('handover.send.includePrivate')}
        description={t('handover.send.includePrivateHelp')}
        checked={includePrivateNotes}
        onChange={(e) => changed(setIncludePrivateNotes)(e.currentTarget.checked)}
      />
      <Group>
        <Button
          variant="light"
          disabled={chosen.length === 0}
          loading={submit.busy && !manifest}
          onClick={() => void submit.run(() => call('handoverPreview', choice)).then((m) => m && setManifest(m))}
        >
          {t('handover.send.review')}
        </Button>
      </Group>
      {manifest && (
        <Stack gap="md">
          <Text fw={600}>{t('handover.send.manifestTitle')}</Text>
          <ManifestView manifest={manifest} />
          <Group>
            <Button
              loading={submit.busy}
              onClick={() =>
                void submit
                  .run(() => call('handoverExport', choice))
                  .then((result) => {
                    if (!result?.saved) return;
                    setSent(result);
                    setStep('code');
                  })
              }
            >
              {t('handover.send.write')}
            </Button>
          </Group>
        </Stack>
      )}
      <ErrorAlert error={submit.error} />
    </Section>
  );
}
