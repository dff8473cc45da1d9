import { aggregateMeasure, type MeasureAggregate } from './response/measures';
import { assessAttention, rankAttention, type AttentionCandidate, type AttentionWave } from './attention/team-attention';

/** A wave of `n` people all scoring around `mean` (±spread), everyone invited answering unless `invited` says more. */
function wave(mean: number | null, n = 8, invited = n, spread = 10): AttentionWave {
  const burnout: MeasureAggregate | null =
    mean === null ? null : aggregateMeasure('cbi.work', Array.from({ length: n }, (_, i) => Math.min(100, Math.max(0, mean + (i % 2 === 0 ? spread : -spread)))));
  return { burnout, participation: { invited, respondents: n } };
}
const hidden: AttentionWave = { burnout: null, participation: null };

describe('a team needs attention when its burnout rises or its participation falls, latest waves against the earlier ones', () => {
  it.each([
    ['35 → 68 over the last four waves', [35, 35, 36, 34, 35, 35, 60, 65, 68, 68], ['BURNOUT_RISING'], true],
    ['flat noisy line', [40, 44, 38, 42, 40, 41, 43, 39, 41, 42], [], false],
    ['falling burnout', [60, 60, 61, 59, 60, 40, 40, 41, 39, 40], [], true],
  ])('%s', (_name, means, reasons, beyondNoise) => {
    const a = assessAttention('cbi.work', means.map((m) => wave(m)));
    expect(a.reasons).toEqual(reasons);
    expect(a.burnout?.beyondNoise).toBe(beyondNoise);
  });

  it('reports the earlier and recent means and the rise to two decimals', () => {
    const a = assessAttention('cbi.work', [wave(30), wave(30), wave(50), wave(50), wave(50), wave(50)]);
    expect(a.burnout).toEqual({ earlier: 30, recent: 50, rise: 20, beyondNoise: true });
  });

  it('lists a material rise (a tenth of the scale) even in a group too small for it to exceed its noise', () => {
    const a = assessAttention('cbi.work', [wave(40, 3, 3, 40), wave(40, 3, 3, 40), wave(52, 3, 3, 40), wave(52, 3, 3, 40), wave(52, 3, 3, 40), wave(52, 3, 3, 40)]);
    expect(a.burnout?.beyondNoise).toBe(false);
    expect(a.reasons).toEqual(['BURNOUT_RISING']);
  });

  it('skips hidden waves instead of guessing them, and gives no comparison when one side is all hidden', () => {
    const withGaps = assessAttention('cbi.work', [wave(35), hidden, wave(35), hidden, wave(65), hidden, wave(68)]);
    expect(withGaps.burnout).toMatchObject({ earlier: 35, recent: 66.5 });
    const recentHidden = assessAttention('cbi.work', [wave(35), wave(35), hidden, hidden, hidden, hidden]);
    expect(recentHidden).toEqual({ burnout: null, participation: null, reasons: [] });
  });

  it('counts pooled waves as one wave of their average size (the same people answer every week)', () => {
    // Eight waves of 6 against four of 6: a rise that 48 independent answers would flag, but one wave of 6 cannot tell from noise.
    const small = (m: number) => wave(m, 6, 6, 25);
    const a = assessAttention('cbi.work', [...Array(8).fill(40), ...Array(4).fill(55)].map(small));
    expect(a.burnout?.beyondNoise).toBe(false);
  });

  it('flags participation falling beyond noise', () => {
    const a = assessAttention('cbi.work', [wave(40, 18, 20), wave(40, 19, 20), wave(40, 18, 20), wave(40, 6, 20), wave(40, 7, 20), wave(40, 6, 20), wave(40, 5, 20)], 4);
    expect(a.reasons).toEqual(['PARTICIPATION_FALLING']);
    expect(a.participation).toMatchObject({ earlier: 0.917, recent: 0.3, beyondNoise: true });
  });
});

describe('ranking teams needing attention', () => {
  const candidate = (teamId: string, means: number[], ancestorIds: string[] = [], n = 8, spread = 10): AttentionCandidate => ({
    teamId,
    path: `Support / ${teamId}`,
    ancestorIds,
    assessment: assessAttention('cbi.work', means.map((m) => wave(m, n, n, spread))),
  });

  it('puts beyond-noise rises first by size, then material rises, then falling participation; teams without a reason are left out', () => {
    const big = candidate('big', [35, 35, 35, 35, 68, 68, 68, 68]);
    const medium = candidate('medium', [40, 40, 40, 40, 55, 55, 55, 55]);
    const materialOnly = candidate('material-only', [40, 40, 40, 40, 52, 52, 52, 52], [], 2);
    const flat = candidate('flat', [40, 40, 40, 40, 40, 40, 40, 40]);
    const falling: AttentionCandidate = {
      teamId: 'quiet',
      path: 'Support / quiet',
      ancestorIds: [],
      assessment: assessAttention('cbi.work', [wave(40, 18, 20), wave(40, 19, 20), wave(40, 5, 20), wave(40, 5, 20)], 2),
    };
    expect(rankAttention('cbi.work', [flat, falling, materialOnly, medium, big]).map((c) => c.teamId)).toEqual(['big', 'medium', 'material-only', 'quiet']);
  });

  it.each([
    ['a parent whose one sub-team shows the same rise is explained by it', [35, 35, 35, 35, 68, 68, 68, 68], ['child']],
    ['a parent rising more than its listed sub-team keeps its own entry', [20, 20, 20, 20, 80, 80, 80, 80], ['parent', 'child']],
    ['a large parent whose smaller rise passes the noise test is still explained by its small sub-team', [40, 40, 40, 40, 48, 48, 48, 48, 30], ['child']],
  ])('%s', (_name, parentMeans, expected) => {
    const [n] = parentMeans.splice(8);
    const parent = candidate('parent', parentMeans, ['root'], n ?? 8);
    // Two people answering far apart: a rise of 33 that cannot pass the noise test, but is material.
    const child = candidate('child', [35, 35, 35, 35, 68, 68, 68, 68], ['parent', 'root'], 2, 30);
    expect(child.assessment.burnout).toMatchObject({ rise: 33, beyondNoise: false });
    expect(parent.assessment.burnout?.beyondNoise).toBe(true);
    expect(rankAttention('cbi.work', [parent, child]).map((c) => c.teamId)).toEqual(expected);
  });
});
