/** Geometry of the path chart: the current level, then one node per step, left to right. */
export type PathStepLike = { fromLevelKey: string; toLevelKey: string; kind: 'PROMOTION' | 'LATERAL'; readiness: { percent: number; ready: boolean } };

export type PathNode = {
  levelKey: string;
  /** 0 = where the person is now. */
  index: number;
  x: number;
  y: number;
  /** Readiness for the move into this level; null for the current level. */
  percent: number | null;
  ready: boolean;
  /** Only the first step's readiness is measured; later steps are projected from today's proficiency. */
  projected: boolean;
};

export type PathEdge = { from: number; to: number; kind: 'PROMOTION' | 'LATERAL'; x1: number; x2: number; y: number };

export type PathLayout = { width: number; height: number; nodeWidth: number; nodeHeight: number; nodes: PathNode[]; edges: PathEdge[] };

type Options = { nodeWidth?: number; nodeHeight?: number; gap?: number; padding?: number };

export function pathLayout(currentLevelKey: string, steps: readonly PathStepLike[], options: Options = {}): PathLayout {
  const nodeWidth = options.nodeWidth ?? 150;
  const nodeHeight = options.nodeHeight ?? 96;
  const gap = options.gap ?? 56;
  const padding = options.padding ?? 8;
  const keys = [currentLevelKey, ...steps.map((s) => s.toLevelKey)];
  const nodes: PathNode[] = keys.map((levelKey, index) => {
    const step = index === 0 ? null : steps[index - 1];
    return {
      levelKey,
      index,
      x: padding + index * (nodeWidth + gap),
      y: padding,
      percent: step ? step.readiness.percent : null,
      ready: step ? step.readiness.ready : false,
      projected: index > 1,
    };
  });
  const edges: PathEdge[] = steps.map((s, i) => ({
    from: i,
    to: i + 1,
    kind: s.kind,
    x1: nodes[i].x + nodeWidth,
    x2: nodes[i + 1].x,
    y: padding + nodeHeight / 2,
  }));
  return {
    width: padding * 2 + keys.length * nodeWidth + (keys.length - 1) * gap,
    height: padding * 2 + nodeHeight,
    nodeWidth,
    nodeHeight,
    nodes,
    edges,
  };
}

/** Steps whose `fromLevelKey` does not follow on from the previous step are a broken path: refuse to draw it. */
export function isContinuousPath(currentLevelKey: string, steps: readonly PathStepLike[]): boolean {
  let at = currentLevelKey;
  for (const s of steps) {
    if (s.fromLevelKey !== at) return false;
    at = s.toLevelKey;
  }
  return true;
}
