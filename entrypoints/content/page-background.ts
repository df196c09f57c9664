import { isDarkBackground, parseBackground } from '../../lib/controls/tint.ts';

/**
 * The page's background colour as `getComputedStyle` gives it, when it is dark: the body's, else
 * the root's (a transparent body shows the root's). Null on a light page, or one with no readable
 * background (the browser's white).
 */
export function darkPageBackground(doc: Document): string | null {
  for (const element of [doc.body as HTMLElement | null, doc.documentElement]) {
    if (element === null) continue;
    const value = getComputedStyle(element).backgroundColor;
    const background = parseBackground(value);
    if (background !== null) return isDarkBackground(background) ? value : null;
  }
  return null;
}
