// The interview's parts, each with how far it is; the current one is marked, any other is a click
// (or Tab and Enter) away. Parts that earlier answers make irrelevant stay visible but inactive, so
// the advisor sees they were skipped rather than forgotten.
import { NavLink, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InterviewContent, InterviewState } from './interview-types';

interface Props {
  sections: InterviewContent['sections'];
  progress: InterviewState['progress']['sections'];
  current: number;
  onSelect(index: number): void;
}

export function SectionNav({ sections, progress, current, onSelect }: Props) {
  const { t } = useTranslation();
  const byId = new Map(progress.map((p) => [p.id, p]));
  return (
    <nav aria-label={t('interview.sectionsLabel')} data-testid="interview-sections">
      {sections.map((section, index) => {
        const p = byId.get(section.id);
        // Skipped while nothing in it is shown; its count is of what applies or still may.
        const skipped = !p || p.shown === 0;
        const done = !skipped && p.answered === p.total;
        return (
          <NavLink
            key={section.id}
            component="button"
            type="button"
            active={index === current}
            aria-current={index === current ? 'step' : undefined}
            disabled={skipped}
            aria-disabled={skipped || undefined}
            variant="light"
            onClick={() => onSelect(index)}
            label={section.title}
            description={
              <Text component="span" size="xs" c={done ? 'teal.8' : 'dimmed'}>
                {skipped ? t('interview.sectionSkipped') : done ? `✓ ${t('interview.sectionDone')}` : t('interview.sectionProgress', { answered: p.answered, total: p.total })}
              </Text>
            }
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        );
      })}
    </nav>
  );
}
