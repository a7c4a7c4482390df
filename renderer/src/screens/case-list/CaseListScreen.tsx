// All cases: search, status filter and sort above a virtualised list, so 10,000 cases scroll as
// smoothly as ten. Rows open with a click or Enter; arrow keys move between rows.
import { Badge, Group, Loader, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type Dispatch, type KeyboardEvent, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '@core/contract';
import { caseStatusChoices } from '../../api/choices';
import { call } from '../../api/client';
import type { CaseListFilter, CaseSort, Navigate, StatusFilter } from '../../app/routes';
import { SeverityBadge, StatusBadge } from '../../components/CaseBadges';
import { ErrorAlert } from '../../components/ErrorAlert';
import { labelOrValue } from '../../i18n';
import { formatDateTime, formatShortDate } from '../../i18n/format';
import { sortCases } from './case-order';
import classes from './case-list.module.css';

const ROW_HEIGHT = 60;
const SORTS: CaseSort[] = ['updated', 'title', 'status', 'severity'];

interface Props {
  filter: CaseListFilter;
  onFilterChange: Dispatch<SetStateAction<CaseListFilter>>;
  navigate: Navigate;
}

export function CaseListScreen({ filter, onFilterChange, navigate }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(filter.query);
  const [query] = useDebouncedValue(typed, 250);
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    onFilterChange((previous) => (previous.query === query ? previous : { ...previous, query }));
  }, [query, onFilterChange]);

  useEffect(() => {
    let current = true;
    call('casesList', { query: filter.query.trim() || undefined, status: filter.status }).then(
      (data) => {
        if (!current) return;
        // Paired with 'caselist:rendered' below: the benchmark measures the render of the list.
        performance.mark('caselist:data');
        setError(null);
        setCases(data);
      },
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [filter.query, filter.status]);

  const rows = useMemo(() => (cases ? sortCases(cases, filter.sort) : null), [cases, filter.sort]);

  useLayoutEffect(() => {
    if (rows) performance.mark('caselist:rendered');
  }, [rows]);

  const statusOptions: { value: StatusFilter; label: string }[] = [
    { value: 'open', label: t('caseList.statusOpen') },
    ...caseStatusChoices.map((status) => ({ value: status, label: t(`caseStatus.${status}`) })),
    { value: 'all', label: t('caseList.statusAll') },
  ];

  return (
    <Stack gap="md" className={classes.screen}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('caseList.title')}</Title>
        {rows && (
          <Text c="dimmed" aria-live="polite">
            {t('caseList.count', { count: rows.length })}
          </Text>
        )}
      </Group>
      <Group align="flex-end" gap="md">
        <TextInput
          type="search"
          label={t('caseList.search')}
          placeholder={t('caseList.searchPlaceholder')}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          style={{ flex: 1, minWidth: 240 }}
        />
        <NativeSelect
          label={t('caseList.status')}
          data={statusOptions}
          value={filter.status}
          onChange={(event) => {
            const status = event.currentTarget.value as StatusFilter;
            onFilterChange((previous) => ({ ...previous, status }));
          }}
        />
        <NativeSelect
          label={t('caseList.sort')}
          data={SORTS.map((sort) => ({ value: sort, label: t(`caseList.sortBy.${sort}`) }))}
          value={filter.sort}
          onChange={(event) => {
            const sort = event.currentTarget.value as CaseSort;
            onFilterChange((previous) => ({ ...previous, sort }));
          }}
        />
      </Group>
      <ErrorAlert error={error} />
      {rows ? (
        <CaseTable rows={rows} sort={filter.sort} onOpen={(id) => navigate({ screen: 'case', caseId: id, tab: 'overview' })} searching={filter.query !== ''} />
      ) : (
        !error && <Loader aria-label={t('app.loading')} />
      )}
    </Stack>
  );
}

function CaseTable({ rows, sort, onOpen, searching }: { rows: CaseSummary[]; sort: CaseSort; onOpen(id: string): void; searching: boolean }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const active = Math.min(activeIndex, rows.length - 1);
  // There is no React Compiler in this build, so the virtualiser's unmemoised API is safe here.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // React 19 warns about flushSync during render; scrolling stays smooth without it.
    useFlushSync: false,
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    setActiveIndex(target);
    virtualizer.scrollToIndex(target);
    // A row out of view only exists once the virtualiser has rendered the new scroll position.
    let tries = 0;
    const attempt = () => {
      const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`);
      if (row) row.focus();
      else if (tries++ < 10) requestAnimationFrame(attempt);
    };
    attempt();
  };

  const onKeyDown = (event: KeyboardEvent, index: number, id: string) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: rows.length - 1 };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
    } else if (event.key in moves) {
      event.preventDefault();
      focusRow(moves[event.key]!);
    }
  };

  const headers: { key: string; label: string; sortKey?: CaseSort }[] = [
    { key: 'title', label: t('caseList.column.title'), sortKey: 'title' },
    { key: 'status', label: t('caseList.column.status'), sortKey: 'status' },
    { key: 'level', label: t('caseList.column.level'), sortKey: 'severity' },
    { key: 'school', label: t('caseList.column.schoolLevel') },
    { key: 'actions', label: t('caseList.column.actions') },
    { key: 'updated', label: t('caseList.column.updated'), sortKey: 'updated' },
  ];

  if (rows.length === 0) {
    return (
      <Paper withBorder p="xl" radius="md">
        <Text c="dimmed">{searching ? t('caseList.noResults') : t('caseList.empty')}</Text>
      </Paper>
    );
  }

  return (
    <Paper withBorder radius="md" className={classes.table} role="table" aria-label={t('caseList.title')} aria-rowcount={rows.length + 1}>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={`${classes.grid} ${classes.header}`}>
          {headers.map((header) => (
            <div key={header.key} role="columnheader" aria-sort={header.sortKey === sort ? (sort === 'title' || sort === 'status' ? 'ascending' : 'descending') : undefined}>
              {header.label}
            </div>
          ))}
        </div>
      </div>
      <div ref={scrollRef} className={classes.scroll} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const summary = rows[item.index]!;
            return (
              <div
                key={summary.id}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                tabIndex={item.index === active ? 0 : -1}
                className={`${classes.grid} ${classes.row}`}
                style={{ height: item.size, transform: `translateY(${item.start}px)` }}
                onClick={() => onOpen(summary.id)}
                onFocus={() => setActiveIndex(item.index)}
                onKeyDown={(event) => onKeyDown(event, item.index, summary.id)}
              >
                <div role="cell" className={classes.titleCell}>
                  <Text fw={500} truncate>
                    {summary.title}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {summary.incidentTypes.map((type) => labelOrValue('incidentType', type)).join(' · ')}
                  </Text>
                </div>
                <div role="cell">
                  <Group gap={4} wrap="nowrap">
                    <StatusBadge status={summary.status} />
                    {summary.handedOver && (
                      <Badge variant="light" color="petrol" size="sm" title={t('handover.notice.title', { successor: summary.handedOver.to || '—', at: formatDateTime(summary.handedOver.at) })}>
                        {t('handover.badge')}
                      </Badge>
                    )}
                  </Group>
                </div>
                <div role="cell">
                  <SeverityBadge level={summary.level} acute={summary.acute} />
                </div>
                <div role="cell">{t(`schoolLevel.${summary.schoolLevel}`)}</div>
                <div role="cell">
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm">{t('caseList.openActions', { count: summary.openActions })}</Text>
                    {summary.overdueActions > 0 && (
                      <Badge color="red.9" variant="filled" radius="sm" size="sm">
                        {t('caseList.overdueActions', { count: summary.overdueActions })}
                      </Badge>
                    )}
                  </Group>
                </div>
                <div role="cell">
                  <Text size="sm">{formatShortDate(summary.updatedAt)}</Text>
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </Paper>
  );
}
