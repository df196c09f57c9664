import {
  blend,
  contrastRatio,
  HIGHLIGHT_TINT_ALPHA,
  parseHexColour,
  toHexColour,
  type Rgb,
} from './contrast.ts';

// The one place a slate colour becomes a highlight tint. On a light page the tint is the colour at
// HIGHLIGHT_TINT_ALPHA over the page's background (what `#rrggbb4d` paints there). On a dark page
// that tint would all but vanish (about 1.1:1 against the background), so the tint is the shade of
// the slate colour that stands just 3:1 apart from the background: the darkest such shade, which
// keeps the page's light text on it readable.

/** Least contrast of a highlight against a dark page's background (WCAG 1.4.11, non-text). */
export const MIN_DARK_TINT_CONTRAST = 3;
/** Stands in for a dark page in checks that need one (Material's dark surface). */
export const REFERENCE_DARK_BACKGROUND = '#121212';
export const WHITE_BACKGROUND = '#ffffff';

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };
const CSS_RGB = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i;

/**
 * A background colour as `getComputedStyle` gives it (`rgb(…)`, `rgba(…)`) or as #rrggbb. Null
 * when it is unreadable or (nearly) transparent, so the caller looks further up the page.
 */
export function parseBackground(value: string): Rgb | null {
  const hex = parseHexColour(value.trim());
  if (hex !== null) return hex;
  const match = CSS_RGB.exec(value.trim());
  if (match === null) return null;
  const [, r, g, b, alpha] = match as unknown as [string, string, string, string, string | undefined];
  if (alpha !== undefined) {
    const opacity = alpha.endsWith('%') ? Number(alpha.slice(0, -1)) / 100 : Number(alpha);
    if (!(opacity >= 0.5)) return null;
  }
  return { r: Number(r), g: Number(g), b: Number(b) };
}

/** Dark when light text reads better on it than black text does. */
export function isDarkBackground(background: Rgb): boolean {
  return contrastRatio(background, WHITE) > contrastRatio(background, BLACK);
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  const channel = (a: number, b: number): number => a + (b - a) * amount;
  return { r: channel(from.r, to.r), g: channel(from.g, to.g), b: channel(from.b, to.b) };
}

/**
 * The darkest shade of `colour` that stands MIN_DARK_TINT_CONTRAST from a dark `background`:
 * lightened towards white when it stands too close, darkened towards black when it stands further
 * than it needs (light text on it reads better the darker it is).
 */
function darkPageTint(colour: Rgb, background: Rgb): Rgb {
  const passes = (shade: Rgb): boolean => contrastRatio(shade, background) >= MIN_DARK_TINT_CONTRAST;
  const towards = passes(colour) ? BLACK : WHITE;
  // `amount` of the way towards `towards`: find the boundary where the shade stops (or starts) passing.
  let pass = towards === BLACK ? 0 : 1;
  let fail = towards === BLACK ? 1 : 0;
  for (let step = 0; step < 24; step++) {
    const middle = (pass + fail) / 2;
    if (passes(mix(colour, towards, middle))) pass = middle;
    else fail = middle;
  }
  // Rounding to whole channels may lose a hair of contrast: round away from the background.
  const shade = mix(colour, towards, pass);
  return { r: Math.ceil(shade.r), g: Math.ceil(shade.g), b: Math.ceil(shade.b) };
}

/**
 * The opaque #rrggbb a slate's highlights are painted with on a page of the given background
 * (#rrggbb or a computed `rgb()`; anything unreadable counts as white). Null for a slate colour
 * that is not #rrggbb.
 */
export function tintFor(slateColour: string, pageBackground: string): string | null {
  const colour = parseHexColour(slateColour);
  if (colour === null) return null;
  const background = parseBackground(pageBackground) ?? WHITE;
  return toHexColour(
    isDarkBackground(background)
      ? darkPageTint(colour, background)
      : blend(colour, HIGHLIGHT_TINT_ALPHA, background),
  );
}
