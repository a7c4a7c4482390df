// Where focus goes after the case's step changed through a form that is then gone or emptied
// (reopening, choosing another step): the status section's heading, read out with its new step.
export const statusHeading = (): HTMLElement | null | undefined => document.querySelector('[data-testid="case-status-panel"]')?.closest('section')?.querySelector<HTMLElement>('h2');
