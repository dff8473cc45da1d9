export type AccountAccess = 'ACTIVE' | 'NO_PASSWORD' | 'DISABLED_BY_ADMIN' | 'EXITED';

export type AccountAccessFacts = {
  hasPassword: boolean;
  disabled: boolean;
  disabledReason: 'DISABLED_BY_ADMIN' | 'EXITED' | null;
  /** The person's exit date, YYYY-MM-DD, or null. */
  exitDate: string | null;
};

/**
 * Whether an account can sign in, and if not, the reason an admin is shown. An exit that has come
 * outranks an admin's disabling: only correcting the exit date gives such an account back.
 */
export function accountAccess(a: AccountAccessFacts, today: string): AccountAccess {
  if ((a.exitDate !== null && a.exitDate <= today) || a.disabledReason === 'EXITED') return 'EXITED';
  if (a.disabled) return 'DISABLED_BY_ADMIN';
  if (!a.hasPassword) return 'NO_PASSWORD';
  return 'ACTIVE';
}
