import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  overallRecall,
  scoreAccuracy,
  type AccuracyItem,
  type AccuracyScore,
  type SlateRecall,
} from '../lib/match/accuracy-score.ts';
import { toMatchData } from '../lib/match/match-data.ts';
import { compileMatcher } from '../lib/match/matcher.ts';
import { readCorpus } from './corpus-files.ts';

// `npm run accuracy`: the shipped matcher (compiled from the same match data the content script
// gets) scored on the development probes beside the repository (../shared/probes.json), on every
// set in test/accuracy/, on any set named on the command line, and on the negative articles. A
// report, not a test: it always exits 0. The tests hold the parts that must not regress.

const root = fileURLToPath(new URL('..', import.meta.url));
const probesFile = fileURLToPath(new URL('../../shared/probes.json', import.meta.url));
const setsDir = path.join(root, 'test', 'accuracy');
const negativesDir = path.join(root, 'test', 'fixtures', 'negative');

const corpus = readCorpus(path.join(root, 'data'));
const matchData = toMatchData(corpus);
const matcher = compileMatcher(matchData.claims);
const find = (sentence: string) => matcher.find(sentence);

function setFiles(): string[] {
  const files: string[] = [];
  if (existsSync(probesFile)) files.push(probesFile);
  else console.log(`(No development probes at ${probesFile}: skipped.)\n`);
  if (existsSync(setsDir)) {
    for (const name of readdirSync(setsDir).sort()) {
      if (name.endsWith('.json')) files.push(path.join(setsDir, name));
    }
  }
  files.push(...process.argv.slice(2).map((file) => path.resolve(file)));
  return files;
}

const ratio = ({ found, total }: SlateRecall): string =>
  `${found}/${total} (${total === 0 ? '–' : (found / total).toFixed(2)})`;

function printScore(name: string, items: readonly AccuracyItem[], score: AccuracyScore): void {
  console.log(`${name}: ${items.length} sentences`);
  const slates = [...score.recall.entries()].sort(([a], [b]) => a.localeCompare(b));
  const perSlate = slates.map(([slate, recall]) => `${slate.toUpperCase()} ${ratio(recall)}`);
  console.log(`  recall: ${[...perSlate, `overall ${ratio(overallRecall(score))}`].join(' · ')}`);
  const onNegatives = score.falseHighlights.filter((hit) => hit.why === 'no claim').length;
  console.log(
    `  false highlights: ${score.falseHighlights.length} (${onNegatives} on ${score.negatives} sentences that make no claim, ` +
      `${score.falseHighlights.length - onNegatives} of a wrong claim)`,
  );
  if (score.unscored > 0)
    console.log(`  not scored (claim not in the corpus when written): ${score.unscored}`);
  for (const miss of score.misses) {
    const instead = miss.foundInstead.length > 0 ? `; found ${miss.foundInstead.join(', ')} instead` : '';
    const absent = miss.notInCorpus ? ' [no claim quotes this]' : '';
    console.log(`  miss [${miss.slate}]${absent}: ${miss.sentence}`);
    console.log(`      expected: ${miss.quote.slice(0, 110)}${miss.quote.length > 110 ? '…' : ''}${instead}`);
  }
  for (const hit of score.falseHighlights) {
    console.log(`  false highlight (${hit.why}) ${hit.claimId}: “${hit.text}” in: ${hit.sentence}`);
  }
  console.log('');
}

const patterns = corpus.claims.reduce((sum, claim) => sum + (claim.concepts?.length ?? 0), 0);
console.log(
  `Accuracy of the shipped matcher: ${corpus.claims.length} claims, ${patterns} concept patterns\n`,
);

const allItems: AccuracyItem[] = [];
for (const file of setFiles()) {
  const items = JSON.parse(readFileSync(file, 'utf8')) as AccuracyItem[];
  allItems.push(...items);
  printScore(path.relative(process.cwd(), file), items, scoreAccuracy(items, corpus.claims, find));
}
if (allItems.length > 0) {
  const total = scoreAccuracy(allItems, corpus.claims, find);
  console.log(
    `All sets: recall ${ratio(overallRecall(total))}, false highlights ${total.falseHighlights.length}\n`,
  );
}

const articles = existsSync(negativesDir)
  ? readdirSync(negativesDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
  : [];
let articleHits = 0;
for (const name of articles) {
  const text = readFileSync(path.join(negativesDir, name), 'utf8');
  for (const hit of matcher.find(text)) {
    articleHits++;
    console.log(
      `  negative article ${name}: ${hit.claimId} (${hit.how}): “${text.slice(hit.start, hit.end)}”`,
    );
  }
}
console.log(`Negative articles: ${articleHits} hits in ${articles.length} articles`);
