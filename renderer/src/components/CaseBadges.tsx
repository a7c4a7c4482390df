// How a case's status, record kind and severity look everywhere: the same word, the same colour.
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '@core/contract';
import { labelOrValue } from '../i18n';

const STATUS_COLORS: Record<CaseSummary['status'], string> = {
  intake: 'gray',
  defining: 'blue',
  acting: 'orange',
  communicating: 'grape',
  aftercare: 'teal',
  closed: 'dark',
};

export function StatusBadge({ status }: { status: CaseSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" radius="sm">
      {t(`caseStatus.${status}`)}
    </Badge>
  );
}

export function RecordKindBadge({ kind }: { kind: CaseSummary['recordKind'] }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`recordKind.${kind}Help`)} multiline w={320}>
      <Badge color={kind === 'dossier' ? 'petrol' : 'gray'} variant="outline" radius="sm" tabIndex={0}>
        {t(`recordKind.${kind}`)}
      </Badge>
    </Tooltip>
  );
}

/** The assessment's level; acute cases say so in red whatever the level. */
export function SeverityBadge({ level, acute }: { level: string | null; acute: boolean }) {
  const { t } = useTranslation();
  if (acute) {
    return (
      <Badge color="red.9" variant="filled" radius="sm">
        {t('severity.acute')}
      </Badge>
    );
  }
  if (!level) return <span aria-label={t('severity.none')}>—</span>;
  return (
    <Badge color="gray" variant="light" radius="sm">
      {labelOrValue('severity', level)}
    </Badge>
  );
}
