// After a submit that failed, the keyboard and the screen reader go to what needs attention: the
// first field marked invalid, else the first error message. Without this, focus stays on the
// button and a screen reader user hears nothing of what went wrong.

/**
 * Focuses the first invalid field (or alert) inside `container`, once React has drawn the errors.
 * A group of radios or checkboxes carries no aria-invalid: its error message marks it, and the
 * group's first control takes the focus.
 */
export function focusFirstProblem(container: HTMLElement | null): void {
  requestAnimationFrame(() => {
    if (!container) return;
    const problem = container.querySelector<HTMLElement>('[aria-invalid="true"], .mantine-InputWrapper-error');
    if (problem?.getAttribute('aria-invalid') === 'true') return problem.focus();
    // A file input is never the one: it is hidden behind the button that opens it (FileButton).
    const control = problem?.closest('.mantine-InputWrapper-root')?.querySelector<HTMLElement>('input:not([type="hidden"]):not([type="file"]), textarea, select, [role="radio"], button');
    if (control) return control.focus();
    focusMessage(container.querySelector<HTMLElement>('[role="alert"]'));
  });
}

/** Focuses a message that is not itself a control (an alert, a result), so it is read out. */
export function focusMessage(element: HTMLElement | null): void {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
}

/**
 * About three seconds at 60 frames a second: long enough for a new screen or a reloaded list to draw
 * on a busy machine (an old school laptop scanning for viruses), short enough that a late result
 * never takes the focus from what the person has moved on to.
 */
const RESULT_WAIT_FRAMES = 180;

/**
 * After a submit that worked, focus goes to what it produced (the new case's title, the saved
 * message, the added item), so it is read out and the next Tab continues from there. The submit
 * button is often gone by then (a screen or dialog closed), and without this focus would fall to
 * <body>. `find` is asked each frame until the result is drawn.
 */
export function focusResult(find: () => HTMLElement | null | undefined): void {
  let frames = 0;
  let focused: HTMLElement | null = null;
  const attempt = () => {
    if (focused) {
      // The person moved on: their focus is left alone.
      if (document.activeElement !== focused && document.activeElement !== document.body) return;
      // A list or block that loads again may draw the result anew, and the focus falls to <body>
      // with the old element: the new one takes it.
      if (!focused.isConnected) focused = null;
    }
    if (!focused) {
      const element = find();
      if (element?.isConnected) {
        focusMessage(element);
        focused = element;
      }
    }
    if (++frames < RESULT_WAIT_FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** focusResult for an element named by a CSS selector, e.g. '[data-testid="case-title"]'. */
export const focusResultAt = (selector: string): void => focusResult(() => document.querySelector<HTMLElement>(selector));

/** The item a list holds after adding that it did not hold before: the one to put the focus on. */
export const addedItem = <T extends { id: string }>(before: readonly T[] | undefined, after: readonly T[]): T | undefined => {
  const known = new Set(before?.map((item) => item.id));
  return after.find((item) => !known.has(item.id));
};
