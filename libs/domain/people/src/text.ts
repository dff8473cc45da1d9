/** Characters that never belong in a name, id or address: C0 controls (NUL included) and DEL. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export type TextRule = { required: boolean; max: number; pattern?: RegExp; patternHint?: string };

/** Returns an error message for a text value, or null when it is acceptable. */
export function checkText(label: string, value: string, rule: TextRule): string | null {
  if (value.length === 0) return rule.required ? `${label} is required` : null;
  if (CONTROL.test(value)) return `${label} contains control characters`;
  if (value.length > rule.max) return `${label} is longer than ${rule.max} characters`;
  if (rule.pattern && !rule.pattern.test(value)) return `${label} ${rule.patternHint ?? 'has an invalid format'}`;
  return null;
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Strict calendar date in ISO form; rejects 2026-02-30 and friends. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
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
