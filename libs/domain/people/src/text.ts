import { singleLineProblem } from '@pulse/shared';

// The one rule for single-line text lives in @pulse/shared (the API's GraphQL inputs and the career ladder use it too).
export { singleLineProblem };

export type TextRule = { required: boolean; max: number; pattern?: RegExp; patternHint?: string };

/** Returns an error message for a single-line text value, or null when it is acceptable. */
export function checkText(label: string, value: string, rule: TextRule): string | null {
  if (value.length === 0) return rule.required ? `${label} is required` : null;
  const line = singleLineProblem(label, value);
  if (line) return line;
  if (value.length > rule.max) return `${label} is longer than ${rule.max} characters`;
  if (rule.pattern && !rule.pattern.test(value)) return `${label} ${rule.patternHint ?? 'has an invalid format'}`;
  return null;
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Strict calendar date in ISO form; rejects 2026-02-30 and friends. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]);
}

const zoneCache = new Map<string, boolean>();
export function isTimeZone(value: string): boolean {
  let ok = zoneCache.get(value);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      ok = value.includes('/') || value === 'UTC';
    } catch {
      ok = false;
    }
    zoneCache.set(value, ok);
  }
  return ok;
}
