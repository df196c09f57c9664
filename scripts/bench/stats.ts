// The summaries the benchmark table shows of its repeated runs.

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface TurnRatios {
  median: number;
  low: number;
  high: number;
}

export function turnRatios(ratios: readonly number[]): TurnRatios {
  return { median: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios) };
}
