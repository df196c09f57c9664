import { FLASH_TINT_ALPHA, HIGHLIGHT_TINT_ALPHA } from '../controls/contrast.ts';
import { underlineStyleOf } from '../controls/slate-cue.ts';
import { tintFor } from '../controls/tint.ts';
import { cueHighlightName, FOCUS_HIGHLIGHT, highlightName } from './painter.ts';

// The stylesheet for painted highlights: `::highlight()` rules, which take only colours and text
// decorations. Each slate has its tint and an underline style of its own (solid, dashed, dotted…),
// so slates are told apart without colour; the underline is its own highlight, drawn near the
// viewport only (viewport-cue.ts). The build ships it with the content script (manifest
// `css`, no element in the page); a reader's own colours come in the same way through the
// background (scripting.insertCSS).

/** The two hex digits of an alpha, appended to a #rrggbb colour. */
function alphaHex(alpha: number): string {
  return Math.round(alpha * 255)
    .toString(16)
    .padStart(2, '0');
}

// The tints the readability check in lib/controls/contrast.ts assumes.
const TINT = alphaHex(HIGHLIGHT_TINT_ALPHA);
const FOCUS_TINT = alphaHex(FLASH_TINT_ALPHA);

/**
 * One rule per slate (colours as #rrggbb; anything else is skipped: the text goes into a
 * stylesheet), and the focus highlight, which draws over the slate's own.
 */
export function highlightCss(
  slateIds: readonly string[],
  colours: Readonly<Record<string, string>>,
  /** A dark page's background: tints are then the shades that stand 3:1 from it (tintFor). */
  darkBackground?: string,
): string {
  const rules = slateIds
    .filter((slate) => /^#[0-9a-f]{6}$/i.test(colours[slate] ?? '') && /^[a-z0-9-]+$/.test(slate))
    .map((slate) => {
      const colour = colours[slate] as string;
      const tint =
        darkBackground === undefined ? `${colour}${TINT}` : (tintFor(colour, darkBackground) ?? colour);
      return [
        `::highlight(${highlightName(slate)}){background-color:${tint};color:inherit;}`,
        `::highlight(${cueHighlightName(slate)}){text-decoration:underline ${underlineStyleOf(slateIds, slate)} ${colour} 2px;text-underline-offset:3px;}`,
      ].join('\n');
    });
  rules.push(
    `::highlight(${FOCUS_HIGHLIGHT}){background-color:#ffd400${FOCUS_TINT};color:#000000;text-decoration:underline wavy #000000 2px;text-underline-offset:3px;}`,
  );
  return rules.join('\n');
}
