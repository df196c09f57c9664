// The cue besides colour that tells slates apart: each slate's highlights are underlined in a
// style of their own, by the slate's place in the corpus's slate list (YM solid, MO dashed, MI
// dotted). The highlight stylesheet, the welcome page's legend and the colour previews all read it
// here.

const UNDERLINE_STYLES = ['solid', 'dashed', 'dotted', 'double', 'wavy'] as const;
type UnderlineStyle = (typeof UNDERLINE_STYLES)[number];

/** The underline style of a slate: its place in the corpus's slate list. */
export function underlineStyleOf(slateIds: readonly string[], slate: string): UnderlineStyle {
  const index = Math.max(0, slateIds.indexOf(slate));
  return UNDERLINE_STYLES[index % UNDERLINE_STYLES.length] as UnderlineStyle;
}
