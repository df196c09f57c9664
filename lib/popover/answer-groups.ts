import type { ResolvedResponse } from '../corpus/corpus-index.ts';
import type { Source, Stance } from '../corpus/corpus-schema.ts';

// How the popover lays out a claim's answers: grouped by stance, strongest disagreement first,
// with a heading that counts answers apart from passages given only for context.

const STANCE_ORDER: readonly Stance[] = ['rebuts', 'qualifies', 'concedes', 'context'];

/** A shape per stance, so stances are told apart by more than colour (shown beside the word). */
export const STANCE_GLYPHS: Record<Stance, string> = {
  rebuts: '✕',
  qualifies: '◐',
  concedes: '✓',
  context: 'ℹ',
};

interface StanceGroup {
  stance: Stance;
  responses: ResolvedResponse[];
}

/** Non-empty groups in STANCE_ORDER; the corpus order is kept within each group. */
export function groupByStance(responses: readonly ResolvedResponse[]): StanceGroup[] {
  return STANCE_ORDER.map((stance) => ({
    stance,
    responses: responses.filter(({ response }) => response.stance === stance),
  })).filter((group) => group.responses.length > 0);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2 answers · 1 for context"; says plainly when the other slates gave context but no answer. */
export function answersHeading(responses: readonly ResolvedResponse[]): string {
  const context = responses.filter(({ response }) => response.stance === 'context').length;
  const answers = responses.length - context;
  if (answers === 0 && context === 0) return 'No answer from the other slates';
  if (answers === 0) {
    return `No direct answer from the other slates · ${plural(context, 'passage', 'passages')} for context`;
  }
  const counted = plural(answers, 'answer', 'answers');
  return context === 0 ? counted : `${counted} · ${context} for context`;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function yearOf(source: Source): number {
  return Number(source.date.slice(0, 4));
}

/**
 * "Written in 2020, two years before this claim" when an answer's source is from another year than
 * the claim's (the 2020 and 2022 debates answer each other across time); null in the same year.
 */
export function answerTiming(claimSource: Source, answerSource: Source): string | null {
  const claimYear = yearOf(claimSource);
  const answerYear = yearOf(answerSource);
  const gap = Math.abs(answerYear - claimYear);
  if (gap === 0 || Number.isNaN(gap)) return null;
  const years = `${NUMBER_WORDS[gap] ?? String(gap)} year${gap === 1 ? '' : 's'}`;
  return `Written in ${answerYear}, ${years} ${answerYear < claimYear ? 'before' : 'after'} this claim`;
}
