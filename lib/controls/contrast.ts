// Is a slate colour readable wherever it is used? (WCAG 2 contrast ratios.)
// - as a chip: white slate names on the colour, the same ratio as the colour as text on white;
// - as a highlight: the page's (assumed black) text on the colour tinted over white (tint.ts), the
//   way the highlight stylesheet paints it on a light page;
// - while a highlight flashes (jumping to a claim), black text on a stronger tint: only a warning,
//   since it lasts a moment.

const MIN_CONTRAST = 4.5;
/**
 * Tint alphas the highlight stylesheet paints with (and, stronger, while a highlight flashes).
 * 0x4d (30%): strong enough for the default slates' tints to stay apart under red-green colour
 * blindness (palette.ts), light enough for black text on them.
 */
export const HIGHLIGHT_TINT_ALPHA = 0x4d / 255;
export const FLASH_TINT_ALPHA = 0x99 / 255;

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };
const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** Only #rrggbb: the stylesheet appends two alpha digits to it. */
export function isHexColour(value: unknown): value is string {
  return typeof value === 'string' && HEX_COLOUR.test(value);
}

export function parseHexColour(hex: string): Rgb | null {
  if (!isHexColour(hex)) return null;
  const channel = (at: number): number => parseInt(hex.slice(at, at + 2), 16);
  return { r: channel(1), g: channel(3), b: channel(5) };
}

export function toHexColour({ r, g, b }: Rgb): string {
  const channel = (value: number): string =>
    Math.round(Math.min(255, Math.max(0, value)))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(r)}${channel(g)}${channel(b)}`;
}

function linear(channel: number): number {
  const srgb = channel / 255;
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** `colour` at `alpha` painted over `background`, as the browser composites it (in sRGB). */
export function blend(colour: Rgb, alpha: number, background: Rgb = WHITE): Rgb {
  const mix = (front: number, back: number): number => Math.round(front * alpha + back * (1 - alpha));
  return { r: mix(colour.r, background.r), g: mix(colour.g, background.g), b: mix(colour.b, background.b) };
}

interface ColourReadability {
  /** The colour as text on white (and white chip text on the colour). */
  asTextOnWhite: number;
  /** Black text on the highlight tint. */
  blackOnHighlight: number;
  /** Black text on the flash tint. */
  blackOnFlash: number;
  /** False when the colour must not be used. */
  readable: boolean;
  /** Plain-words reasons: problems when unreadable, otherwise warnings. */
  messages: string[];
}

export function checkSlateColour(hex: string): ColourReadability | null {
  const colour = parseHexColour(hex);
  if (colour === null) return null;
  const asTextOnWhite = contrastRatio(colour, WHITE);
  const blackOnHighlight = contrastRatio(BLACK, blend(colour, HIGHLIGHT_TINT_ALPHA));
  const blackOnFlash = contrastRatio(BLACK, blend(colour, FLASH_TINT_ALPHA));
  const messages: string[] = [];
  const ratio = (value: number): string => `${value.toFixed(1)}:1`;
  if (asTextOnWhite < MIN_CONTRAST) {
    messages.push(
      `Too light: slate names in this colour would be hard to read (contrast ${ratio(asTextOnWhite)}, needs ${MIN_CONTRAST}:1). Pick a darker shade.`,
    );
  }
  if (blackOnHighlight < MIN_CONTRAST) {
    messages.push(
      `Too dark: page text on this highlight would be hard to read (contrast ${ratio(blackOnHighlight)}, needs ${MIN_CONTRAST}:1).`,
    );
  }
  const readable = messages.length === 0;
  if (readable && blackOnFlash < MIN_CONTRAST) {
    messages.push(
      `Very dark: text is hard to read for the moment a highlight flashes (contrast ${ratio(blackOnFlash)}).`,
    );
  }
  return { asTextOnWhite, blackOnHighlight, blackOnFlash, readable, messages };
}

/**
 * The nearest readable shade of a too-light colour: the same hue darkened step by step until its
 * text on white passes. Null when the colour is not #rrggbb or no shade of it passes.
 */
export function readableShade(hex: string): string | null {
  const colour = parseHexColour(hex);
  if (colour === null) return null;
  for (let factor = 1; factor >= 0; factor -= 0.02) {
    const candidate = toHexColour({ r: colour.r * factor, g: colour.g * factor, b: colour.b * factor });
    if (checkSlateColour(candidate)?.readable) return candidate;
  }
  return null;
}
