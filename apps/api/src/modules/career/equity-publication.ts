import { protectLinkedTables, type CellDecision } from '@pulse/domain-pulse';

/** The organisation as a whole, in cell keys. */
export const EQUITY_ORG = 'ORG';
/** Every work mode together, in cell keys. */
export const EQUITY_ALL = 'ALL';

/** People at risk filed directly in one team (null: in no team, so only in the organisation) with one work mode. */
export type EquityInnerCell = { readonly teamId: string | null; readonly workMode: string; readonly people: number };

export type EquityPublicationInput = {
  readonly k: number;
  /** Every team of the organisation with its parent (null: directly under the organisation). */
  readonly teams: ReadonlyArray<{ readonly id: string; readonly parentId: string | null }>;
  readonly workModes: readonly string[];
  readonly inner: readonly EquityInnerCell[];
};

export type EquityCell = { readonly key: string; readonly team: string; readonly workMode: string; readonly people: number; readonly decision: CellDecision };

export const equityCellKey = (team: string, workMode: string): string => `${team}|${workMode}`;

/**
 * The one disclosure decision of a promotion-equity report (CAREER.md "Disclosure for equity"):
 * every cell any view can show — each team sub-tree and the organisation, as a whole and per work
 * mode — decided together by protectLinkedTables with n = people at risk, so no combination of
 * shown groups (a team minus its sub-teams, the organisation minus a mode, …) adds up to 1…k−1
 * people. Cells are offered most-wanted first: the organisation, then shallower teams before
 * deeper ones, the whole before its modes; the same order for every request, so every view agrees.
 */
export function decideEquityCells(input: EquityPublicationInput): EquityCell[] {
  const parent = new Map(input.teams.map((t) => [t.id, t.parentId]));
  const depth = new Map<string, number>();
  const depthOf = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    let d = 0;
    const seen = new Set<string>();
    for (let p = parent.get(id) ?? null; p !== null && !seen.has(p); p = parent.get(p) ?? null) {
      seen.add(p);
      d++;
    }
    depth.set(id, d);
    return d;
  };
  const teams = [...input.teams].sort((a, b) => depthOf(a.id) - depthOf(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Inner cells: team (or the organisation itself) × work mode.
  const innerIndex = new Map<string, number>();
  const innerCounts: number[] = [];
  const innerOf = (team: string, mode: string): number => {
    const key = equityCellKey(team, mode);
    let i = innerIndex.get(key);
    if (i === undefined) {
      i = innerCounts.length;
      innerIndex.set(key, i);
      innerCounts.push(0);
    }
    return i;
  };
  for (const t of [EQUITY_ORG, ...teams.map((x) => x.id)]) for (const m of input.workModes) innerOf(t, m);
  for (const c of input.inner) {
    const team = c.teamId !== null && parent.has(c.teamId) ? c.teamId : EQUITY_ORG;
    if (!input.workModes.includes(c.workMode)) throw new RangeError(`unknown work mode ${c.workMode}`);
    innerCounts[innerOf(team, c.workMode)] += c.people;
  }

  // Each team's sub-tree: itself and every descendant.
  const children = new Map<string, string[]>();
  for (const t of teams) {
    const p = t.parentId !== null && parent.has(t.parentId) ? t.parentId : EQUITY_ORG;
    children.set(p, [...(children.get(p) ?? []), t.id]);
  }
  const subtree = (root: string): string[] => {
    const out = [root];
    for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []));
    return out;
  };

  const cells: Array<{ id: string; team: string; workMode: string; inner: number[] }> = [];
  for (const team of [EQUITY_ORG, ...teams.map((t) => t.id)]) {
    const members = subtree(team);
    for (const workMode of [EQUITY_ALL, ...input.workModes]) {
      const modes = workMode === EQUITY_ALL ? input.workModes : [workMode];
      cells.push({ id: equityCellKey(team, workMode), team, workMode, inner: members.flatMap((t) => modes.map((m) => innerOf(t, m))) });
    }
  }
  const decisions = protectLinkedTables({ k: input.k, innerCounts, cells: cells.map((c) => ({ id: c.id, inner: c.inner })) });
  return cells.map((c, i) => ({ key: c.id, team: c.team, workMode: c.workMode, people: c.inner.reduce((s, j) => s + innerCounts[j], 0), decision: decisions[i] }));
}
