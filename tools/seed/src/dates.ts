/** Calendar dates as whole days since 1970-01-01 (UTC): cheap arithmetic for millions of weekly rows. */
const MS_PER_DAY = 86_400_000;

export function toDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

const isoCache = new Map<number, string>();
export function toIso(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoCache.size < 100_000) isoCache.set(day, iso);
  }
  return iso;
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function mondayOnOrBefore(day: number): number {
  return day - (isoWeekday(day) - 1);
}

export function mondayOnOrAfter(day: number): number {
  const wd = isoWeekday(day);
  return wd === 1 ? day : day + (8 - wd);
}

/** Day of the year, 0-based. */
export function dayOfYear(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return Math.floor((day * MS_PER_DAY - Date.UTC(d.getUTCFullYear(), 0, 1)) / MS_PER_DAY);
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
