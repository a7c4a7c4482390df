// The sender's side: choose open cases, review the manifest, write the file, note the handover
// code (shown once) and type two of its groups back.
import { Alert, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput, CallOutput, HandoverManifest } from '@core/contract';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusResultAt } from '../../components/focus-first-problem';
import { atMost, required } from '../../components/forms/rules';
import { useContractForm } from '../../components/forms/use-contract-form';
import { Section } from '../../components/Section';
import { RecoveryKeyDisplay } from '../first-run/RecoveryKeyDisplay';
import { ConfirmStep } from '../first-run/RecoveryKeySteps';
import { TEXT_LIMITS } from '@shared';
import { ManifestView } from './ManifestView';

type Sent = CallOutput<'handoverExport'>;
type Choice = CallInput<'handoverPreview'>;
const SUCCESSOR_MAX = TEXT_LIMITS.handoverSuccessor;

export function SendHandover({ onSent }: { onSent(): void }) {
  const { t } = useTranslation();
  const open = useCallData(() => call('casesList', { status: 'open' }), []);
  const contract = useContractForm<Choice>({
    initialValues: { caseIds: [], successor: '', includePrivateNotes: false },
    validate: { caseIds: required(t('handover.send.casesRequired')), successor: atMost(SUCCESSOR_MAX, t('common.tooLong', { max: SUCCESSOR_MAX })) },
  });
  const { form } = contract;
  const choice = form.values;
  // The manifest with the choice it was made for: any change to the choice asks for a new review.
  const [reviewed, setReviewed] = useState<{ manifest: HandoverManifest; choice: string } | null>(null);
  const manifest = reviewed?.choice === JSON.stringify(choice) ? reviewed.manifest : null;
  const [sent, setSent] = useState<Sent | null>(null);
  const [step, setStep] = useState<'choose' | 'code' | 'confirm' | 'done'>('choose');
  const writing = useSubmit('');

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
      <form
        noValidate
        onSubmit={contract.onSubmit(
          (values) => call('handoverPreview', values),
          (reviewedManifest, values) => {
            writing.clearError();
            setReviewed({ manifest: reviewedManifest, choice: JSON.stringify(values) });
            // What goes along is read out first: the review is what the advisor asked for.
            focusResultAt('[data-testid="handover-manifest"]');
          },
        )}
      >
        <Stack gap="md">
          {cases.length > 0 && (
            <Checkbox.Group label={t('handover.send.cases')} {...form.getInputProps('caseIds')} withAsterisk>
              <Stack gap={6} mt="xs">
                {cases.map((c) => (
                  <Checkbox key={c.id} value={c.id} label={c.title} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <TextInput label={t('handover.send.successor')} description={t('handover.send.successorHelp')} {...form.getInputProps('successor')} maxLength={SUCCESSOR_MAX} maw={420} />
          <Checkbox label={t('handover.send.includePrivate')} description={t('handover.send.includePrivateHelp')} {...form.getInputProps('includePrivateNotes', { type: 'checkbox' })} />
          <ErrorAlert error={contract.error} />
          <Group>
            <Button type="submit" variant="light" loading={contract.busy}>
              {t('handover.send.review')}
            </Button>
          </Group>
        </Stack>
      </form>
      {manifest && (
        <Stack gap="md">
          <Text fw={600}>{t('handover.send.manifestTitle')}</Text>
          <ManifestView manifest={manifest} />
          <Group>
            <Button
              loading={writing.busy}
              onClick={() =>
                void writing
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
      <ErrorAlert error={writing.error} />
    </Section>
  );
}
