import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../lib/dom/highlight-css.ts';
import { contrastRatio, parseHexColour } from '../../lib/controls/contrast.ts';

const SLATES = ['ym', 'mo', 'mi'];
const COLOURS = { ym: '#b0122c', mo: '#005f73', mi: '#6b2d8f' };

describe('highlightCss', () => {
  it('gives every slate its registered highlight name and tint, and its cue an underline style of its own', () => {
    const css = highlightCss(SLATES, COLOURS);
    const ruleOf = (name: string) => css.split('\n').find((rule) => rule.includes(`(${name})`));
    const rules = SLATES.map((slate) => ruleOf(`right-of-reply-${slate}`));
    expect(rules.every((rule) => rule !== undefined)).toBe(true);
    expect(rules[0]).toContain('background-color:#b0122c4d');
    // The tint alone: an underline on every range would make Chromium redraw them all at each change.
    expect(rules.some((rule) => rule!.includes('text-decoration'))).toBe(false);
    const cues = SLATES.map((slate) => ruleOf(`right-of-reply-${slate}-cue`));
    const styles = cues.map((rule) => /underline (\w+) (#[0-9a-f]{6})/.exec(rule ?? '')?.slice(1));
    expect(new Set(styles.map((style) => style?.[0])).size).toBe(3);
    expect(styles.map((style) => style?.[1])).toEqual(
      SLATES.map((slate) => COLOURS[slate as keyof typeof COLOURS]),
    );
    expect(cues.some((rule) => rule!.includes('background'))).toBe(false);
    expect(css).toContain('::highlight(right-of-reply-focus)');
  });

  it('writes no rule for a colour or slate id that is not safe in a stylesheet', () => {
    const css = highlightCss(['ym', 'x;}*{color:red'], {
      ym: 'red;}body{display:none',
      'x;}*{color:red': '#000000',
    });
    expect(css).not.toContain('display:none');
    expect(css).not.toContain('color:red');
    // The focus rule alone: no slate's tint or cue.
    expect(css.split('\n')).toHaveLength(1);
  });
});

describe('highlightCss on a dark page', () => {
  it("paints each slate in the shade that stands 3:1 from the page's background", () => {
    const css = highlightCss(SLATES, COLOURS, 'rgb(18, 18, 18)');
    const page = parseHexColour('#121212')!;
    for (const slate of SLATES) {
      const rule = css.split('\n').find((line) => line.includes(`(right-of-reply-${slate})`))!;
      const tint = /background-color:(#[0-9a-f]{6});/.exec(rule)?.[1];
      expect(tint, slate).toBeDefined();
      expect(contrastRatio(parseHexColour(tint!)!, page)).toBeGreaterThanOrEqual(3);
    }
  });
});
