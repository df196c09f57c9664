import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterGrayscale,
  formatHex,
  modeLab65,
  modeLrgb,
  modeRgb,
  parseHex,
  useMode,
  type Rgb as CuloriRgb,
} from 'culori/fn';

// How far apart two colours look, to people with normal colour vision and with the two common
// red-green deficiencies. culori supplies CIEDE2000 and the Machado, Oliveira and Fernandes (2009)
// simulation of full protanopia and deuteranopia (its filterDeficiency* at severity 1); the
// tree-shakeable `culori/fn` entry registers only the colour spaces used here.

useMode(modeRgb);
useMode(modeLrgb);
useMode(modeLab65);

const VISIONS = ['normal', 'protanopia', 'deuteranopia', 'greyscale'] as const;
export type Vision = (typeof VISIONS)[number];
/** The visions a palette must keep its slates apart in; greyscale is measured and reported only. */
export const REQUIRED_VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia'];
/** Smallest CIEDE2000 difference between two slates' tints: clearly different at a glance. */
export const MIN_SLATE_DIFFERENCE = 10;

const greyscale = filterGrayscale(1);
const simulators: Record<Vision, (colour: CuloriRgb) => CuloriRgb> = {
  normal: (colour) => colour,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  greyscale: (colour) => greyscale<'rgb'>(colour),
};
const ciede2000 = differenceCiede2000();

function rgbOf(hex: string): CuloriRgb {
  const colour = parseHex(hex);
  if (colour === undefined) throw new Error(`not a #rrggbb colour: ${hex}`);
  return colour;
}

/** The colour as someone with the given vision sees it, as #rrggbb. */
export function simulateVision(hex: string, vision: Vision): string {
  return formatHex(simulators[vision](rgbOf(hex)));
}

/** CIEDE2000 difference of two #rrggbb colours as seen with the given vision. */
export function colourDifference(a: string, b: string, vision: Vision = 'normal'): number {
  return ciede2000(simulators[vision](rgbOf(a)), simulators[vision](rgbOf(b)));
}

interface PairDifference {
  a: string;
  b: string;
  vision: Vision;
  difference: number;
}

/** Every pair of the named colours (slate id -> #rrggbb), under every vision. */
export function pairDifferences(
  colours: Readonly<Record<string, string>>,
  visions: readonly Vision[] = VISIONS,
): PairDifference[] {
  const entries = Object.entries(colours);
  return visions.flatMap((vision) =>
    entries.flatMap(([a, colourA], at) =>
      entries.slice(at + 1).map(([b, colourB]) => ({
        a,
        b,
        vision,
        difference: colourDifference(colourA, colourB, vision),
      })),
    ),
  );
}
