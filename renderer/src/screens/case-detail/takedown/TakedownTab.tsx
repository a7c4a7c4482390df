// The takedown tracker: per item what exists and where, in words, and how far getting it removed
// has come — where it was reported, the reference number, the status and the day to look again.
// Never the image itself: having a sexual image of a minor is an offence, also for a school keeping
// it as evidence (domain.md §4). Changes and corrections are appended by main, never silent edits.
import { Alert, Anchor, Button, Collapse, Group, List, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput } from '@core/contract';
import { evidenceHolderChoices } from '@renderer/api/choices';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { useSubmit } from '@renderer/api/use-submit';
import { DateField } from '@renderer/components/DateField';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { Section } from '@renderer/components/Section';
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
      <AddItemForm caseId={caseId} onAdded={items.setData} />
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

function AddItemForm({ caseId, onAdded }: { caseId: string; onAdded(list: Awaited<ReturnType<typeof call<'evidenceAdd'>>>): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<EvidenceDraft>(emptyItem);
  const [invalidDates, setInvalidDates] = useState<Record<string, boolean>>({});
  const [dateErrors, setDateErrors] = useState<Record<string, string>>({});
  const submit = useSubmit('item');
  const form = useRef<HTMLFormElement>(null);
  const set = (patch: Partial<EvidenceDraft>) => {
    setDraft((previous) => ({ ...previous, ...patch }));
    submit.clearError();
  };
  const setDate = (field: 'observedAt' | 'followUpDate') => (value: string | null, invalid: boolean) => {
    set({ [field]: value });
    setInvalidDates((previous) => ({ ...previous, [field]: invalid }));
    setDateErrors(({ [field]: _gone, ...rest }) => rest);
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    // A half-typed "seen at" is an error to fix, never a time silently left out.
    const broken = Object.entries(invalidDates).filter(([, invalid]) => invalid);
    if (broken.length > 0) {
      setDateErrors(Object.fromEntries(broken.map(([field]) => [field, t('casework.takedown.dateIncomplete')])));
      form.current?.querySelector<HTMLInputElement>(`[data-field="${broken[0]![0]}"]`)?.focus();
      return;
    }
    const list = await submit.run(() => call('evidenceAdd', { caseId, item: draft }));
    if (list) {
      onAdded(list);
      setDraft(emptyItem);
      form.current?.querySelector<HTMLElement>('[data-field="description"]')?.focus();
    } else requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  return (
    <Section title={t('casework.takedown.addTitle')}>
      <form noValidate onSubmit={add} ref={form}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label={t('evidence.platform')}
              data-field="platform"
              value={draft.platform}
              onChange={(event) => set({ platform: event.currentTarget.value })}
              error={submit.fieldErrors.platform}
            />
            <TextInput
              label={t('evidence.accountOrUrl')}
              description={t('evidence.accountOrUrlHelp')}
              data-field="accountOrUrl"
              value={draft.accountOrUrl}
              onChange={(event) => set({ accountOrUrl: event.currentTarget.value })}
              error={submit.fieldErrors.accountOrUrl}
            />
            <DateField
              withTime
              label={t('evidence.observedAt')}
              data-field="observedAt"
              value={draft.observedAt}
              onChange={setDate('observedAt')}
              error={dateErrors.observedAt ?? submit.fieldErrors.observedAt}
            />
          </SimpleGrid>
          <Textarea
            label={t('evidence.description')}
            description={t('evidence.descriptionHelp')}
            data-field="description"
            value={draft.description}
            onChange={(event) => set({ description: event.currentTarget.value })}
            error={submit.fieldErrors.description}
            autosize
            minRows={2}
            withAsterisk
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label={t('evidence.heldBy')}
              description={t('evidence.heldByHelp')}
              data={evidenceHolderChoices.map((holder) => ({ value: holder, label: t(`evidence.holders.${holder}`) }))}
              value={draft.heldBy}
              onChange={(event) => set({ heldBy: event.currentTarget.value as EvidenceDraft['heldBy'] })}
            />
            <DateField
              label={t('casework.takedown.followUpDate')}
              description={t('casework.takedown.followUpHelp')}
              data-field="followUpDate"
              value={draft.followUpDate ?? null}
              onChange={setDate('followUpDate')}
              error={dateErrors.followUpDate ?? submit.fieldErrors.followUpDate}
            />
            <TextInput label={t('evidence.note')} value={draft.note} onChange={(event) => set({ note: event.currentTarget.value })} error={submit.fieldErrors.note} />
          </SimpleGrid>
          <ErrorAlert error={submit.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={submit.busy}>
              {t('evidence.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
