import { personYearsAtRisk, type RiskInterval } from './person-years';

const window = { from: '2024-01-01', to: '2024-12-31' }; // 366 days (leap year)
const p = (personId: string, from: string, to: string | null = null): RiskInterval => ({ personId, from, to });

describe('personYearsAtRisk', () => {
  it.each<[string, RiskInterval[], number, number]>([
    ['employed before and after the window: the whole window', [p('a', '2020-05-01')], 1, 366],
    ['hired inside the window: from hire', [p('b', '2024-07-01')], 1, 184],
    ['left inside the window: until the exit day', [p('c', '2019-01-01', '2024-04-01')], 1, 91],
    ['hired on the last day: one day', [p('d', '2024-12-31')], 1, 1],
    ['hired after the window: no time', [p('e', '2025-01-01')], 0, 0],
    ['left before the window: no time', [p('f', '2018-01-01', '2024-01-01')], 0, 0],
    ['hired and left inside the window', [p('g', '2024-03-01', '2024-03-31')], 1, 30],
    ['two stretches of one person (rehired): both, one person', [p('h', '2024-01-01', '2024-02-01'), p('h', '2024-11-01')], 1, 31 + 61],
    ['overlapping records of one person: counted once', [p('i', '2024-01-01', '2024-07-01'), p('i', '2024-03-01')], 1, 366],
    ['several people: summed', [p('a', '2020-05-01'), p('b', '2024-07-01'), p('c', '2019-01-01', '2024-04-01'), p('e', '2025-01-01')], 3, 366 + 184 + 91],
  ])('%s', (_case, intervals, people, days) => {
    const result = personYearsAtRisk(intervals, window);
    expect(result.people).toBe(people);
    expect(result.personYears).toBeCloseTo(days / 365.25, 12);
  });

  it('refuses a window that ends before it starts', () => {
    expect(() => personYearsAtRisk([], { from: '2024-02-01', to: '2024-01-01' })).toThrow(RangeError);
  });
});
