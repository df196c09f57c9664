import { checkSlateColour } from './contrast.ts';
import { colourDifference, MIN_SLATE_DIFFERENCE, REQUIRED_VISIONS, type Vision } from './colour-vision.ts';
import { REFERENCE_DARK_BACKGROUND, tintFor, WHITE_BACKGROUND } from './tint.ts';

// Are the slates' highlights told apart? Each pair of slate tints must differ by at least
// MIN_SLATE_DIFFERENCE (CIEDE2000) in normal vision and under simulated protanopia and
// deuteranopia, on a light page and on a dark one (tints from tint.ts).

const PAGE_BACKGROUNDS = { light: WHITE_BACKGROUND, dark: REFERENCE_DARK_BACKGROUND } as const;
type PageKind = keyof typeof PAGE_BACKGROUNDS;

interface TintClash {
  /** The other slate. */
  slate: string;
  vision: Vision;
  page: PageKind;
  difference: number;
}

/** The smallest difference between the two slates' tints over the required visions and both pages. */
export function closestClash(colour: string, otherColour: string): Omit<TintClash, 'slate'> | null {
  let closest: Omit<TintClash, 'slate'> | null = null;
  for (const [page, background] of Object.entries(PAGE_BACKGROUNDS) as [PageKind, string][]) {
    const tint = tintFor(colour, background);
    const otherTint = tintFor(otherColour, background);
    if (tint === null || otherTint === null) return null;
    for (const vision of REQUIRED_VISIONS) {
      const difference = colourDifference(tint, otherTint, vision);
      if (closest === null || difference < closest.difference) closest = { vision, page, difference };
    }
  }
  return closest;
}

/**
 * The other slates whose tints stand too close to `colour`'s, each with the vision and page where
 * they come closest. Empty when `colour` is told apart from all of them.
 */
export function tintClashes(colour: string, others: Readonly<Record<string, string>>): TintClash[] {
  return Object.entries(others).flatMap(([slate, otherColour]) => {
    const clash = closestClash(colour, otherColour);
    return clash !== null && clash.difference < MIN_SLATE_DIFFERENCE ? [{ slate, ...clash }] : [];
  });
}

const VISION_WORDS: Record<Vision, string> = {
  normal: 'anyone',
  protanopia: 'readers with protanopia',
  deuteranopia: 'readers with deuteranopia',
  greyscale: 'readers who see no colour',
};

/** Plain words for one clash, naming the other slate as the reader knows it. */
export function describeClash(clash: TintClash, slateName: string): string {
  return `Too close to ${slateName} on ${clash.page} pages for ${VISION_WORDS[clash.vision]} (difference ${clash.difference.toFixed(1)}, needs ${MIN_SLATE_DIFFERENCE}). Pick a colour further from it.`;
}

export interface OtherSlateColour {
  id: string;
  name: string;
  colour: string;
}

/**
 * Why `colour` may not be used for a slate beside the others: unreadable (contrast.ts), or a tint
 * too close to another slate's. Empty when it may.
 */
export function colourProblems(colour: string, others: readonly OtherSlateColour[]): string[] {
  const check = checkSlateColour(colour);
  if (check === null) return ['Not a #rrggbb colour.'];
  const clashes = tintClashes(colour, Object.fromEntries(others.map((other) => [other.id, other.colour])));
  const names = new Map(others.map((other) => [other.id, other.name]));
  return [
    ...(check.readable ? [] : check.messages),
    ...clashes.map((clash) => describeClash(clash, names.get(clash.slate) ?? clash.slate)),
  ];
}
