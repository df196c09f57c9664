// Keeps keyboard focus inside the open popover: Tab and Shift+Tab cycle through its controls, and
// focus that lands anywhere else in the page while it is open is brought back.

const FOCUSABLE =
  'a[href],button:not([disabled]),input:not([disabled]),select,textarea,iframe,[tabindex]:not([tabindex="-1"])';

export function trapFocus(host: HTMLElement, box: HTMLElement): () => void {
  const focusables = (): HTMLElement[] =>
    [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => element.getClientRects().length > 0,
    );
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const all = focusables();
    const first = all[0];
    const last = all[all.length - 1];
    if (first === undefined || last === undefined) return;
    const active =
      box.getRootNode() instanceof ShadowRoot ? (box.getRootNode() as ShadowRoot).activeElement : null;
    const inside = active !== null && box.contains(active);
    if (event.shiftKey && (!inside || active === first || active === box.querySelector('[role="dialog"]'))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (!inside || active === last)) {
      event.preventDefault();
      first.focus();
    }
  };
  const onFocusIn = (event: FocusEvent): void => {
    if (event.composedPath().includes(host)) return;
    (box.querySelector<HTMLElement>('[role="dialog"], .undo') ?? box).focus({ preventScroll: true });
  };
  box.addEventListener('keydown', onKeyDown);
  document.addEventListener('focusin', onFocusIn, { capture: true });
  return () => {
    box.removeEventListener('keydown', onKeyDown);
    document.removeEventListener('focusin', onFocusIn, { capture: true });
  };
}
