import { daysBetween, parseIsoDate } from '../calendar-months';

/** A stretch of time a person is employed and on the ladder: from `from` up to (not including) `to`. */
export type RiskInterval = {
  readonly personId: string;
  /** Hire date, or the date the person entered the ladder. */
  readonly from: string;
  /** Exit date (the first day no longer employed); null while still employed. */
  readonly to: string | null;
};

/** Both ends inclusive, as a report's dates read: 2024-01-01 … 2025-06-30. */
export type DateWindow = { readonly from: string; readonly to: string };

export const DAYS_PER_YEAR = 365.25;
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

/** Half-open day numbers [start, end) since 1970-01-01. */
export type DaySpan = { readonly start: number; readonly end: number };

export function dayNumber(date: string): number {
  const d = parseIsoDate(date);
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

/** Each person's at-risk time inside the window as sorted, non-overlapping day spans. */
export function atRiskSpans(intervals: readonly RiskInterval[], window: DateWindow): Map<string, DaySpan[]> {
  const windowStart = dayNumber(window.from);
  const windowEnd = dayNumber(window.to) + 1;
  const raw = new Map<string, DaySpan[]>();
  for (const interval of intervals) {
    const start = Math.max(windowStart, dayNumber(interval.from));
    const end = Math.min(windowEnd, interval.to === null ? Infinity : dayNumber(interval.to));
    if (end <= start) continue;
    const list = raw.get(interval.personId);
    if (list) list.push({ start, end });
    else raw.set(interval.personId, [{ start, end }]);
  }
  const merged = new Map<string, DaySpan[]>();
  for (const [personId, spans] of raw) {
    spans.sort((a, b) => a.start - b.start);
    const out: DaySpan[] = [];
    for (const span of spans) {
      const last = out[out.length - 1];
      // Overlapping or touching records of one person (a re-import, a transfer) are one stretch of time.
      if (last && span.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
      else out.push(span);
    }
    merged.set(personId, out);
  }
  return merged;
}

/**
 * Person-years at risk in the window: for each person, the days employed and on the ladder between the
 * window's edges (ended at exit), summed and divided by 365.25. `people` counts distinct people with
 * any time at risk.
 */
export function personYearsAtRisk(intervals: readonly RiskInterval[], window: DateWindow): { people: number; personYears: number } {
  if (daysBetween(window.from, window.to) < 0) throw new RangeError(`Window ${window.from} … ${window.to} ends before it starts.`);
  let days = 0;
  const spans = atRiskSpans(intervals, window);
  for (const list of spans.values()) for (const span of list) days += span.end - span.start;
  return { people: spans.size, personYears: days / DAYS_PER_YEAR };
}
