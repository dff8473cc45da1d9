import { CBI_V1 } from './instruments/cbi';
import { scoredValue } from './scoring/answers';
import { scoreCbiScale } from './scoring/cbi';

const LEISURE_ENERGY = 'cbi.work.13';
const workItems1to6 = (value: number) => Object.fromEntries([7, 8, 9, 10, 11, 12].map((n) => [`cbi.work.${n}`, value]));

describe('CBI work item 13 ("enough energy for family and friends") is scored 100 − value', () => {
  it('is the only reverse-scored CBI item', () => {
    expect(CBI_V1.items.filter((i) => i.reverse).map((i) => i.id)).toEqual([LEISURE_ENERGY]);
  });

  it.each([
    ['Always', 100, 0],
    ['Often', 75, 25],
    ['Sometimes', 50, 50],
    ['Seldom', 25, 75],
    ['Never/almost never', 0, 100],
  ])('answered %s (%d) it counts %d', (label, value, scored) => {
    const item = CBI_V1.items.find((i) => i.id === LEISURE_ENERGY)!;
    const option = CBI_V1.answerScales.find((s) => s.id === item.answerScaleId)!.options.find((o) => o.value === value)!;
    expect(option.label?.en.text).toBe(label);
    expect(scoredValue(CBI_V1, item, { [LEISURE_ENERGY]: value })).toBe(scored);
  });

  it.each([
    // SPEC §4.1 test vector: work items 1–6 = 75, the reverse item answered Always → (6 × 75 + 0) / 7
    [75, 100, 64.29, 'moderate'],
    // Never having energy for family and friends is the burnt-out answer: (6 × 75 + 100) / 7
    [75, 0, 78.57, 'high'],
    [0, 100, 0, 'low'],
    [100, 0, 100, 'severe'],
    [50, 50, 50, 'moderate'],
  ])('items 1–6 = %d, item 13 = %d → %d (%s)', (others, item13, score, band) => {
    const result = scoreCbiScale('work', { ...workItems1to6(others), [LEISURE_ENERGY]: item13 });
    expect(result).toMatchObject({ status: 'scored', score, band, answered: 7 });
  });

  it('reports the SPEC vector as 64.29, rounded from 64.2857…', () => {
    const result = scoreCbiScale('work', { ...workItems1to6(75), [LEISURE_ENERGY]: 100 });
    if (result.status !== 'scored') throw new Error('expected a score');
    expect(result.exactScore).toBeCloseTo(450 / 7, 10);
    expect(result.score.toFixed(2)).toBe('64.29');
  });

  it.each([
    [{ [LEISURE_ENERGY]: 0 }, { status: 'missing', answered: 1 }],
    [{ [LEISURE_ENERGY]: 0, 'cbi.work.7': 0 }, { status: 'missing', answered: 2 }],
    // 100 − 0 = 100 with two zeros: (100 + 0 + 0) / 3
    [{ [LEISURE_ENERGY]: 0, 'cbi.work.7': 0, 'cbi.work.8': 0 }, { status: 'scored', score: 33.33, answered: 3 }],
  ])('the reverse item counts like any other for the missing rule: %j', (answers, expected) => {
    expect(scoreCbiScale('work', answers)).toMatchObject(expected);
  });
});
