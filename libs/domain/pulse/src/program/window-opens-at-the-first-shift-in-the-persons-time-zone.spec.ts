import { personWindow } from './person-window';
import { zonedTimeToInstant } from './zoned-time';

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));

describe("a person's window opens at the start of their first shift on or after the period start, in their zone", () => {
  it.each([
    // period start is Monday 2026-03-02
    ['Warsaw Mon-Fri 09:00 (CET, UTC+1)', weekdays('09:00', '17:00'), 'Europe/Warsaw', '2026-03-02', '2026-03-02T08:00:00.000Z'],
    ['Manila Mon-Fri 22:00 night shift (UTC+8)', weekdays('22:00', '06:00'), 'Asia/Manila', '2026-03-02', '2026-03-02T14:00:00.000Z'],
    ['New York weekend-only Sat 10:00 (EST, UTC−5)', [{ day: 6, start: '10:00', end: '18:00' }], 'America/New_York', '2026-03-02', '2026-03-07T15:00:00.000Z'],
    ['Kolkata Wed 13:30 (UTC+5:30)', [{ day: 3, start: '13:30', end: '21:30' }], 'Asia/Kolkata', '2026-03-02', '2026-03-04T08:00:00.000Z'],
    ['no shift pattern: 09:00 on the first weekday (period starts Saturday)', [], 'Europe/Warsaw', '2026-03-07', '2026-03-09T08:00:00.000Z'],
    ['no shift pattern, Sydney (AEDT, UTC+11)', [], 'Australia/Sydney', '2026-03-02', '2026-03-01T22:00:00.000Z'],
  ])('%s', (_name, pattern, zone, periodStart, opens) => {
    const w = personWindow({ shiftPattern: pattern, timeZone: zone, periodStart, windowHours: 72, reminderHoursBeforeClose: 24 });
    expect(w.opensAt.toISOString()).toBe(opens);
    expect(w.closesAt.getTime() - w.opensAt.getTime()).toBe(72 * 3_600_000);
    expect(w.remindAt!.getTime()).toBe(w.closesAt.getTime() - 24 * 3_600_000);
  });

  it.each([
    // Europe moves to summer time on Sunday 2026-03-29: 09:00 Monday is UTC+2 afterwards.
    ['Warsaw, the Monday after clocks go forward', 'Europe/Warsaw', '2026-03-30', '09:00', '2026-03-30T07:00:00.000Z'],
    ['Warsaw, the Monday before', 'Europe/Warsaw', '2026-03-23', '09:00', '2026-03-23T08:00:00.000Z'],
    // US moves on 2026-03-08.
    ['New York, after the US change', 'America/New_York', '2026-03-09', '09:00', '2026-03-09T13:00:00.000Z'],
    ['a skipped local time moves forward by the gap', 'Europe/Warsaw', '2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'],
    ['UTC', 'UTC', '2026-06-01', '00:00', '2026-06-01T00:00:00.000Z'],
  ])('DST-correct: %s', (_name, zone, date, time, instant) => {
    expect(zonedTimeToInstant(date, time, zone).toISOString()).toBe(instant);
  });

  it('a window spanning the DST change is still exactly windowHours long', () => {
    const w = personWindow({ shiftPattern: weekdays('09:00', '17:00'), timeZone: 'Europe/Warsaw', periodStart: '2026-03-27', windowHours: 72, reminderHoursBeforeClose: null });
    expect(w.opensAt.toISOString()).toBe('2026-03-27T08:00:00.000Z');
    expect(w.closesAt.toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(w.remindAt).toBeNull();
  });
});
