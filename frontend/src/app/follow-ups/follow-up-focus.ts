/**
 * Where the focus goes after a list of follow-ups has been loaded again following a change. The dialog
 * gives the focus back to the button that opened it, but a follow-up that moved (rescheduled) or left the
 * list (done, cancelled) takes its buttons along: the focus then goes to the same button of the follow-up
 * where it is now, or, when it has gone, to `fallback` (the heading of the part it was in) instead of
 * being lost.
 */
export function keepFocus(
  document: Document,
  root: HTMLElement,
  followUpId: string,
  action: string,
  fallback: HTMLElement | null,
): void {
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) {
    return;
  }
  const moved = root.querySelector<HTMLElement>(`[data-id="${followUpId}"] [data-action="${action}"]`);
  (moved ?? fallback)?.focus();
}
