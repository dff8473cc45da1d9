import type { LadderLike } from '../ladderIndex';

/**
 * Layout of the ladder graph: one column per track (in the ladder's track order), one row per tier.
 * A level's tier is its rank order within its track, pushed up so that every promotion points up
 * (to a higher row) and a lateral move stays on its row or rises — so "Team Lead" sits above
 * "Senior Agent" even though it is rank 1 of its own track. Pure, so it is tested without a DOM.
 */
export type GraphNode = { key: string; trackKey: string; column: number; tier: number; x: number; y: number };
export type GraphEdge = {
  from: string;
  to: string;
  kind: 'PROMOTION' | 'LATERAL';
  requiredCertifications: readonly string[];
  /** SVG path from the edge of one node box to the edge of the other. */
  d: string;
  labelX: number;
  labelY: number;
};
export type GraphLayout = {
  width: number;
  height: number;
  nodeWidth: number;
  nodeHeight: number;
  columns: ReadonlyArray<{ trackKey: string; x: number }>;
  tiers: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
};

type Options = { nodeWidth?: number; nodeHeight?: number; columnGap?: number; rowGap?: number; header?: number; padding?: number };

export function levelTiers(ladder: Pick<LadderLike, 'levels' | 'moves'>): Map<string, number> {
  const tier = new Map(ladder.levels.map((l) => [l.key, 0]));
  const byTrack = new Map<string, Array<LadderLike['levels'][number]>>();
  for (const l of ladder.levels) byTrack.set(l.trackKey, [...(byTrack.get(l.trackKey) ?? []), l]);
  const below: Array<[string, string, number]> = [];
  for (const levels of byTrack.values()) {
    const sorted = [...levels].sort((a, b) => a.rank - b.rank);
    for (let i = 1; i < sorted.length; i++) below.push([sorted[i - 1].key, sorted[i].key, 1]);
  }
  for (const m of ladder.moves) {
    if (!tier.has(m.fromLevelKey) || !tier.has(m.toLevelKey) || m.fromLevelKey === m.toLevelKey) continue;
    below.push([m.fromLevelKey, m.toLevelKey, m.kind === 'PROMOTION' ? 1 : 0]);
  }
  // Longest-path relaxation. A draft may still contain a promotion cycle (validation reports it):
  // stop after |levels| rounds so the graph still draws.
  for (let round = 0; round < ladder.levels.length; round++) {
    let changed = false;
    for (const [lower, upper, step] of below) {
      const wanted = (tier.get(lower) ?? 0) + step;
      if (wanted > (tier.get(upper) ?? 0)) {
        tier.set(upper, wanted);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return tier;
}

export function ladderGraphLayout(ladder: LadderLike, options: Options = {}): GraphLayout {
  const nodeWidth = options.nodeWidth ?? 150;
  const nodeHeight = options.nodeHeight ?? 52;
  const columnGap = options.columnGap ?? 70;
  const rowGap = options.rowGap ?? 64;
  const header = options.header ?? 48;
  const padding = options.padding ?? 12;
  const trackKeys = [...ladder.tracks.map((t) => t.key)];
  for (const l of ladder.levels) if (!trackKeys.includes(l.trackKey)) trackKeys.push(l.trackKey);
  const tiers = levelTiers(ladder);
  const maxTier = Math.max(0, ...tiers.values());
  const columns = trackKeys.map((trackKey, i) => ({ trackKey, x: padding + i * (nodeWidth + columnGap) }));
  const columnOf = new Map(trackKeys.map((k, i) => [k, i]));
  // Highest tier at the top: up the page is up the ladder.
  const yOf = (tier: number) => padding + header + (maxTier - tier) * (nodeHeight + rowGap);
  const nodes: GraphNode[] = ladder.levels.map((l) => {
    const column = columnOf.get(l.trackKey) ?? 0;
    const tier = tiers.get(l.key) ?? 0;
    return { key: l.key, trackKey: l.trackKey, column, tier, x: columns[column].x, y: yOf(tier) };
  });
  const at = new Map(nodes.map((n) => [n.key, n]));
  const pairs = new Set(ladder.moves.map((m) => `${m.fromLevelKey}>${m.toLevelKey}`));
  const edges: GraphEdge[] = [];
  for (const m of ladder.moves) {
    const a = at.get(m.fromLevelKey);
    const b = at.get(m.toLevelKey);
    if (!a || !b || a === b) continue;
    // A move that also exists backwards is drawn as two curves bent to opposite sides.
    const twoWay = pairs.has(`${m.toLevelKey}>${m.fromLevelKey}`);
    // A move that jumps over a column arcs through the gap between rows instead of across the levels in between.
    const arc = Math.abs(a.column - b.column) > 1 ? nodeHeight + rowGap : 0;
    edges.push({ from: a.key, to: b.key, kind: m.kind, requiredCertifications: m.requiredCertifications, ...edgePath(a, b, nodeWidth, nodeHeight, twoWay, arc) });
  }
  return {
    width: padding * 2 + trackKeys.length * nodeWidth + Math.max(0, trackKeys.length - 1) * columnGap,
    // Room below the lowest row for an arc that bends downwards.
    height: padding * 2 + header + (maxTier + 1) * nodeHeight + maxTier * rowGap + rowGap / 2,
    nodeWidth,
    nodeHeight,
    columns,
    tiers: maxTier + 1,
    nodes,
    edges,
  };
}

function edgePath(a: GraphNode, b: GraphNode, w: number, h: number, twoWay: boolean, arc: number): { d: string; labelX: number; labelY: number } {
  const round = (v: number) => Math.round(v * 10) / 10;
  let x1: number;
  let y1: number;
  let x2: number;
  let y2: number;
  if (a.column === b.column) {
    // Same track: leave from the top or bottom edge.
    const up = b.y < a.y;
    x1 = a.x + w / 2;
    x2 = b.x + w / 2;
    y1 = up ? a.y : a.y + h;
    y2 = up ? b.y + h : b.y;
  } else {
    const right = b.x > a.x;
    x1 = right ? a.x + w : a.x;
    x2 = right ? b.x : b.x + w;
    y1 = a.y + h / 2;
    y2 = b.y + h / 2;
  }
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  // Bend: perpendicular offset, to the left of the direction of travel, so a two-way pair separates.
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = Math.hypot(dx, dy) || 1;
  const bend = arc > 0 ? arc : twoWay ? 24 : a.column === b.column ? 0 : 10;
  const cx = mx + (-dy / length) * bend;
  const cy = my + (dx / length) * bend;
  const d = bend === 0 ? `M${round(x1)},${round(y1)} L${round(x2)},${round(y2)}` : `M${round(x1)},${round(y1)} Q${round(cx)},${round(cy)} ${round(x2)},${round(y2)}`;
  // The label sits on the curve's midpoint (a quadratic's midpoint is halfway to its control point).
  return { d, labelX: round((mx + cx) / 2), labelY: round((my + cy) / 2) };
}
