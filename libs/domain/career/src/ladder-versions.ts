import { isIsoDate } from './calendar-months';

/** What the version rules need of a stored ladder version. */
export type EffectiveDated = { readonly effectiveFrom: string };

function dateOf(value: string): string {
  return value.slice(0, 10);
}

/**
 * The ladder version in force on a date: the latest `effectiveFrom` on or before it; null before the
 * first version. Of two versions with the same date the later in the list wins (a replacement).
 */
export function ladderAsOf<V extends EffectiveDated>(versions: readonly V[], date: string): V | null {
  const day = dateOf(date);
  let best: V | null = null;
  for (const version of versions) {
    const from = dateOf(version.effectiveFrom);
    if (from > day) continue;
    if (best === null || from >= dateOf(best.effectiveFrom)) best = version;
  }
  return best;
}

/**
 * Whether a new version may take effect on `effectiveFrom` (CAREER.md, the simple rule): never before
 * the latest existing version, so the ladder in force on any past date that a later version already
 * covers never changes; on the same date only while that version is still in the future (it then
 * replaces it, as nobody can have been assessed or promoted under it yet). The first version may take
 * any date, so HR can back-date it to cover the people already employed.
 * Returns an English message when the date is refused, else null.
 */
export function effectiveFromError(effectiveFrom: string, existing: readonly EffectiveDated[], today: string): string | null {
  if (!isIsoDate(effectiveFrom)) return `The effective date "${effectiveFrom}" is not a date (YYYY-MM-DD).`;
  const day = dateOf(effectiveFrom);
  const latest = existing.reduce<string | null>((max, version) => {
    const from = dateOf(version.effectiveFrom);
    return max === null || from > max ? from : max;
  }, null);
  if (latest === null) return null;
  if (day < latest) {
    return `The ladder cannot take effect on ${day}: a later version already takes effect on ${latest}. Choose ${latest} or later.`;
  }
  if (day === latest && latest <= dateOf(today)) {
    return `The version effective on ${latest} is already in force and cannot be replaced; choose a date after ${latest}.`;
  }
  return null;
}
