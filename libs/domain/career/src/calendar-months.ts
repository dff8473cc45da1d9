/** A calendar date read from `YYYY-MM-DD` (a longer ISO timestamp is read by its date part). */
export type CalendarDate = { readonly year: number; readonly month: number; readonly day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

export function parseIsoDate(value: string): CalendarDate {
  const match = ISO_DATE.exec(value);
  if (match) {
    const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    if (date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month)) return date;
  }
  throw new RangeError(`"${value}" is not an ISO date (YYYY-MM-DD).`);
}

export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Whole calendar months from one date to another: the largest n such that the date n months after
 * `from` is on or before `to`, where a day that the target month lacks becomes its last day
 * (31 Jan + 1 month = 29 Feb 2024). So 15 Jan → 14 Feb is 0 months, 15 Jan → 15 Feb is 1, and
 * 31 Jan → 29 Feb 2024 is 1. Time before `from` counts as 0 (a level change dated in the future).
 */
export function wholeMonthsBetween(from: string, to: string): number {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  let months = (end.year - start.year) * 12 + (end.month - start.month);
  if (months <= 0) return 0;
  const anniversaryDay = Math.min(start.day, daysInMonth(end.year, end.month));
  if (end.day < anniversaryDay) months--;
  return Math.max(0, months);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}
