import { rollingScaleScores, type WaveAnswers } from './response/rolling-scores';
import { scorePulseResponse } from './response/measures';

// Demo rotation (cycle 2): even waves ask CBI work 7, 9, 11, 13 and eNPS, odd waves 8, 10, 12 and the single item.
const even = (v: [number, number, number, number], enps = 8): Record<string, number> => ({
  'cbi.work.7': v[0], 'cbi.work.9': v[1], 'cbi.work.11': v[2], 'cbi.work.13': v[3], 'enps.recommend': enps,
});
const odd = (v: [number, number, number], single = 2): Record<string, number> => ({
  'cbi.work.8': v[0], 'cbi.work.10': v[1], 'cbi.work.12': v[2], 'single-item-burnout.1': single,
});
const at = (wavesAgo: number, answers: Record<string, number>): WaveAnswers => ({ wavesAgo, answers });

describe('a scale score takes each person\'s latest answer to every item within one rotation cycle', () => {
  it.each<[string, WaveAnswers[], number, Record<string, number>]>([
    [
      'both waves of a cycle of 2 give the whole CBI work scale (item 13 reversed)',
      [at(0, even([50, 75, 25, 25])), at(1, odd([50, 100, 0]))],
      2,
      { 'cbi.work': (50 + 75 + 25 + 75 + 50 + 100 + 0) / 7, enps: 8 },
    ],
    [
      'an item skipped this cycle keeps the answer from the cycle before',
      [at(0, even([50, 75, 25, 25])), at(2, odd([100, 100, 100])), at(3, odd([0, 0, 0]))],
      2,
      { 'cbi.work': (50 + 75 + 25 + 75 + 300) / 7, enps: 8 },
    ],
    [
      'but not one answered this cycle, and nothing older than two cycles',
      [at(0, even([50, 75, 25, 25])), at(2, even([0, 0, 0, 100])), at(4, odd([100, 100, 100]))],
      2,
      { 'cbi.work': (50 + 75 + 25 + 75) / 4, enps: 8 },
    ],
    [
      'the latest of two answers to an item wins',
      [at(0, { 'cbi.work.7': 0, 'cbi.work.8': 0 }), at(1, { 'cbi.work.9': 0, 'cbi.work.10': 100 }), at(2, { 'cbi.work.10': 0, 'cbi.work.11': 0 })],
      3,
      { 'cbi.work': 100 / 5 },
    ],
    [
      'a scale this wave did not ask is not scored, however recent its answers',
      [at(0, odd([50, 50, 50], 3)), at(1, even([0, 0, 0, 100], 10))],
      2,
      { 'cbi.work': 0 * 4 / 7 + (50 * 3) / 7, 'single-item-burnout': 3 },
    ],
    [
      'the instrument\'s missing-item rule still applies to the cycle\'s answers',
      [at(0, { 'cbi.work.7': 50 }), at(1, { 'cbi.work.8': 50 })],
      2,
      {},
    ],
  ])('%s', (_name, history, cycle, expected) => {
    const { scores } = rollingScaleScores(history, cycle);
    expect(Object.keys(scores).sort()).toEqual(Object.keys(expected).sort());
    for (const [m, v] of Object.entries(expected)) expect(scores[m]).toBeCloseTo(v, 10);
  });

  it.each([
    ['an even wave', even([25, 50, 75, 100])],
    ['an odd wave', odd([0, 25, 50], 4)],
  ])('without rotation (cycle 1) it is the score of the wave\'s own answers: %s', (_name, answers) => {
    // Without rotation every wave asks every item, so the wave before has nothing this one lacks.
    const before = Object.fromEntries(Object.keys(answers).map((id) => [id, id.startsWith('cbi.') ? 100 : 1]));
    expect(rollingScaleScores([at(0, answers), at(1, before)], 1).scores).toEqual(scorePulseResponse(answers));
  });

  it('refuses a cycle that is not a positive whole number', () => {
    expect(() => rollingScaleScores([], 0)).toThrow(RangeError);
    expect(() => rollingScaleScores([], 1.5)).toThrow(RangeError);
  });
});
