// Where the case is in the guidance note's steps, in the case header on every tab. An ordered list
// rather than Mantine's Stepper: the steps are a display, not buttons (changing the step needs a
// reason when closing, so it happens in the status panel on Overzicht).
import { Box, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { caseStatusChoices, type CaseStatus } from '@renderer/api/choices';
import classes from './case-stepper.module.css';

export function CaseStepper({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  const current = caseStatusChoices.indexOf(status);
  return (
    <Box component="ol" className={classes.steps} aria-label={t('workflow.stepper.label')} data-testid="case-stepper" data-status={status}>
      {caseStatusChoices.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li key={step} className={classes.step} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
            <span className={classes.dot} aria-hidden>
              {state === 'done' || (state === 'current' && step === 'closed') ? '✓' : index + 1}
            </span>
            <span className={classes.label}>
              {t(`caseStatus.${step}`)}
              {state === 'done' && <VisuallyHidden> ({t('workflow.stepper.done')})</VisuallyHidden>}
              {state === 'current' && <VisuallyHidden> ({t('workflow.stepper.current')})</VisuallyHidden>}
            </span>
          </li>
        );
      })}
    </Box>
  );
}
