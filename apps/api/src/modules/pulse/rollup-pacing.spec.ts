import { nextRollupAt, ROLLUP_PACING } from './rollup-pacing';

const { debounceMs, minIntervalMs, busyFactor } = ROLLUP_PACING;

describe('when a wave rollup runs after submissions', () => {
  it('waits a moment after the first submission so a burst costs one recomputation', () => {
    expect(nextRollupAt({ firstPendingAt: 1_000, lastSubmissionAt: 1_000, lastStartedAt: null, lastDurationMs: null })).toBe(1_000 + debounceMs);
  });

  it('runs as soon as submissions pause, but never sooner than the minimum interval after the last run', () => {
    const at = nextRollupAt({ firstPendingAt: 10_000, lastSubmissionAt: 10_000, lastStartedAt: 8_000, lastDurationMs: 200 });
    expect(at).toBe(8_000 + minIntervalMs);
    const quietAfterSlowRun = nextRollupAt({ firstPendingAt: 20_000, lastSubmissionAt: 20_500, lastStartedAt: 18_000, lastDurationMs: 3_000 });
    expect(quietAfterSlowRun).toBe(Math.max(20_500 + debounceMs, 18_000 + minIntervalMs));
  });

  it('while answers keep coming, a slow recomputation runs less often (a fixed share of the time at most)', () => {
    const duration = 4_000;
    const busy = { firstPendingAt: 12_000, lastSubmissionAt: 29_900, lastStartedAt: 10_000, lastDurationMs: duration };
    // Still answering at 29.9 s: the pause rule would wait, the busy rule runs 3 durations after the last start.
    expect(nextRollupAt(busy)).toBe(10_000 + busyFactor * duration);
    expect(busyFactor * duration).toBeGreaterThan(minIntervalMs);
  });

  it('a pause in a long burst brings the rollup forward to the pause', () => {
    const at = nextRollupAt({ firstPendingAt: 12_000, lastSubmissionAt: 16_000, lastStartedAt: 10_000, lastDurationMs: 4_000 });
    expect(at).toBe(Math.max(16_000 + debounceMs, 10_000 + minIntervalMs));
  });

  it('a fast recomputation keeps the plain minimum interval', () => {
    const at = nextRollupAt({ firstPendingAt: 12_000, lastSubmissionAt: 99_000, lastStartedAt: 10_000, lastDurationMs: 50 });
    expect(at).toBe(10_000 + minIntervalMs);
  });
});
