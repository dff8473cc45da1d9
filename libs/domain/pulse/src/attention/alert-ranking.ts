import type { MeasureId } from '../response/measures';
import { measureScale } from './measure-scale';

export type AlertForRanking = {
  readonly kind: string;
  /** A team id, or ORG for the organisation. */
  readonly teamKey: string;
  /** Every group above this one (teams, then ORG). */
  readonly ancestorKeys: readonly string[];
  readonly workMode: string;
  readonly periodStart: string;
  readonly measure: MeasureId | null;
  readonly previous: number | null;
  readonly current: number | null;
};

/** The size of an alert's change as a share of its measure's scale (0 when unknown). */
export function alertSeverity(a: AlertForRanking): number {
  if (a.previous === null || a.current === null || a.measure === null) return 0;
  const scale = measureScale(a.measure);
  return scale ? Math.abs(a.current - a.previous) / (scale.max - scale.min) : 0;
}

/** An unacknowledged warning's weight halves every quarter: last week's change matters more than last year's. */
export const ALERT_HALF_LIFE_DAYS = 91;

/** Severity discounted by the alert's age against the newest alert listed (no clock: the same list ranks the same). */
export function alertUrgency(a: AlertForRanking, newestPeriod: string): number {
  const days = (Date.parse(newestPeriod) - Date.parse(a.periodStart)) / 86_400_000;
  return alertSeverity(a) * 0.5 ** (Math.max(0, days) / ALERT_HALF_LIFE_DAYS);
}

/**
 * Early warnings most urgent first (severity, discounted by age), each change raised once: an alert
 * is dropped when a group below it has the same kind of alert on the same measure, wave and work
 * mode with a change at least as large, because that group explains it (a parent with one
 * sub-team repeats its alert).
 */
export function dedupeAndRankAlerts<T extends AlertForRanking>(alerts: readonly T[]): T[] {
  const same = (a: T, b: T) => a.kind === b.kind && a.workMode === b.workMode && a.periodStart === b.periodStart && a.measure === b.measure;
  const kept = alerts.filter((a) => !alerts.some((b) => b !== a && same(a, b) && b.ancestorKeys.includes(a.teamKey) && alertSeverity(b) >= alertSeverity(a)));
  const newest = kept.reduce((max, a) => (a.periodStart > max ? a.periodStart : max), '');
  const urgency = new Map(kept.map((a) => [a, alertUrgency(a, newest)]));
  return kept.sort((a, b) => urgency.get(b)! - urgency.get(a)! || b.periodStart.localeCompare(a.periodStart) || a.kind.localeCompare(b.kind) || a.teamKey.localeCompare(b.teamKey));
}
