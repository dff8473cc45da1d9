import type { LadderLike } from '../ladderIndex';

export type LevelCountRow = { levelKey: string; trackKey: string | null; label: string; people: number };

/**
 * People per level in ladder order (track order, then rank), every level listed even when empty so
 * the bars line up with the ladder; counts for keys the ladder no longer has come last.
 */
export function levelCountRows(ladder: Pick<LadderLike, 'tracks' | 'levels'>, counts: ReadonlyArray<{ levelKey: string; people: number }>, name: (key: string) => string): LevelCountRow[] {
  const trackOrder = new Map(ladder.tracks.map((t, i) => [t.key, i]));
  const byKey = new Map(counts.map((c) => [c.levelKey, c.people]));
  const known = [...ladder.levels]
    .sort((a, b) => (trackOrder.get(a.trackKey) ?? 99) - (trackOrder.get(b.trackKey) ?? 99) || a.rank - b.rank)
    .map((l) => ({ levelKey: l.key, trackKey: l.trackKey, label: name(l.key), people: byKey.get(l.key) ?? 0 }));
  const levelKeys = new Set(ladder.levels.map((l) => l.key));
  const orphans = counts.filter((c) => !levelKeys.has(c.levelKey)).map((c) => ({ levelKey: c.levelKey, trackKey: null, label: name(c.levelKey), people: c.people }));
  return [...known, ...orphans];
}

/** Level keys in ladder order (track order, then rank); keys the ladder does not know keep their order at the end. */
export function ladderOrder(ladder: Pick<LadderLike, 'tracks' | 'levels'> | null | undefined, keys: readonly string[]): string[] {
  if (!ladder) return [...keys];
  const trackOrder = new Map(ladder.tracks.map((t, i) => [t.key, i]));
  const position = new Map(
    [...ladder.levels]
      .sort((a, b) => (trackOrder.get(a.trackKey) ?? 99) - (trackOrder.get(b.trackKey) ?? 99) || a.rank - b.rank)
      .map((l, i) => [l.key, i]),
  );
  return [...keys].sort((a, b) => (position.get(a) ?? Number.MAX_SAFE_INTEGER) - (position.get(b) ?? Number.MAX_SAFE_INTEGER));
}
