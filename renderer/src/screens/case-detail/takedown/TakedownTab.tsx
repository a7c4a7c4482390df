// The takedown tracker: per item what exists and where, in words, and how far getting it removed
// has come — where it was reported, the reference number, the status and the day to look again.
// Never the image itself: having a sexual image of a minor is an offence, also for a school keeping
// it as evidence (domain.md §4). Changes and corrections are appended by main, never silent edits.
import { Alert, Anchor, Button, Collapse, Group, List, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput, Evidence } from '@core/contract';
import { evidenceHolderChoices } from '@renderer/api/choices';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { DateField } from '@renderer/components/DateField';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { addedItem, focusResultAt } from '@renderer/components/focus-first-problem';
import { useContractForm } from '@renderer/components/forms/use-contract-form';
import { Section } from '@renderer/components/Section';
import { TEXT_LIMITS } from '@shared';
import { evidenceRules, evidenceSelector } from './evidence-rules';
import { TakedownItem } from './TakedownItem';

type EvidenceDraft = CallInput<'evidenceAdd'>['item'];
const emptyItem: EvidenceDraft = { description: '', platform: '', accountOrUrl: '', observedAt: null, heldBy: 'victim', note: '', followUpDate: null };

/** `onCaseChanged`: a report moves the case on to step 2 (main's followWork), so the header reloads. */
export function TakedownTab({ caseId, onCaseChanged }: { caseId: string; onCaseChanged(): void }) {
  const { t } = useTranslation();
  const items = useCallData(() => call('evidenceList', { caseId }), [caseId]);
  const [why, setWhy] = useState(false);

  return (
    <Stack gap="md">
      <Alert color="red" variant="light" py="xs" data-testid="evidence-explanation" title={t('evidence.whyTitle')}>
        <Text size="sm">
          {t('casework.takedown.noImagesShort')}{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => setWhy((open) => !open)} aria-expanded={why}>
            {why ? t('casework.takedown.whyHide') : t('casework.takedown.whyShow')}
          </Anchor>
        </Text>
        <Collapse expanded={why}>
          <Stack gap={6} mt={6}>
            <Text size="sm">{t('evidence.why')}</Text>
            <List size="sm" spacing={2}>
              <List.Item>{t('evidence.record')}</List.Item>
              <List.Item>{t('evidence.leave')}</List.Item>
              <List.Item>{t('evidence.usb')}</List.Item>
            </List>
          </Stack>
        </Collapse>
      </Alert>
      <AddItemForm caseId={caseId} known={items.data} onAdded={items.setData} />
      <Section title={t('casework.takedown.title')} description={t('casework.takedown.help')}>
        <ErrorAlert error={items.error} />
        {items.data?.length === 0 && <Text c="dimmed">{t('evidence.empty')}</Text>}
        <Stack gap="sm" data-testid="evidence-table">
          {items.data?.map((item) => (
            <TakedownItem
              key={item.id}
              caseId={caseId}
              item={item}
              onChanged={(list) => {
                items.setData(list);
                onCaseChanged();
              }}
            />
          ))}
        </Stack>
      </Section>
    </Stack>
  );
}

function AddItemForm({ caseId, known, onAdded }: { caseId: string; known: readonly Evidence[] | undefined; onAdded(list: Evidence[]): void }) {
  const { t } = useTranslation();
  const contract = useContractForm<EvidenceDraft>({ initialValues: emptyItem, validate: evidenceRules(t), within: 'item' });
  const { form } = contract;

  return (
    <Section title={t('casework.takedown.addTitle')}>
      <form
        noValidate
        onSubmit={contract.onSubmit(
          (item) => call('evidenceAdd', { caseId, item }),
          (list) => {
            onAdded(list);
            form.reset();
            // The new item takes the focus, so it is read out.
            const added = addedItem(known, list);
            if (added) focusResultAt(evidenceSelector(added.id));
          },
        )}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label={t('evidence.platform')} description={t('evidence.platformHelp')} data-field="platform" {...form.getInputProps('platform')} maxLength={TEXT_LIMITS.evidencePlatform} />
            <TextInput
              label={t('evidence.accountOrUrl')}
              description={t('evidence.accountOrUrlHelp')}
              data-field="accountOrUrl"
              {...form.getInputProps('accountOrUrl')}
              maxLength={TEXT_LIMITS.evidencePlace}
            />
            <DateField label={t('evidence.observedAt')} description={t('evidence.observedAtHelp')} data-field="observedAt" {...contract.dateInputProps('observedAt', true)} />
          </SimpleGrid>
          <Textarea
            label={t('evidence.description')}
            description={t('evidence.descriptionHelp')}
            data-field="description"
            {...form.getInputProps('description')}
            maxLength={TEXT_LIMITS.evidenceDescription}
            autosize
            minRows={2}
            withAsterisk
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label={t('evidence.heldBy')}
              description={t('evidence.heldByHelp')}
              data={evidenceHolderChoices.map((holder) => ({ value: holder, label: t(`evidence.holders.${holder}`) }))}
              {...form.getInputProps('heldBy')}
            />
            <DateField label={t('casework.takedown.followUpDate')} description={t('casework.takedown.followUpHelp')} data-field="followUpDate" {...contract.dateInputProps('followUpDate')} />
            <TextInput label={t('evidence.note')} description={t('evidence.noteHelp')} {...form.getInputProps('note')} maxLength={TEXT_LIMITS.evidenceNote} />
          </SimpleGrid>
          <ErrorAlert error={contract.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={contract.busy}>
              {t('evidence.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
