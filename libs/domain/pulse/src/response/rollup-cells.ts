import { protectLinkedTables, type SuppressionReason } from '../disclosure/protect-linked-tables';
import { addToAggregate, type MeasureAggregate } from './measures';

/** The organisation as a whole in `teamKey`; every work mode or tenure band in those dimensions. */
export const ORG_KEY = 'ORG';
export const ALL = 'ALL';

/** Group attributes snapshotted when someone is invited or answers (SPEC §4.3). */
export type SnapshotGroup = {
  /** The person's team and every ancestor team, nearest first. */
  readonly teamIds: readonly string[];
  readonly workMode: string;
  readonly tenureBand: string;
};
export type RollupResponse = SnapshotGroup & { readonly scores: Readonly<Record<string, number>>; readonly hasComment: boolean };
export type RollupInvitations = SnapshotGroup & { readonly count: number };

/**
 * A measure's figures in one cell, with that measure's own suppression decision: a respondent who
 * skipped an item is not in that measure's count, so each measure is protected over its own counts.
 */
export type MeasureCell = MeasureAggregate & {
  shown: boolean;
  hiddenReason: SuppressionReason | null;
  /** Band shares may be shown (see bandSharesAreSafe). */
  bandsShown: boolean;
};

export type RollupCell = {
  readonly teamKey: string;
  readonly workMode: string;
  readonly tenureBand: string;
  invited: number;
  respondents: number;
  comments: number;
  measures: Record<string, MeasureCell>;
  shown: boolean;
  hiddenReason: SuppressionReason | null;
};

const cellId = (teamKey: string, workMode: string, tenureBand: string) => `${teamKey}|${workMode}|${tenureBand}`;

type Built = RollupCell & { depth: number; inner: Set<number> };

/**
 * Every group a reader can ask for in one wave — team sub-tree (or the whole organisation), as a
 * whole, by work mode or by tenure band — with its aggregates, and one disclosure-control decision
 * over all of them together for the respondent counts and one per measure (SPEC §4.3,
 * DISCLOSURE.md): no combination of shown figures determines a group of 1…k−1 respondents
 * (protectLinkedTables). Work mode × tenure band crossings are offered by no view and are not
 * published at all: each crossing would split the inner cells further and cost suppressions.
 */
export function rollupWave(
  k: number,
  responses: Iterable<RollupResponse>,
  invitations: Iterable<RollupInvitations>,
  options: {
    /**
     * Measures published only as a flag (UP / DOWN, e.g. rolling changes, ADR 0011), never as a
     * figure that adds up: shown wherever the cell is shown and at least k have one, without a
     * decision of their own.
     */
    readonly flagOnly?: (measure: string) => boolean;
  } = {},
): RollupCell[] {
  const cells = new Map<string, Built>();
  // Inner cells: respondents with the same team chain, work mode and tenure band. The whole chain
  // (not only the nearest team) keys them, so a team moved during the window stays distinct.
  const innerIds = new Map<string, number>();
  const cellsOf = (g: SnapshotGroup): Built[] => {
    const keys = [...g.teamIds, ORG_KEY];
    const out: Built[] = [];
    keys.forEach((teamKey, i) => {
      const depth = keys.length - 1 - i;
      for (const [workMode, tenureBand] of [
        [ALL, ALL],
        [g.workMode, ALL],
        [ALL, g.tenureBand],
      ]) {
        const id = cellId(teamKey, workMode, tenureBand);
        let cell = cells.get(id);
        if (!cell) {
          cell = { teamKey, workMode, tenureBand, invited: 0, respondents: 0, comments: 0, measures: {}, shown: false, hiddenReason: null, depth, inner: new Set() };
          cells.set(id, cell);
        }
        cell.depth = Math.min(cell.depth, depth);
        out.push(cell);
      }
    });
    return out;
  };
  for (const inv of invitations) for (const cell of cellsOf(inv)) cell.invited += inv.count;

  const innerCounts: number[] = [];
  const measureCounts = new Map<string, number[]>();
  for (const r of responses) {
    const key = `${r.teamIds.join('/')}|${r.workMode}|${r.tenureBand}`;
    let inner = innerIds.get(key);
    if (inner === undefined) {
      innerIds.set(key, (inner = innerCounts.length));
      innerCounts.push(0);
    }
    innerCounts[inner]++;
    for (const measure of Object.keys(r.scores)) {
      let counts = measureCounts.get(measure);
      if (!counts) measureCounts.set(measure, (counts = []));
      counts[inner] = (counts[inner] ?? 0) + 1;
    }
    for (const cell of cellsOf(r)) {
      cell.respondents++;
      cell.inner.add(inner);
      if (r.hasComment) cell.comments++;
      for (const [measure, value] of Object.entries(r.scores)) {
        addToAggregate((cell.measures[measure] ??= { n: 0, sum: 0, sumSq: 0, shown: false, hiddenReason: null, bandsShown: false }), measure, value);
      }
    }
  }
  if (cells.size === 0) return [];

  const ordered = publicationOrder([...cells.values()]);
  const asTables = (counts: readonly number[], among: readonly Built[]) => ({
    k,
    innerCounts: Array.from({ length: innerCounts.length }, (_, i) => counts[i] ?? 0),
    cells: among.map((c) => ({ id: cellId(c.teamKey, c.workMode, c.tenureBand), inner: [...c.inner] })),
  });
  for (const d of protectLinkedTables(asTables(innerCounts, ordered))) {
    const cell = cells.get(d.id)!;
    cell.shown = d.shown;
    cell.hiddenReason = d.shown ? null : d.reason;
  }

  // Each measure over its own counts, among the cells shown for the wave. Measures answered by
  // everyone (the usual case) have the wave's counts and share its decision.
  const shownCells = ordered.filter((c) => c.shown);
  const decided = new Map<string, Map<string, { shown: boolean; reason: SuppressionReason | null }>>();
  for (const [measure, sparse] of measureCounts) {
    if (options.flagOnly?.(measure)) {
      for (const cell of ordered) {
        const agg = cell.measures[measure];
        if (!agg) continue;
        agg.shown = cell.shown && agg.n >= k;
        agg.hiddenReason = agg.shown ? null : agg.n < k ? 'FEWER_THAN_K' : cell.hiddenReason;
        agg.bandsShown = false;
      }
      continue;
    }
    const counts = Array.from({ length: innerCounts.length }, (_, i) => sparse[i] ?? 0);
    const signature = counts.join(',');
    let decision = decided.get(signature);
    if (!decision) {
      decision = new Map();
      const same = counts.every((n, i) => n === innerCounts[i]);
      if (same) for (const c of shownCells) decision.set(cellId(c.teamKey, c.workMode, c.tenureBand), { shown: true, reason: null });
      else for (const d of protectLinkedTables(asTables(counts, shownCells))) decision.set(d.id, { shown: d.shown, reason: d.shown ? null : d.reason });
      decided.set(signature, decision);
    }
    for (const cell of ordered) {
      const agg = cell.measures[measure];
      if (!agg) continue;
      const d = cell.shown ? decision.get(cellId(cell.teamKey, cell.workMode, cell.tenureBand)) : undefined;
      agg.shown = d?.shown ?? false;
      agg.hiddenReason = d ? d.reason : (cell.hiddenReason ?? 'FEWER_THAN_K');
      if (!agg.shown && agg.n < k) agg.hiddenReason = 'FEWER_THAN_K';
      agg.bandsShown = agg.shown && bandSharesAreSafe(agg.bands, agg.n, k);
    }
  }

  return [...cells.values()].map(({ depth: _depth, inner: _inner, ...cell }) => cell);
}

/**
 * The order in which cells are worth showing (earlier wins when two cannot both be shown): the
 * organisation, then level by level down the team tree, where a team's work-mode and tenure split
 * weighs as much as the totals of its sub-teams; at each level totals before splits, then larger
 * groups first (hiding a smaller one loses less).
 */
function publicationOrder(cells: Built[]): Built[] {
  const level = (c: Built) => c.depth + (c.workMode === ALL && c.tenureBand === ALL ? 0 : 1);
  const kind = (c: Built) => (c.workMode === ALL && c.tenureBand === ALL ? 0 : c.tenureBand === ALL ? 1 : 2);
  return [...cells].sort(
    (a, b) =>
      level(a) - level(b) ||
      kind(a) - kind(b) ||
      b.respondents - a.respondents ||
      cellId(a.teamKey, a.workMode, a.tenureBand).localeCompare(cellId(b.teamKey, b.workMode, b.tenureBand)),
  );
}

/**
 * Band shares reveal each member's band when everyone is in one band, and narrow a band down to a
 * few people when it holds 1…k−1 of them (a colleague who knows k−2 of them learns the last). They
 * are shown only when every band holds 0 or at least k respondents and at least two bands are held.
 */
export function bandSharesAreSafe(bands: Readonly<Record<string, number>> | undefined, n: number, k: number): boolean {
  if (!bands) return false;
  const held = Object.values(bands).filter((c) => c > 0);
  return held.length >= 2 && held.every((c) => c >= k) && held.reduce((a, b) => a + b, 0) === n;
}

/**
 * A measure inside a cell is reported only when the wave's decision shows it (its own counts were
 * protected, see rollupWave). Aggregates stored before per-measure decisions fall back to ≥ k.
 */
export function measureIsReportable(agg: (MeasureAggregate & { shown?: boolean }) | null | undefined, k: number): agg is MeasureAggregate {
  if (agg === null || agg === undefined) return false;
  return agg.shown ?? agg.n >= k;
}

/** Free-text comments are shown only for groups of at least this many respondents (SPEC §4.3). */
export const COMMENT_THRESHOLD = 10;
