import { generateOrganisation, type GeneratedOrganisation } from '../generate';
import { DEMO_DEFAULTS } from '../seed';

/** The demo organisation as the app seeds it, on a fixed day (tests of the career history share it). */
export const DEMO_TODAY = '2026-11-25';
let demo: GeneratedOrganisation | undefined;
export function demoOrganisation(): GeneratedOrganisation {
  return (demo ??= generateOrganisation({ ...DEMO_DEFAULTS, today: DEMO_TODAY }));
}

export const day = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** The 18-month window the equity view opens on by default: [today − 18 months, today]. */
export function defaultWindow(today: string): [number, number] {
  const d = new Date(`${today}T00:00:00Z`);
  return [Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 18, d.getUTCDate()) / 86_400_000, day(today)];
}
