import type { LadderDefinition, Level, Move } from '@pulse/domain-career';

/**
 * The little the seed needs to read a ladder: levels by key, the proficiency a level expects, the
 * moves out of a level, and how many moves apart two levels are (breadth-first over both kinds,
 * as the product's path rule counts them).
 */
export class LadderIndex {
  private readonly levels = new Map<string, Level>();
  private readonly out = new Map<string, Move[]>();

  constructor(readonly ladder: LadderDefinition) {
    for (const l of ladder.levels) this.levels.set(l.key, l);
    for (const m of ladder.moves) {
      const list = this.out.get(m.fromLevelKey) ?? [];
      list.push(m);
      this.out.set(m.fromLevelKey, list);
    }
  }

  level(key: string): Level {
    const l = this.levels.get(key);
    if (!l) throw new Error(`internal: the ladder has no level "${key}"`);
    return l;
  }

  has(key: string): boolean {
    return this.levels.has(key);
  }

  minMonths(key: string): number {
    return this.level(key).minMonthsInLevel;
  }

  /** Proficiency the level expects in a competency; 0 when the level does not list it. */
  expected(levelKey: string, competencyKey: string): number {
    return this.level(levelKey).expectations.find((e) => e.competencyKey === competencyKey)?.proficiency ?? 0;
  }

  movesFrom(key: string): readonly Move[] {
    return this.out.get(key) ?? [];
  }

  move(from: string, to: string): Move | undefined {
    return this.movesFrom(from).find((m) => m.toLevelKey === to);
  }

  /** The promotion out of a level within its own track (the "next level" when no goal is set), if any. */
  nextPromotion(key: string): string | null {
    const track = this.level(key).trackKey;
    const promotions = this.movesFrom(key).filter((m) => m.kind === 'PROMOTION');
    const same = promotions.filter((m) => this.level(m.toLevelKey).trackKey === track);
    const pick = (same.length ? same : promotions).map((m) => m.toLevelKey).sort((a, b) => this.level(a).rank - this.level(b).rank || a.localeCompare(b));
    return pick[0] ?? null;
  }

  /** Fewest moves from `from` to every level reachable from it. */
  distances(from: string): Map<string, number> {
    const dist = new Map<string, number>([[from, 0]]);
    const queue = [from];
    for (let q = 0; q < queue.length; q++) {
      const at = queue[q];
      for (const m of this.movesFrom(at)) {
        if (dist.has(m.toLevelKey)) continue;
        dist.set(m.toLevelKey, dist.get(at)! + 1);
        queue.push(m.toLevelKey);
      }
    }
    return dist;
  }
}

/** Calendar arithmetic on whole days since 1970-01-01 (as dates.ts): month steps clamp the day. */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * 86_400_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / 86_400_000;
}

/** The first day of a month on or after `day`. */
export function monthStartOnOrAfter(day: number): number {
  const d = new Date(day * 86_400_000);
  if (d.getUTCDate() === 1) return day;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 86_400_000;
}

/** The first day of the month `day` lies in. */
export function monthStartOf(day: number): number {
  const d = new Date(day * 86_400_000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 86_400_000;
}

/** Whole calendar months from `from` to `to` (as "months in level" counts them). */
export function wholeMonths(from: number, to: number): number {
  if (to < from) return 0;
  const a = new Date(from * 86_400_000);
  const b = new Date(to * 86_400_000);
  let n = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  while (n > 0 && addMonths(from, n) > to) n--;
  while (addMonths(from, n + 1) <= to) n++;
  return n;
}
