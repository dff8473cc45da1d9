import type { Competency, LadderDefinition, Level, Move } from './ladder';

/** An allowed move out of a level, with the target's index so graph walks never look keys up. */
export type CompiledMove = {
  readonly move: Move;
  readonly toIndex: number;
};

/**
 * A ladder version with the indexes every rule needs, built once per version and shared by every
 * request (path, readiness and standings for 2,000 people reuse the same object).
 *
 * Built from a definition that may not have passed `validateLadder`: moves naming unknown levels
 * and repeated moves (after the first) are left out, so rules never crash on a bad draft.
 */
export type CompiledLadder = {
  readonly kind: 'compiled-ladder';
  readonly definition: LadderDefinition;
  /** Levels in definition order; indexes below refer to this array. */
  readonly levels: readonly Level[];
  readonly levelIndex: ReadonlyMap<string, number>;
  readonly competencyByKey: ReadonlyMap<string, Competency>;
  /** Moves out of each level, sorted by target key (deterministic walks). */
  readonly movesFrom: readonly (readonly CompiledMove[])[];
  /** `distance[a][b]` = fewest moves from level a to level b; -1 when b cannot be reached. */
  readonly distance: readonly Int16Array[];
  readonly entryLevelKeys: readonly string[];
};

const compiledByDefinition = new WeakMap<LadderDefinition, CompiledLadder>();

/** Indexes a ladder version once; calling it again with the same definition object returns the same result. */
export function compileLadder(definition: LadderDefinition): CompiledLadder {
  const cached = compiledByDefinition.get(definition);
  if (cached) return cached;

  const levels: Level[] = [];
  const levelIndex = new Map<string, number>();
  for (const level of definition.levels) {
    if (levelIndex.has(level.key)) continue;
    levelIndex.set(level.key, levels.length);
    levels.push(level);
  }
  const competencyByKey = new Map<string, Competency>();
  for (const competency of definition.competencies) {
    if (!competencyByKey.has(competency.key)) competencyByKey.set(competency.key, competency);
  }

  const movesFrom: CompiledMove[][] = levels.map(() => []);
  const seenPairs = new Set<string>();
  for (const move of definition.moves) {
    const from = levelIndex.get(move.fromLevelKey);
    const to = levelIndex.get(move.toLevelKey);
    if (from === undefined || to === undefined || from === to) continue;
    const pair = `${from}>${to}`;
    if (seenPairs.has(pair)) continue;
    seenPairs.add(pair);
    movesFrom[from]!.push({ move, toIndex: to });
  }
  for (const list of movesFrom) list.sort((a, b) => compareKeys(a.move.toLevelKey, b.move.toLevelKey));

  const distance = levels.map((_, from) => breadthFirstDistances(from, movesFrom));

  const compiled: CompiledLadder = {
    kind: 'compiled-ladder',
    definition,
    levels,
    levelIndex,
    competencyByKey,
    movesFrom,
    distance,
    entryLevelKeys: levels.filter((level) => level.entry).map((level) => level.key),
  };
  compiledByDefinition.set(definition, compiled);
  return compiled;
}

/** Rules accept either form; a plain definition is compiled (and cached) on first use. */
export type LadderInput = CompiledLadder | LadderDefinition;

export function asCompiledLadder(ladder: LadderInput): CompiledLadder {
  return isCompiledLadder(ladder) ? ladder : compileLadder(ladder);
}

export function isCompiledLadder(ladder: LadderInput): ladder is CompiledLadder {
  return (ladder as Partial<CompiledLadder>).kind === 'compiled-ladder';
}

export function levelOf(ladder: CompiledLadder, levelKey: string): Level | undefined {
  const index = ladder.levelIndex.get(levelKey);
  return index === undefined ? undefined : ladder.levels[index];
}

/** The allowed move from one level to another, if the ladder has it. */
export function moveBetween(ladder: CompiledLadder, fromLevelKey: string, toLevelKey: string): Move | undefined {
  const from = ladder.levelIndex.get(fromLevelKey);
  if (from === undefined) return undefined;
  return ladder.movesFrom[from]!.find((m) => m.move.toLevelKey === toLevelKey)?.move;
}

/** The competency's English name for messages; the key when the ladder does not define it. */
export function competencyLabel(ladder: CompiledLadder, competencyKey: string): string {
  const name = ladder.competencyByKey.get(competencyKey)?.name.en.trim();
  return name ? name : competencyKey;
}

/** Plain code-unit order, so results never depend on the machine's locale. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function breadthFirstDistances(from: number, movesFrom: readonly (readonly CompiledMove[])[]): Int16Array {
  const distance = new Int16Array(movesFrom.length).fill(-1);
  distance[from] = 0;
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head]!;
    for (const { toIndex } of movesFrom[at]!) {
      if (distance[toIndex] !== -1) continue;
      distance[toIndex] = distance[at]! + 1;
      queue.push(toIndex);
    }
  }
  return distance;
}
