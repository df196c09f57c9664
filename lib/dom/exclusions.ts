// Where the extension never highlights: form fields and editors (the reader's own typing),
// code and metadata, graphics, and the extension's own UI.

/**
 * Tag name of the element hosting the extension's in-page UI (see entrypoints/content), or its
 * start: where the page has defined an element of that name, the host gets a unique suffix.
 */
export const UI_HOST_TAG = 'right-of-reply-ui';

const EXCLUDED_SELECTORS: readonly string[] = [
  'input',
  'textarea',
  'select',
  'option',
  'button',
  '[contenteditable]',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'head',
  'title',
];

/** One selector for `Element.closest`: the excluded element itself. */
const EXCLUDED = EXCLUDED_SELECTORS.join(',');

const EXCLUDED_NAMES = new Set(EXCLUDED_SELECTORS.filter((selector) => /^[a-z-]+$/.test(selector)));

/** The same test as `matches(EXCLUDED)`, without a selector match per element on the hot path. */
export function isExcludedElement(element: Element): boolean {
  return (
    EXCLUDED_NAMES.has(element.localName) || element.hasAttribute('contenteditable') || isOwnUiHost(element)
  );
}

export function isOwnUiHost(element: Element): boolean {
  return element.localName.startsWith(UI_HOST_TAG);
}

/** The element itself or an ancestor is excluded: `closest(EXCLUDED)` plus the UI host's name. */
export function closestExcluded(element: Element): Element | null {
  const excluded = element.closest(EXCLUDED);
  if (excluded !== null) return excluded;
  for (let current: Element | null = element; current !== null; current = current.parentElement) {
    if (isOwnUiHost(current)) return current;
  }
  return null;
}
