import type { Hit } from './matcher.ts';

// The line a popover shows to tell the reader why this text was taken for the claim, so a loose
// restatement can be judged: a quote is the claim's own words; a restatement shows the words that
// made each of its ideas.

export function matchReason(hit: Pick<Hit, 'how' | 'matched'>): string {
  if (hit.how === 'quoted') return 'Quoted: the claim’s own words';
  return `Restated: matched ${hit.matched.map((words) => `‘${words}’`).join(' · ')}`;
}
