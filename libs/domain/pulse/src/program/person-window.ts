import type { ShiftBlock } from '@pulse/domain-people';
import { addDays, isoWeekday, zonedTimeToInstant } from './zoned-time';

export type PersonWindow = {
  readonly opensAt: Date;
  readonly closesAt: Date;
  /** When to remind, or null when the program sends no reminder. */
  readonly remindAt: Date | null;
};

/** Without a shift pattern a window opens at this local time on the first weekday of the period. */
export const DEFAULT_OPENING_TIME = '09:00';

/**
 * A person's own window in a wave (SPEC §4.2): it opens at the start of their first shift on or
 * after the period's first day, in their time zone, and closes `windowHours` later. With no shift
 * pattern it opens at 09:00 local on the first weekday (Mon–Fri) of the period.
 */
export function personWindow(args: {
  readonly shiftPattern: readonly ShiftBlock[];
  readonly timeZone: string;
  readonly periodStart: string;
  readonly windowHours: number;
  readonly reminderHoursBeforeClose: number | null;
}): PersonWindow {
  const opensAt = firstOpening(args.shiftPattern, args.timeZone, args.periodStart);
  const closesAt = new Date(opensAt.getTime() + args.windowHours * 3_600_000);
  const remindAt = args.reminderHoursBeforeClose === null ? null : new Date(closesAt.getTime() - args.reminderHoursBeforeClose * 3_600_000);
  return { opensAt, closesAt, remindAt };
}

function firstOpening(pattern: readonly ShiftBlock[], timeZone: string, periodStart: string): Date {
  for (let offset = 0; offset < 7; offset++) {
    const date = addDays(periodStart, offset);
    const weekday = isoWeekday(date);
    if (pattern.length) {
      const shift = pattern.find((b) => b.day === weekday);
      if (shift) return zonedTimeToInstant(date, shift.start, timeZone);
    } else if (weekday <= 5) {
      return zonedTimeToInstant(date, DEFAULT_OPENING_TIME, timeZone);
    }
  }
  // A non-empty pattern has a shift on some weekday, so the loop always returns; this is for types.
  return zonedTimeToInstant(periodStart, DEFAULT_OPENING_TIME, timeZone);
}
