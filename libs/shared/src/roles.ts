export const ROLES = ['AGENT', 'MANAGER', 'HR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const WORK_MODES = ['REMOTE', 'HYBRID', 'OFFICE'] as const;
export type WorkMode = (typeof WORK_MODES)[number];

export const EXIT_REASONS = ['VOLUNTARY', 'INVOLUNTARY'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

export const LOCALES = ['en', 'zh-Hans', 'zh-Hant', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** SPEC §4.3: the confidentiality threshold k is configurable but never below 3. */
export const MIN_CONFIDENTIALITY_K = 3;
/** Above 10 most support teams would never see a figure; issue 9 bounds the setting to 3–10. */
export const MAX_CONFIDENTIALITY_K = 10;
export const DEFAULT_CONFIDENTIALITY_K = 5;
