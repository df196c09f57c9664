import { FLASH_TINT_ALPHA, HIGHLIGHT_TINT_ALPHA } from '../../lib/controls/contrast.ts';
import { HIGHLIGHT_SELECTOR } from '../../lib/dom/highlighter.ts';

// The page-level stylesheet for highlights (they live in the page's DOM, outside any shadow root).
// Built as text and set with textContent; `!important` because article CSS often styles <mark>.
// Inset shadows, not borders or padding, so highlighting never moves a line of the page.

export const FLASH_CLASS = 'right-of-reply-flash';

/** The two hex digits of an alpha, appended to a #rrggbb colour. */
function alphaHex(alpha: number): string {
  return Math.round(alpha * 255)
    .toString(16)
    .padStart(2, '0');
}

// The tints the readability check in lib/controls/contrast.ts assumes.
const TINT = alphaHex(HIGHLIGHT_TINT_ALPHA);
const FLASH_TINT = alphaHex(FLASH_TINT_ALPHA);

function rule(slate: string, colour: string): string {
  const selector = `${HIGHLIGHT_SELECTOR}[data-slate="${CSS.escape(slate)}"]`;
  return `${selector}{background-color:${colour}${TINT} !important;box-shadow:inset 0 -2px 0 ${colour} !important;}
${selector}:focus-visible{outline:2px solid ${colour} !important;outline-offset:1px !important;}
${selector}.${FLASH_CLASS}{background-color:${colour}${FLASH_TINT} !important;}`;
}

const BASE = `${HIGHLIGHT_SELECTOR}{color:inherit !important;padding:0 !important;margin:0 !important;border:0 !important;border-radius:2px !important;cursor:pointer !important;-webkit-box-decoration-break:clone;box-decoration-break:clone;transition:background-color .3s ease;}`;

export interface HighlightStyle {
  setColours(colours: Record<string, string>): void;
}

export function installHighlightStyle(doc: Document, colours: Record<string, string>): HighlightStyle {
  const style = doc.createElement('style');
  style.setAttribute('data-right-of-reply', 'highlights');
  const setColours = (next: Record<string, string>): void => {
    style.textContent = [BASE, ...Object.entries(next).map(([slate, colour]) => rule(slate, colour))].join(
      '\n',
    );
  };
  setColours(colours);
  ((doc.head as HTMLHeadElement | null) ?? doc.documentElement).append(style);
  return { setColours };
}
