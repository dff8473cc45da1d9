import { addDays } from './zoned-time';

export const CADENCES = ['WEEKLY', 'BIWEEKLY', 'MONTHLY'] as const;
export type Cadence = (typeof CADENCES)[number];

/** The first day of period `sequence` (0-based) of a program starting on `startsOn`. */
export function periodStart(startsOn: string, cadence: Cadence, sequence: number): string {
  if (cadence === 'WEEKLY') return addDays(startsOn, 7 * sequence);
  if (cadence === 'BIWEEKLY') return addDays(startsOn, 14 * sequence);
  const [y, m, d] = startsOn.split('-').map(Number);
  // Monthly periods keep the day of month, clamped to the month's length (31 Jan → 28/29 Feb).
  const month = m - 1 + sequence;
  const last = new Date(Date.UTC(y, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, month, Math.min(d, last))).toISOString().slice(0, 10);
}

/**
 * The periods to plan waves for on `today` (ISO date): the current period (if the program has
 * started) and any period starting within `lookaheadDays`. Past periods are never back-filled.
 */
export function periodsToPlan(startsOn: string, cadence: Cadence, today: string, lookaheadDays = 7): Array<{ sequence: number; periodStart: string }> {
  const horizon = addDays(today, lookaheadDays);
  const out: Array<{ sequence: number; periodStart: string }> = [];
  for (let sequence = 0; ; sequence++) {
    const start = periodStart(startsOn, cadence, sequence);
    if (start > horizon) break;
    const next = periodStart(startsOn, cadence, sequence + 1);
    if (next > today) out.push({ sequence, periodStart: start });
    // Programs run for years at most; this bound only guards against a bad date.
    if (sequence > 10_000) break;
  }
  return out;
}
