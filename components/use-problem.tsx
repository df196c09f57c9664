import { useState } from 'preact/hooks';
import { errorText } from '../lib/text/error-text.ts';

/** Turns a failed action into words for the reader (e.g. the synced storage quota is full). */
export type Failure = (what: string) => (error: unknown) => void;

/** A problem message for a page's actions: `failed('save the colour')` as a promise's catch. */
export function useProblem(): { problem: string | null; failed: Failure } {
  const [problem, setProblem] = useState<string | null>(null);
  const failed: Failure = (what) => (error) => {
    setProblem(`Could not ${what}: ${errorText(error)}`);
  };
  return { problem, failed };
}

export function ProblemMessage({ problem }: { problem: string | null }) {
  if (problem === null) return null;
  return (
    <p class="problem" role="alert">
      {problem}
    </p>
  );
}
