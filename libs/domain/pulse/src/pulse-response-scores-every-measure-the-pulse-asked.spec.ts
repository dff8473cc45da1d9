import { aggregateMeasure, changeExceedsNoise, measureBand, participationFellBeyondNoise, scorePulseResponse, summariseMeasure, tenureBand, validatePulseSubmission } from './index';

describe('a pulse response is scored per measure with each instrument missing-item rule', () => {
  it('scores CBI work from the items asked, reverse item included (SPEC vector 64.29)', () => {
    const answers = { 'cbi.work.7': 75, 'cbi.work.8': 75, 'cbi.work.9': 75, 'cbi.work.10': 75, 'cbi.work.11': 75, 'cbi.work.12': 75, 'cbi.work.13': 100 };
    const work = scorePulseResponse(answers)['cbi.work'];
    expect(work).toBeCloseTo(64.2857, 3);
  });
  it('leaves a CBI scale out when fewer than three of its items were answered', () => {
    expect(scorePulseResponse({ 'cbi.customer.20': 50, 'cbi.customer.21': 50 })).toEqual({});
  });
  it.each([
    [[3, 2, 4, 1, 2], 48],
    [[1, 1, 2, 1, 2], 28],
  ])('WHO-5 %j is %d', (raw, pct) => {
    const answers = Object.fromEntries(raw.map((v, i) => [`who5.${i + 1}`, v]));
    expect(scorePulseResponse(answers).who5).toBe(pct);
  });
  it('keeps eNPS and the single-item burnout level as answered', () => {
    expect(scorePulseResponse({ 'enps.recommend': 9, 'single-item-burnout.1': 3 })).toEqual({ enps: 9, 'single-item-burnout': 3 });
  });
});

describe('group figures come from sums and band counts', () => {
  it('eNPS of 10,9,9,8,7,6,5,10,3,9 is +20 (SPEC vector)', () => {
    const agg = aggregateMeasure('enps', [10, 9, 9, 8, 7, 6, 5, 10, 3, 9]);
    expect(summariseMeasure('enps', agg)?.value).toBe(20);
  });
  it('WHO-5 share below 50 counts poor and likely-depression answers', () => {
    const agg = aggregateMeasure('who5', [48, 28, 76, 60]);
    const s = summariseMeasure('who5', agg)!;
    expect((s.bandShares.poor ?? 0) + (s.bandShares['likely-depression'] ?? 0)).toBe(0.5);
  });
  it.each([
    ['cbi.work', 49.99, 'low'],
    ['cbi.work', 50, 'moderate'],
    ['cbi.work', 100, 'severe'],
    ['who5', 28, 'likely-depression'],
    ['who5', 48, 'poor'],
    ['who5', 50, 'good'],
    ['enps', 6, 'detractor'],
    ['enps', 8, 'passive'],
    ['enps', 9, 'promoter'],
    ['single-item-burnout', 3, 'burnout'],
    ['single-item-burnout', 2, 'no-burnout'],
  ])('%s %d is in band %s', (measure, value, band) => {
    expect(measureBand(measure, value)).toBe(band);
  });
  it('an empty group has no summary', () => {
    expect(summariseMeasure('cbi.work', aggregateMeasure('cbi.work', []))).toBeNull();
  });
});

describe('a change is flagged only when it exceeds the noise of the group size', () => {
  it('the same 10-point move is noise for 5 people and a signal for 200', () => {
    const spread = (n: number, mean: number) => Array.from({ length: n }, (_, i) => mean + (i % 2 ? 15 : -15));
    expect(changeExceedsNoise('cbi.work', aggregateMeasure('cbi.work', spread(5, 50)), aggregateMeasure('cbi.work', spread(5, 60)))).toBe(false);
    expect(changeExceedsNoise('cbi.work', aggregateMeasure('cbi.work', spread(200, 50)), aggregateMeasure('cbi.work', spread(200, 60)))).toBe(true);
  });
  it('no change is never flagged', () => {
    const a = aggregateMeasure('enps', [10, 9, 3, 5, 8, 9]);
    expect(changeExceedsNoise('enps', a, a)).toBe(false);
  });
});

describe('a submission is checked against the items asked in the wave', () => {
  it('accepts answers on the items asked', () => {
    expect(validatePulseSubmission(['enps.recommend'], [{ itemId: 'enps.recommend', value: 7 }])).toEqual({ ok: true, value: { 'enps.recommend': 7 } });
  });
  it.each([
    [[{ itemId: 'enps.recommend', value: 11 }], 'OUT_OF_RANGE'],
    [[{ itemId: 'who5.1', value: 3 }], 'ITEM_NOT_ASKED'],
    [[{ itemId: 'nope.1', value: 3 }], 'UNKNOWN_ITEM'],
    [[], 'NO_ANSWERS'],
    [[{ itemId: 'enps.recommend', value: '7' }], 'NOT_A_NUMBER'],
  ])('rejects %j with %s', (answers, code) => {
    const r = validatePulseSubmission(['enps.recommend'], answers);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.code)).toContain(code);
  });
});

describe('tenure bands are snapshotted from the hire date', () => {
  it.each([
    ['2026-06-01', '2026-11-30', 'MONTHS_0_6'],
    ['2026-05-30', '2026-11-30', 'MONTHS_6_12'],
    ['2025-11-30', '2026-11-30', 'YEARS_1_2'],
    ['2024-12-01', '2026-11-30', 'YEARS_1_2'],
    ['2024-11-30', '2026-11-30', 'YEARS_2_PLUS'],
  ])('hired %s, on %s: %s', (hire, on, band) => {
    expect(tenureBand(hire, on)).toBe(band);
  });
});

describe('participation falling is flagged only beyond the noise', () => {
  it.each([
    [{ invited: 10, respondents: 8 }, { invited: 10, respondents: 6 }, false],
    [{ invited: 400, respondents: 320 }, { invited: 400, respondents: 240 }, true],
    [{ invited: 400, respondents: 240 }, { invited: 400, respondents: 320 }, false],
  ])('%j then %j: %s', (before, after, flagged) => {
    expect(participationFellBeyondNoise(before, after)).toBe(flagged);
  });
});
