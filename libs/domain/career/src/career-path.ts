import { asCompiledLadder, compareKeys, type CompiledLadder, type LadderInput } from './compile-ladder';
import type { Move, MoveKind } from './ladder';
import type { ProficiencyInput } from './proficiency';
import {
  assessReadiness,
  heldCertifications,
  normaliseCertification,
  standingsFor,
  totalGap,
  type CertificationInput,
  type CompetencyStanding,
  type Readiness,
} from './readiness';
import { EMPTY_TRAINING_CATALOG, type TrainingCatalog, type TrainingSuggestion } from './training';

export type PathStep = {
  readonly fromLevelKey: string;
  readonly toLevelKey: string;
  readonly kind: MoveKind;
  /** Competencies the step's target level expects above the person's current proficiency. */
  readonly gaps: readonly CompetencyStanding[];
  /** Training per gap competency, in gap order (empty until the learning slice supplies a catalogue). */
  readonly training: readonly TrainingSuggestion[];
  /** Certifications the move requires that the person does not hold. */
  readonly missingCertifications: readonly string[];
  /** First step: months still to serve in the current level; later steps: the minimum of the level moved from. */
  readonly monthsInLevelNeeded: number;
  /** First step: real readiness; later steps: projected with today's proficiency. */
  readonly readiness: Readiness;
};

export type UnreachableReason = 'UNKNOWN_CURRENT_LEVEL' | 'UNKNOWN_TARGET_LEVEL' | 'NO_ROUTE';

export type CareerPathResult =
  | {
      readonly status: 'FOUND';
      readonly targetLevelKey: string;
      /** Empty when the person is already at the target. */
      readonly steps: readonly PathStep[];
      /** Sum of the competency gaps over the steps' target levels (the first tie-break). */
      readonly totalGap: number;
    }
  | {
      readonly status: 'UNREACHABLE';
      readonly targetLevelKey: string;
      readonly reason: UnreachableReason;
      readonly message: string;
    };

/**
 * The path from the person's level to a target (CAREER.md): fewest moves of either kind; among those,
 * the smallest total competency gap summed over the steps' target levels; then the path whose level
 * keys come first, step by step. Never throws for an unknown or unreachable level: says so instead.
 */
export function careerPath(
  ladder: LadderInput,
  fromLevelKey: string,
  targetLevelKey: string,
  proficiency: ProficiencyInput,
  monthsInLevel: number,
  certifications: CertificationInput,
  training: TrainingCatalog = EMPTY_TRAINING_CATALOG,
): CareerPathResult {
  const compiled = asCompiledLadder(ladder);
  const source = compiled.levelIndex.get(fromLevelKey);
  const target = compiled.levelIndex.get(targetLevelKey);
  if (source === undefined) {
    return unreachable(targetLevelKey, 'UNKNOWN_CURRENT_LEVEL', `Level "${fromLevelKey}" is not in this ladder.`);
  }
  if (target === undefined) {
    return unreachable(targetLevelKey, 'UNKNOWN_TARGET_LEVEL', `Level "${targetLevelKey}" is not in this ladder.`);
  }
  if (compiled.distance[source]![target]! < 0) {
    return unreachable(targetLevelKey, 'NO_ROUTE', `No allowed moves lead from "${fromLevelKey}" to "${targetLevelKey}".`);
  }

  const route = cheapestShortestRoute(compiled, source, target, proficiency);
  const held = heldCertifications(certifications);
  const steps: PathStep[] = [];
  let gapSum = 0;
  route.forEach((move, index) => {
    const from = compiled.levels[compiled.levelIndex.get(move.fromLevelKey)!]!;
    const to = compiled.levels[compiled.levelIndex.get(move.toLevelKey)!]!;
    const gaps = standingsFor(to, proficiency).filter((standing) => standing.gap > 0);
    gapSum += gaps.reduce((sum, standing) => sum + standing.gap, 0);
    const first = index === 0;
    steps.push({
      fromLevelKey: move.fromLevelKey,
      toLevelKey: move.toLevelKey,
      kind: move.kind,
      gaps,
      training: gaps.flatMap(({ competencyKey }) => training.titlesFor(competencyKey).map((title) => ({ competencyKey, title }))),
      missingCertifications: move.requiredCertifications.filter((name) => !held.has(normaliseCertification(name))),
      monthsInLevelNeeded: first ? Math.max(0, from.minMonthsInLevel - Math.max(0, Math.floor(monthsInLevel))) : from.minMonthsInLevel,
      readiness: assessReadiness(compiled, from, to, move.requiredCertifications, proficiency, monthsInLevel, held, !first),
    });
  });
  return { status: 'FOUND', targetLevelKey, steps, totalGap: gapSum };
}

/** Levels the person can aim for from a level: nearest first, then by key. Excludes the level itself. */
export function reachableLevels(ladder: LadderInput, fromLevelKey: string): string[] {
  const compiled = asCompiledLadder(ladder);
  const source = compiled.levelIndex.get(fromLevelKey);
  if (source === undefined) return [];
  const distances = compiled.distance[source]!;
  return compiled.levels
    .map((level, index) => ({ key: level.key, distance: distances[index]! }))
    .filter(({ distance }) => distance > 0)
    .sort((a, b) => a.distance - b.distance || compareKeys(a.key, b.key))
    .map(({ key }) => key);
}

/**
 * The promotion a person without a goal is measured against: a promotion within their own track
 * first, then the lowest-ranked target, then by key. Null at the top of the ladder.
 */
export function nextPromotion(ladder: LadderInput, fromLevelKey: string): Move | null {
  const compiled = asCompiledLadder(ladder);
  const source = compiled.levelIndex.get(fromLevelKey);
  if (source === undefined) return null;
  const from = compiled.levels[source]!;
  let best: { move: Move; sameTrack: boolean; rank: number } | null = null;
  for (const { move, toIndex } of compiled.movesFrom[source]!) {
    if (move.kind !== 'PROMOTION') continue;
    const to = compiled.levels[toIndex]!;
    const candidate = { move, sameTrack: to.trackKey === from.trackKey, rank: to.rank };
    if (
      !best ||
      (candidate.sameTrack && !best.sameTrack) ||
      (candidate.sameTrack === best.sameTrack && candidate.rank < best.rank)
    ) {
      best = candidate; // moves are sorted by key, so an equal candidate never replaces an earlier one
    }
  }
  return best ? best.move : null;
}

/**
 * Walks only moves that stay on a shortest route (distance to the target drops by one each step),
 * choosing at each level the continuation with the smallest remaining gap; moves are sorted by target
 * key, so the first of equal continuations is also the lexicographically first path.
 */
function cheapestShortestRoute(ladder: CompiledLadder, source: number, target: number, proficiency: ProficiencyInput): Move[] {
  const size = ladder.levels.length;
  const gapOf = new Int32Array(size).fill(-1);
  const bestCost = new Float64Array(size).fill(-1);
  const bestMove = new Array<{ move: Move; toIndex: number } | undefined>(size);

  const levelGap = (index: number): number => {
    if (gapOf[index]! < 0) gapOf[index] = totalGap(ladder.levels[index]!, proficiency);
    return gapOf[index]!;
  };
  const remaining = (at: number): number => {
    if (at === target) return 0;
    if (bestCost[at]! >= 0) return bestCost[at]!;
    const toGo = ladder.distance[at]![target]!;
    let cost = Infinity;
    for (const candidate of ladder.movesFrom[at]!) {
      if (ladder.distance[candidate.toIndex]![target] !== toGo - 1) continue;
      const via = levelGap(candidate.toIndex) + remaining(candidate.toIndex);
      if (via < cost) {
        cost = via;
        bestMove[at] = candidate;
      }
    }
    bestCost[at] = cost;
    return cost;
  };

  remaining(source);
  const route: Move[] = [];
  for (let at = source; at !== target; ) {
    const next = bestMove[at]!;
    route.push(next.move);
    at = next.toIndex;
  }
  return route;
}

function unreachable(targetLevelKey: string, reason: UnreachableReason, message: string): CareerPathResult {
  return { status: 'UNREACHABLE', targetLevelKey, reason, message };
}
