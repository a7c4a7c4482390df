// After a submit that failed, the keyboard and the screen reader go to what needs attention: the
// first field marked invalid, else the first error message. Without this, focus stays on the
// button and a screen reader user hears nothing of what went wrong.

/** Focuses the first invalid field (or alert) inside `container`, once React has drawn the errors. */
export function focusFirstProblem(container: HTMLElement | null): void {
  requestAnimationFrame(() => {
    if (!container) return;
    const field = container.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (field) return field.focus();
    focusMessage(container.querySelector<HTMLElement>('[role="alert"]'));
  });
}

/** Focuses a message that is not itself a control (an alert, a result), so it is read out. */
export function focusMessage(element: HTMLElement | null): void {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
}
