import type { WorkMode } from '@pulse/shared';

export type ManagerEdge = { id: string; managerId: string | null };

/**
 * Finds the first cycle in a manager graph (A manages B manages A), or null.
 * A cycle would make "reporting line" infinite, so imports and edits reject it.
 */
export function findManagerCycle(edges: readonly ManagerEdge[]): string[] | null {
  const managerOf = new Map(edges.map((e) => [e.id, e.managerId]));
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of managerOf.keys()) {
    const path: string[] = [];
    let cur: string | null | undefined = start;
    while (cur && state.get(cur) !== 'done') {
      if (state.get(cur) === 'visiting') return path.slice(path.indexOf(cur)).concat(cur);
      state.set(cur, 'visiting');
      path.push(cur);
      cur = managerOf.get(cur);
    }
    for (const p of path) state.set(p, 'done');
  }
  return null;
}

/** Everyone below `managerId`, direct and indirect. */
export function reportingLine(edges: readonly ManagerEdge[], managerId: string): Set<string> {
  const reports = new Map<string, string[]>();
  for (const e of edges) {
    if (!e.managerId) continue;
    const list = reports.get(e.managerId) ?? [];
    list.push(e.id);
    reports.set(e.managerId, list);
  }
  const out = new Set<string>();
  const stack = [...(reports.get(managerId) ?? [])];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id) || id === managerId) continue;
    out.add(id);
    stack.push(...(reports.get(id) ?? []));
  }
  return out;
}

export type WorkModePeriod = { workMode: WorkMode; effectiveFrom: string };

/** The work mode in force on `date` (ISO), given effective-dated history; null before the first entry. */
export function workModeOn(history: readonly WorkModePeriod[], date: string): WorkMode | null {
  let best: WorkModePeriod | null = null;
  for (const h of history) {
    if (h.effectiveFrom <= date && (!best || h.effectiveFrom > best.effectiveFrom)) best = h;
  }
  return best?.workMode ?? null;
}
