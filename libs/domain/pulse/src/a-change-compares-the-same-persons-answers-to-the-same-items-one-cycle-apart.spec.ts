import { changeBeyondNoise, foldChangeMeasures, rollingRollupResponses, rollingScaleScores, tCritical95, type WaveAnswers } from './response/rolling-scores';
import { aggregateMeasure, type MeasureAggregate } from './response/measures';
import type { RollupCell } from './response/rollup-cells';

const at = (wavesAgo: number, answers: Record<string, number>): WaveAnswers => ({ wavesAgo, answers });
const cbi = (items: Record<number, number>) => Object.fromEntries(Object.entries(items).map(([n, v]) => [`cbi.work.${n}`, v]));

describe('a person\'s change compares their answers to the same items in this cycle and in each of the two before', () => {
  it.each<[string, WaveAnswers[], number, Record<string, number>]>([
    [
      'this cycle against the cycle before, every item answered in both',
      [at(0, cbi({ 7: 75, 9: 75, 11: 75, 13: 25 })), at(1, cbi({ 8: 75, 10: 75, 12: 75 })), at(2, cbi({ 7: 50, 9: 50, 11: 50, 13: 50 })), at(3, cbi({ 8: 50, 10: 50, 12: 50 }))],
      2,
      { 'cbi.work': 25 },
    ],
    [
      'items answered in one cycle only are left out on both sides, so item means cannot pose as change',
      // Item 10 (a "hard" item) answered only now; on the items in common nothing moved.
      [at(0, cbi({ 7: 50, 9: 50, 11: 50 })), at(1, cbi({ 8: 50, 10: 100 })), at(2, cbi({ 7: 50, 9: 50, 11: 50 })), at(3, cbi({ 8: 50 }))],
      2,
      { 'cbi.work': 0 },
    ],
    [
      'fewer items in common than the scale needs: no change',
      [at(0, cbi({ 7: 50, 9: 50, 11: 50 })), at(2, cbi({ 8: 50, 9: 0, 10: 50 }))],
      2,
      {},
    ],
    ['nothing in the cycle before: no change', [at(0, cbi({ 7: 50, 9: 50, 11: 50 })), at(1, cbi({ 8: 0 }))], 2, {}],
    ['eNPS in promoter points: a promoter turned detractor is −200', [at(0, { 'enps.recommend': 5 }), at(1, { 'enps.recommend': 10 })], 1, { enps: -200 }],
    ['against two earlier cycles: the mean of both differences', [at(0, { 'enps.recommend': 10 }), at(1, { 'enps.recommend': 10 }), at(2, { 'enps.recommend': 3 })], 1, { enps: 100 }],
    ['nothing older than two cycles counts', [at(0, { 'enps.recommend': 10 }), at(3, { 'enps.recommend': 3 })], 1, {}],
    ['eNPS passive to passive is no change', [at(0, { 'enps.recommend': 8 }), at(1, { 'enps.recommend': 7 })], 1, { enps: 0 }],
  ])('%s', (_name, history, cycle, expected) => {
    expect(rollingScaleScores(history, cycle).changes).toEqual(expected);
  });
});

const stats = (values: number[]): MeasureAggregate => aggregateMeasure('change:cbi.work', values);

describe('a group change is beyond noise by a paired t-test on ≥ k people', () => {
  it.each<[string, number[], number, 'UP' | 'DOWN' | null]>([
    ['12 people up 10 ± 10: t = 3.5', [0, 20, 0, 20, 0, 20, 0, 20, 0, 20, 0, 20], 5, 'UP'],
    ['12 people up 5 ± 10: t = 1.7, noise', [-5, 15, -5, 15, -5, 15, -5, 15, -5, 15, -5, 15], 5, null],
    ['the same downwards', [0, -20, 0, -20, 0, -20, 0, -20, 0, -20, 0, -20], 5, 'DOWN'],
    ['5 people: t = 2.45 is noise at 4 degrees of freedom (a z-test would flag it)', [0, 0, 10, 10, 10], 5, null],
    ['everyone moved by the same amount', [5, 5, 5, 5, 5], 5, 'UP'],
    ['nobody moved', [0, 0, 0, 0, 0, 0], 5, null],
    ['fewer than k people answered in both cycles', [25, 25, 25, 25], 5, null],
  ])('%s', (_name, values, k, expected) => {
    expect(changeBeyondNoise(stats(values), k)).toBe(expected);
  });

  it('has no change to judge without an aggregate', () => {
    expect(changeBeyondNoise(undefined, 3)).toBeNull();
  });

  it.each([
    [1, 12.706],
    [11, 2.201],
    [30, 2.042],
    [40, 2.021],
    [120, 1.98],
    [100_000, 1.96],
  ])('t critical value at %i degrees of freedom is %d', (df, t) => {
    expect(tCritical95(df)).toBeCloseTo(t, 2);
  });
});

describe('changes ride through the rollup as change measures and are folded into their measure', () => {
  it('scores each respondent and carries the change beside the score', () => {
    const [r] = rollingRollupResponses(
      [{ teamIds: ['t'], workMode: 'OFFICE', tenureBand: 'YEARS_2_PLUS', hasComment: false, history: [at(0, { 'enps.recommend': 10 }), at(1, { 'enps.recommend': 3 })] }],
      1,
    );
    expect(r.scores).toEqual({ enps: 10, 'change:enps': 200 });
  });

  it('moves change:<measure> into <measure>.change and leaves no change key behind', () => {
    const cell: RollupCell = {
      teamKey: 'ORG', workMode: 'ALL', tenureBand: 'ALL', invited: 9, respondents: 6, comments: 0, shown: true, hiddenReason: null,
      measures: { 'cbi.work': { n: 6, sum: 240, sumSq: 9800 }, 'change:cbi.work': { n: 5, sum: 25, sumSq: 625 } },
    };
    const [folded] = foldChangeMeasures([cell]);
    expect(folded.measures).toEqual({ 'cbi.work': { n: 6, sum: 240, sumSq: 9800, change: { n: 5, sum: 25, sumSq: 625 } } });
  });
});
