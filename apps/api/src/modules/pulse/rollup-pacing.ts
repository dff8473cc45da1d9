/**
 * How often a wave's rollup is recomputed while answers arrive. A whole organisation's wave takes
 * seconds of CPU (suppression over every cell, rewriting its rows), and during a Monday burst that
 * CPU is needed for answering; after the burst the numbers should be fresh within seconds.
 */
export const ROLLUP_PACING = {
  /** A burst's submissions are folded into one recomputation at least this long after the first. */
  debounceMs: 1_000,
  /** Never more often than this per wave. */
  minIntervalMs: 5_000,
  /** While answers keep coming, wait this many times the last recomputation's duration between starts. */
  busyFactor: 3,
} as const;

export type RollupPacingState = {
  /** When the first submission not yet counted arrived. */
  firstPendingAt: number;
  lastSubmissionAt: number;
  lastStartedAt: number | null;
  lastDurationMs: number | null;
};

/**
 * When the next recomputation should start: as soon as submissions pause (debounce after the last
 * one), but no sooner than the minimum interval after the previous start; and while they keep
 * coming, no later than busyFactor x its last duration after the previous start.
 */
export function nextRollupAt(s: RollupPacingState, pacing: typeof ROLLUP_PACING = ROLLUP_PACING): number {
  const earliest = Math.max(s.firstPendingAt + pacing.debounceMs, (s.lastStartedAt ?? -Infinity) + pacing.minIntervalMs);
  const whenQuiet = Math.max(earliest, s.lastSubmissionAt + pacing.debounceMs);
  const whenBusy = Math.max(earliest, (s.lastStartedAt ?? -Infinity) + Math.max(pacing.minIntervalMs, pacing.busyFactor * (s.lastDurationMs ?? 0)));
  return Math.min(whenQuiet, whenBusy);
}
