import { daysBetween, isIsoDate, wholeMonthsBetween } from './calendar-months';

describe('wholeMonthsBetween (time in level)', () => {
  it.each<[string, string, number]>([
    ['2024-01-15', '2024-01-15', 0],
    ['2024-01-15', '2024-02-14', 0],
    ['2024-01-15', '2024-02-15', 1],
    ['2024-01-15', '2024-03-14', 1],
    ['2024-05-01', '2024-05-31', 0],
    ['2023-03-10', '2025-03-09', 23],
    ['2023-03-10', '2025-03-10', 24],
    ['2024-11-30', '2025-01-29', 1],
    ['2024-11-30', '2025-01-30', 2],
    // A day the later month lacks becomes its last day: 31 Jan + 1 month = 29 Feb (leap) / 28 Feb.
    ['2024-01-31', '2024-02-28', 0],
    ['2024-01-31', '2024-02-29', 1],
    ['2023-01-31', '2023-02-28', 1],
    ['2024-01-31', '2024-03-30', 1],
    ['2024-01-31', '2024-03-31', 2],
    ['2024-03-31', '2024-04-30', 1],
    ['2024-02-29', '2025-02-28', 12],
    ['2024-02-29', '2028-02-28', 47],
    ['2024-02-29', '2028-02-29', 48],
    // A change dated after "today" (recorded ahead of time) has served nothing yet.
    ['2024-05-01', '2024-04-01', 0],
    ['2025-01-01', '2024-12-31', 0],
    // Timestamps are read by their date.
    ['2024-01-15T23:30:00Z', '2024-02-15T00:00:00Z', 1],
  ])('%s → %s is %d', (from, to, months) => {
    expect(wholeMonthsBetween(from, to)).toBe(months);
  });

  it.each(['2024-02-30', '2024-13-01', '15/01/2024', ''])('refuses %j as a date', (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(() => wholeMonthsBetween(value, '2024-01-01')).toThrow(RangeError);
  });

  it.each<[string, string, number]>([
    ['2024-01-01', '2024-12-31', 365],
    ['2024-03-01', '2024-02-28', -2],
  ])('counts %s → %s as %d days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});
