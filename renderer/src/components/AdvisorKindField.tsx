// Internal or external vertrouwenspersoon: asked at first run and changeable in Settings. It decides
// whether the meldplicht binds the advisor (internal: a staff member) or not (external).
import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { advisorKinds, type AdvisorKind } from '@shared';

export function AdvisorKindField({ value, onChange }: { value: AdvisorKind; onChange(kind: AdvisorKind): void }) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={t('advisorKind.label')} description={t('advisorKind.help')} value={value} onChange={(v) => onChange(v as AdvisorKind)} data-testid="advisor-kind">
      <Stack gap="xs" mt={6}>
        {advisorKinds.map((kind) => (
          <Radio key={kind} value={kind} label={t(`advisorKind.${kind}`)} description={t(`advisorKind.${kind}Help`)} data-testid={`advisor-kind-${kind}`} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
