import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpus } from '../data/corpus.ts';
import type { Claim, MatchForm } from '../lib/corpus/corpus-schema.ts';
import type { AccuracyItem } from '../lib/match/accuracy-score.ts';
import { toMatchData } from '../lib/match/match-data.ts';
import { compileMatcher } from '../lib/match/matcher.ts';

// The corpus's match forms through the real matcher: each form finds something real (its claim's
// quote, its source text, or a journalist's sentence in the fixtures), and the whole corpus, quoted
// forms and concept patterns alike, finds nothing in article-length texts about Labour politics
// that make none of these claims, nor in the negative sentences of test/accuracy/.

interface FormUsage {
  claim: string;
  form: string;
  sentence: string;
}

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const usages = JSON.parse(readFileSync(fixture('match-form-usages.json'), 'utf8')) as FormUsage[];
const sourceTexts = new Map(
  corpus.sources.map((source) => [
    source.id,
    readFileSync(new URL(`../data/sources/${source.file}`, import.meta.url), 'utf8'),
  ]),
);
const formText = (form: MatchForm) => (typeof form === 'string' ? form : form.text);
/** The matcher as the content script compiles it, from the shipped match data. */
const shippedMatcher = () => compileMatcher(toMatchData(corpus).claims);

function placesToFind(claim: Claim, form: MatchForm): string[] {
  const sentences = usages
    .filter((usage) => usage.claim === claim.id && usage.form === formText(form))
    .map((usage) => usage.sentence);
  return [claim.quote, sourceTexts.get(claim.source) ?? '', ...sentences];
}

describe('every match form is found by the real matcher', () => {
  for (const claim of corpus.claims) {
    it(claim.id, () => {
      for (const form of claim.match) {
        const single = compileMatcher([{ id: claim.id, slate: claim.slate, match: [form] }]);
        const found = placesToFind(claim, form).some((text) => single.find(text).length > 0);
        expect(found, `form "${formText(form)}" of ${claim.id} is found nowhere`).toBe(true);
      }
    });
  }

  it('each fixture sentence is matched as the claim it illustrates by the whole corpus', () => {
    const matcher = shippedMatcher();
    for (const usage of usages) {
      const claims = matcher.find(usage.sentence).map((hit) => hit.claimId);
      expect(claims, usage.sentence).toContain(usage.claim);
    }
  });

  it('a form with context words is not found without them', () => {
    const threshold = corpus.claims.find(
      (claim) => claim.id === 'mo-conference-2021-threshold-passed-53-to-47',
    );
    expect(threshold).toBeDefined();
    const matcher = shippedMatcher();
    expect(matcher.find('The final score was 53% to 47% in the second half.')).toEqual([]);
    expect(
      matcher.find('At conference the rule change passed 53% to 47%.').map((hit) => hit.claimId),
    ).toEqual(['mo-conference-2021-threshold-passed-53-to-47']);
  });
});

describe('precision: texts that make none of the claims get no hit', () => {
  const matcher = shippedMatcher();
  const negatives = readdirSync(fixture('negative')).filter((name) => name.endsWith('.txt'));

  it('has several article-length negative texts', () => {
    expect(negatives.length).toBeGreaterThanOrEqual(5);
    for (const name of negatives) {
      const words = readFileSync(new URL(name, `${fixture('negative/')}`), 'utf8').split(/\s+/).length;
      expect(words, name).toBeGreaterThan(500);
    }
  });

  for (const name of negatives) {
    it(name, () => {
      const text = readFileSync(new URL(name, `${fixture('negative/')}`), 'utf8');
      const hits = matcher.find(text).map((hit) => `${hit.claimId}: ${text.slice(hit.start, hit.end)}`);
      expect(hits).toEqual([]);
    });
  }
});

describe('precision: negative sentences of the accuracy sets get no hit', () => {
  const matcher = shippedMatcher();
  const setsDir = new URL('./accuracy/', import.meta.url);
  const negativeSets = existsSync(setsDir)
    ? readdirSync(setsDir).filter((name) => /^negatives.*\.json$/.test(name))
    : [];

  for (const name of negativeSets) {
    it(name, () => {
      const items = JSON.parse(readFileSync(new URL(name, setsDir), 'utf8')) as AccuracyItem[];
      const hits = items
        .filter((item) => item.expect === null)
        .flatMap((item) =>
          matcher
            .find(item.sentence)
            .map((hit) => `${hit.claimId}: ${item.sentence.slice(hit.start, hit.end)}`),
        );
      expect(hits).toEqual([]);
    });
  }
});
