import { formatShiftPattern, parseShiftPattern, weeklyMinutes } from './shift-pattern';

describe('weekly shift pattern', () => {
  it.each([
    ['Mon-Fri 09:00-17:00', 5],
    ['Mon 22:00-06:00; Tue-Thu 22:00-06:00', 4],
    ['sat 10:00-14:00', 1],
  ])('parses "%s" into %i blocks', (text, n) => {
    const r = parseShiftPattern(text);
    expect(r.ok && r.value.length).toBe(n);
  });

  it.each([
    ['Fri-Mon 09:00-17:00', /runs backwards/],
    ['Mon 25:00-26:00', /not HH:MM/],
    ['Mon 09:00-09:00', /no length/],
    ['Mon 09:00-12:00; Mon 13:00-17:00', /appears twice/],
    ['', /empty/],
  ])('rejects "%s"', (text, reason) => {
    const r = parseShiftPattern(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(reason);
  });

  it('formats back to the compact form (round trip)', () => {
    const r = parseShiftPattern('Mon-Wed 08:00-16:00; Thu 10:00-18:00; Fri 08:00-16:00');
    if (!r.ok) throw new Error(r.error);
    expect(formatShiftPattern(r.value)).toBe('Mon-Wed 08:00-16:00; Thu 10:00-18:00; Fri 08:00-16:00');
  });

  it('a Sunday night shift wraps into Monday morning of the week', () => {
    const r = parseShiftPattern('Sun 22:00-06:00');
    if (!r.ok) throw new Error(r.error);
    expect(weeklyMinutes(r.value)).toEqual([[6 * 1440 + 22 * 60, 7 * 1440], [0, 6 * 60]]);
  });
});
