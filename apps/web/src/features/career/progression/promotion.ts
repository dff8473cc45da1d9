import type { LadderLike } from '../ladderIndex';

/** The moves the ladder allows out of a level, promotions first, then by target key. */
export function allowedMoves(ladder: Pick<LadderLike, 'moves' | 'levels'>, from: string | null | undefined): Array<LadderLike['moves'][number]> {
  if (!from) return [];
  const exists = new Set(ladder.levels.map((l) => l.key));
  return ladder.moves
    .filter((m) => m.fromLevelKey === from && exists.has(m.toLevelKey))
    .sort((a, b) => Number(a.kind !== 'PROMOTION') - Number(b.kind !== 'PROMOTION') || a.toLevelKey.localeCompare(b.toLevelKey));
}

/** Today as a calendar date in the viewer's own time zone (what they mean by "today"). */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
