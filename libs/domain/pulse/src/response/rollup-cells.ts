import { suppressSmallGroups, type GroupSplit, type SuppressionReason } from '../suppression';
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

export type RollupCell = {
  readonly teamKey: string;
  readonly workMode: string;
  readonly tenureBand: string;
  invited: number;
  respondents: number;
  comments: number;
  measures: Record<string, MeasureAggregate>;
  shown: boolean;
  hiddenReason: SuppressionReason | null;
};

const cellId = (teamKey: string, workMode: string, tenureBand: string) => `${teamKey}|${workMode}|${tenureBand}`;

/**
 * Every group a reader can ask for in one wave — team sub-tree (or the whole organisation) ×
 * work mode (or all) × tenure band (or all) — with its aggregates, and one suppression decision
 * over all of them together (SPEC §4.3). Deciding over the whole set at once is what makes any
 * two views safe to subtract: whatever filters a reader combines, they only ever see cells that
 * were shown here, and here no shown cells add or subtract to a group of 1…k−1.
 */
export function rollupWave(k: number, responses: Iterable<RollupResponse>, invitations: Iterable<RollupInvitations>): RollupCell[] {
  const cells = new Map<string, RollupCell>();
  const parentsOf = new Map<string, Set<string>>();
  const cellsOf = (g: SnapshotGroup): RollupCell[] => {
    const keys = [...g.teamIds, ORG_KEY];
    for (let i = 0; i < g.teamIds.length; i++) {
      const parents = parentsOf.get(g.teamIds[i]) ?? new Set<string>();
      parentsOf.set(g.teamIds[i], parents.add(keys[i + 1]));
    }
    const out: RollupCell[] = [];
    for (const teamKey of keys) {
      for (const workMode of [ALL, g.workMode]) {
        for (const tenureBand of [ALL, g.tenureBand]) {
          const id = cellId(teamKey, workMode, tenureBand);
          let cell = cells.get(id);
          if (!cell) {
            cell = { teamKey, workMode, tenureBand, invited: 0, respondents: 0, comments: 0, measures: {}, shown: false, hiddenReason: null };
            cells.set(id, cell);
          }
          out.push(cell);
        }
      }
    }
    return out;
  };
  for (const inv of invitations) for (const cell of cellsOf(inv)) cell.invited += inv.count;
  for (const r of responses) {
    for (const cell of cellsOf(r)) {
      cell.respondents++;
      if (r.hasComment) cell.comments++;
      for (const [measure, value] of Object.entries(r.scores)) addToAggregate((cell.measures[measure] ??= { n: 0, sum: 0, sumSq: 0 }), measure, value);
    }
  }
  if (cells.size === 0) return [];

  const splits = splitsOf(cells, parentsOf);
  const decisions = suppressSmallGroups({ k, groups: [...cells].map(([id, c]) => ({ id, respondents: c.respondents, keep: keepWorth(c) })), splits });
  for (const d of decisions) {
    const cell = cells.get(d.groupId)!;
    cell.shown = d.shown;
    cell.hiddenReason = d.shown ? null : d.reason;
  }
  return [...cells.values()];
}

/**
 * Parent team → child teams, any → each work mode, any → each tenure band, for every combination.
 * A team snapshotted under two parents in one wave (moved during the window) is no child in any
 * team split: its people stay in each parent's never-shown remainder, which blocks subtraction.
 */
function splitsOf(cells: ReadonlyMap<string, RollupCell>, parentsOf: ReadonlyMap<string, ReadonlySet<string>>): GroupSplit[] {
  const children = new Map<string, string[]>();
  for (const [child, parents] of parentsOf) {
    if (parents.size !== 1) continue;
    const [parent] = parents;
    children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const modes = new Set<string>();
  const bands = new Set<string>();
  for (const c of cells.values()) {
    if (c.workMode !== ALL) modes.add(c.workMode);
    if (c.tenureBand !== ALL) bands.add(c.tenureBand);
  }
  const existing = (ids: string[]) => ids.filter((id) => cells.has(id));
  const splits: GroupSplit[] = [];
  for (const c of cells.values()) {
    const parent = cellId(c.teamKey, c.workMode, c.tenureBand);
    const byTeam = existing((children.get(c.teamKey) ?? []).map((t) => cellId(t, c.workMode, c.tenureBand)));
    if (byTeam.length) splits.push({ parentId: parent, childIds: byTeam, dimension: 'team' });
    if (c.workMode === ALL) {
      const byMode = existing([...modes].map((m) => cellId(c.teamKey, m, c.tenureBand)));
      if (byMode.length) splits.push({ parentId: parent, childIds: byMode, dimension: 'work mode' });
    }
    if (c.tenureBand === ALL) {
      const byBand = existing([...bands].map((b) => cellId(c.teamKey, c.workMode, b)));
      if (byBand.length) splits.push({ parentId: parent, childIds: byBand, dimension: 'tenure band' });
    }
  }
  return splits;
}

/** A measure inside a shown cell is reported only when at least k respondents have a score for it. */
export function measureIsReportable(agg: MeasureAggregate | undefined, k: number): agg is MeasureAggregate {
  return agg !== undefined && agg.n >= k;
}

/** Free-text comments are shown only for groups of at least this many respondents (SPEC §4.3). */
export const COMMENT_THRESHOLD = 10;

/**
 * When a complement must be hidden, hide a cross-cut cell (team × work mode × tenure band) before a
 * team's overall figure, and a team before the whole organisation: the broad numbers are the ones
 * people read first.
 */
function keepWorth(c: RollupCell): number {
  return (c.workMode === ALL ? 1 : 0) + (c.tenureBand === ALL ? 1 : 0) + (c.teamKey === ORG_KEY ? 1 : 0);
}
