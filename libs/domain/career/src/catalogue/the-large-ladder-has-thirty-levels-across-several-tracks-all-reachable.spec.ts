import { LOCALES } from '@pulse/shared';
import type { LadderDefinition } from '../ladder';
import { DEFAULT_COMPETENCY_KEYS } from './competencies';
import { generateLargeLadder, LADDER_TEMPLATE_30, MIN_LARGE_LADDER_LEVELS } from './large-ladder';
import { SUPPORT_LADDER } from './support-ladder';

/** Levels reachable from an entry level through allowed moves of either kind (breadth first). */
function reachableFromEntry(ladder: LadderDefinition): Set<string> {
  const seen = new Set(ladder.levels.filter((l) => l.entry).map((l) => l.key));
  const queue = [...seen];
  while (queue.length > 0) {
    const from = queue.shift();
    for (const move of ladder.moves) {
      if (move.fromLevelKey === from && !seen.has(move.toLevelKey)) {
        seen.add(move.toLevelKey);
        queue.push(move.toLevelKey);
      }
    }
  }
  return seen;
}

/** True when following promotions alone can come back to where it started. */
function promotionsCycle(ladder: LadderDefinition): boolean {
  const next = new Map<string, string[]>();
  for (const m of ladder.moves) if (m.kind === 'PROMOTION') next.set(m.fromLevelKey, [...(next.get(m.fromLevelKey) ?? []), m.toLevelKey]);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (key: string): boolean => {
    if (state.get(key) === 'open') return true;
    if (state.get(key) === 'done') return false;
    state.set(key, 'open');
    const cycles = (next.get(key) ?? []).some(visit);
    state.set(key, 'done');
    return cycles;
  };
  return ladder.levels.some((l) => visit(l.key));
}

const SIZES = [MIN_LARGE_LADDER_LEVELS, 7, 13, 30, 31, 60, 100];
const LADDERS: readonly (readonly [string, LadderDefinition])[] = [
  ['the support ladder', SUPPORT_LADDER],
  ['the 30-level template', LADDER_TEMPLATE_30],
  ...SIZES.map((n) => [`a generated ladder of ${n} levels`, generateLargeLadder(n)] as const),
];

describe('the large ladder for the benchmark', () => {
  it('has 30 levels in six tracks, five ranks each', () => {
    expect(LADDER_TEMPLATE_30.levels).toHaveLength(30);
    expect(LADDER_TEMPLATE_30.tracks).toHaveLength(6);
    for (const track of LADDER_TEMPLATE_30.tracks) {
      expect(LADDER_TEMPLATE_30.levels.filter((l) => l.trackKey === track.key).map((l) => l.rank).sort()).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('moves by promotions and laterals, some needing a certification', () => {
    const kinds = new Set(LADDER_TEMPLATE_30.moves.map((m) => m.kind));
    expect(kinds).toEqual(new Set(['PROMOTION', 'LATERAL']));
    expect(LADDER_TEMPLATE_30.moves.some((m) => m.requiredCertifications.length > 0)).toBe(true);
    // Promotions cross tracks too, so a path has real choices to weigh.
    const trackOf = new Map(LADDER_TEMPLATE_30.levels.map((l) => [l.key, l.trackKey]));
    expect(LADDER_TEMPLATE_30.moves.some((m) => m.kind === 'PROMOTION' && trackOf.get(m.fromLevelKey) !== trackOf.get(m.toLevelKey))).toBe(true);
  });

  it.each(SIZES)('generating %i levels gives exactly that many, the same every time', (n) => {
    expect(generateLargeLadder(n).levels).toHaveLength(n);
    expect(generateLargeLadder(n)).toEqual(generateLargeLadder(n));
  });

  it.each([0, 5, 12.5, Number.NaN])('refuses %p levels', (n) => {
    expect(() => generateLargeLadder(n)).toThrow(RangeError);
  });

  it('defaults to 30 levels', () => {
    expect(generateLargeLadder()).toEqual(LADDER_TEMPLATE_30);
  });

  it.each(LADDERS)('%s: every level is reachable from an entry level', (_what, ladder) => {
    expect(ladder.levels.some((l) => l.entry)).toBe(true);
    const reachable = reachableFromEntry(ladder);
    expect(ladder.levels.filter((l) => !reachable.has(l.key)).map((l) => l.key)).toEqual([]);
  });

  it.each(LADDERS)('%s: promotions never lead back to where they started', (_what, ladder) => {
    expect(promotionsCycle(ladder)).toBe(false);
  });

  it.each(LADDERS)('%s: keys are unique slugs, ranks unique per track, moves name known levels once', (_what, ladder) => {
    const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
    const levelKeys = ladder.levels.map((l) => l.key);
    const trackKeys = ladder.tracks.map((t) => t.key);
    for (const key of [...levelKeys, ...trackKeys]) expect(key).toMatch(slug);
    expect(new Set(levelKeys).size).toBe(levelKeys.length);
    expect(new Set(trackKeys).size).toBe(trackKeys.length);
    for (const l of ladder.levels) expect(trackKeys).toContain(l.trackKey);
    const ranks = ladder.levels.map((l) => `${l.trackKey}#${l.rank}`);
    expect(new Set(ranks).size).toBe(ranks.length);
    const moves = ladder.moves.map((m) => `${m.fromLevelKey}>${m.toLevelKey}`);
    expect(new Set(moves).size).toBe(moves.length);
    for (const m of ladder.moves) {
      expect(levelKeys).toContain(m.fromLevelKey);
      expect(levelKeys).toContain(m.toLevelKey);
      expect(m.fromLevelKey).not.toBe(m.toLevelKey);
    }
  });

  it.each(LADDERS)('%s: levels expect only default competencies, and rising ranks in a track never expect less', (_what, ladder) => {
    const known: readonly string[] = DEFAULT_COMPETENCY_KEYS;
    const byKey = new Map(ladder.levels.map((l) => [l.key, l]));
    for (const l of ladder.levels) {
      expect(l.minMonthsInLevel).toBeGreaterThanOrEqual(0);
      for (const e of l.expectations) expect(known).toContain(e.competencyKey);
    }
    for (const m of ladder.moves.filter((move) => move.kind === 'PROMOTION')) {
      const from = byKey.get(m.fromLevelKey);
      const to = byKey.get(m.toLevelKey);
      if (!from || !to || from.trackKey !== to.trackKey) continue;
      for (const e of from.expectations) {
        expect(to.expectations.find((x) => x.competencyKey === e.competencyKey)?.proficiency ?? 0).toBeGreaterThanOrEqual(e.proficiency);
      }
    }
  });

  it.each(LADDERS)('%s: track and level names are written in every locale, translated rather than copied', (_what, ladder) => {
    for (const { name } of [...ladder.tracks, ...ladder.levels]) {
      for (const locale of LOCALES) expect(name[locale].trim()).not.toBe('');
      for (const locale of ['zh-Hans', 'zh-Hant', 'pl'] as const) expect(name[locale]).not.toBe(name.en);
    }
  });
});
