import { LOCALES, singleLineFault, singleLineProblem } from '@pulse/shared';
import { compareKeys } from './compile-ladder';
import type { LadderDefinition, LadderIssue, LadderIssueCode, LadderIssueParams, LocalizedString, Move } from './ladder';

/** Lower-case slug: letters and digits in groups joined by single hyphens (`agent-1`, `product-knowledge`). */
export const LADDER_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_MIN_MONTHS_IN_LEVEL = 120;
export const ANCHORS_PER_COMPETENCY = 5;

/**
 * Everything that stops a ladder from being published, in definition order (competencies, tracks,
 * levels, moves, then whole-graph checks). An empty list means the ladder can be published.
 */
export function validateLadder(definition: LadderDefinition): LadderIssue[] {
  const issues: LadderIssue[] = [];
  const add: AddIssue = (code, path, message, params) => issues.push(params ? { code, path, message, params } : { code, path, message });

  const competencyKeys = checkKeys(definition.competencies, 'competencies', 'Competency', add);
  definition.competencies.forEach((competency, i) => {
    const at = `competencies/${i}`;
    checkText(competency.name, `${at}/name`, `Competency "${competency.key}" has no name`, add, `Competency "${competency.key}" name`);
    checkText(competency.description, `${at}/description`, `Competency "${competency.key}" has no description`, add);
    if (competency.anchors.length !== ANCHORS_PER_COMPETENCY) {
      add(
        'ANCHORS_NOT_FIVE',
        `${at}/anchors`,
        `Competency "${competency.key}" has ${competency.anchors.length} behavioural anchors; it needs exactly ${ANCHORS_PER_COMPETENCY}, one per proficiency 1–5.`,
      );
    }
    competency.anchors.forEach((anchor, a) =>
      checkText(anchor, `${at}/anchors/${a}`, `Competency "${competency.key}" has no anchor text for proficiency ${a + 1}`, add),
    );
  });

  const trackKeys = checkKeys(definition.tracks, 'tracks', 'Track', add);
  definition.tracks.forEach((track, i) => checkText(track.name, `tracks/${i}/name`, `Track "${track.key}" has no name`, add, `Track "${track.key}" name`));

  const levelKeys = checkKeys(definition.levels, 'levels', 'Level', add);
  const rankHolder = new Map<string, string>();
  definition.levels.forEach((level, i) => {
    const at = `levels/${i}`;
    checkText(level.name, `${at}/name`, `Level "${level.key}" has no name`, add, `Level "${level.key}" name`);
    if (!trackKeys.has(level.trackKey)) {
      add('UNKNOWN_TRACK', `${at}/trackKey`, `Level "${level.key}" belongs to track "${level.trackKey}", which the ladder does not define.`);
    }
    if (!Number.isInteger(level.rank) || level.rank < 1) {
      add('INVALID_RANK', `${at}/rank`, `Level "${level.key}" has rank ${level.rank}; ranks are whole numbers from 1.`);
    } else {
      const slot = `${level.trackKey}\u0000${level.rank}`;
      const holder = rankHolder.get(slot);
      if (holder !== undefined) {
        add(
          'DUPLICATE_RANK',
          `${at}/rank`,
          `Levels "${holder}" and "${level.key}" both have rank ${level.rank} in track "${level.trackKey}".`,
        );
      } else {
        rankHolder.set(slot, level.key);
      }
    }
    if (!Number.isInteger(level.minMonthsInLevel) || level.minMonthsInLevel < 0 || level.minMonthsInLevel > MAX_MIN_MONTHS_IN_LEVEL) {
      add(
        'MIN_MONTHS_OUT_OF_RANGE',
        `${at}/minMonthsInLevel`,
        `Level "${level.key}" asks for ${level.minMonthsInLevel} months in level; it must be a whole number from 0 to ${MAX_MIN_MONTHS_IN_LEVEL}.`,
      );
    }
    const expected = new Set<string>();
    level.expectations.forEach((expectation, e) => {
      const where = `${at}/expectations/${e}`;
      if (!competencyKeys.has(expectation.competencyKey)) {
        add(
          'UNKNOWN_COMPETENCY',
          `${where}/competencyKey`,
          `Level "${level.key}" expects competency "${expectation.competencyKey}", which the ladder does not define.`,
        );
      }
      if (expected.has(expectation.competencyKey)) {
        add('DUPLICATE_KEY', `${where}/competencyKey`, `Level "${level.key}" lists competency "${expectation.competencyKey}" more than once.`);
      }
      expected.add(expectation.competencyKey);
      const p: number = expectation.proficiency;
      if (!Number.isInteger(p) || p < 1 || p > 5) {
        add(
          'PROFICIENCY_OUT_OF_RANGE',
          `${where}/proficiency`,
          `Level "${level.key}" expects "${expectation.competencyKey}" at ${p}; proficiency is a whole number from 1 to 5.`,
        );
      }
    });
  });

  const validMoves: Move[] = [];
  const movePairs = new Map<string, number>();
  definition.moves.forEach((move, i) => {
    const at = `moves/${i}`;
    const name = `${move.kind === 'PROMOTION' ? 'Promotion' : 'Lateral move'} "${move.fromLevelKey}" → "${move.toLevelKey}"`;
    let known = true;
    for (const [field, key] of [
      ['fromLevelKey', move.fromLevelKey],
      ['toLevelKey', move.toLevelKey],
    ] as const) {
      if (!levelKeys.has(key)) {
        add('UNKNOWN_LEVEL', `${at}/${field}`, `${name} names level "${key}", which the ladder does not define.`);
        known = false;
      }
    }
    move.requiredCertifications.forEach((certification, c) => {
      if (certification.trim() === '') {
        add('MISSING_TEXT', `${at}/requiredCertifications/${c}`, `${name} requires a certification with no name.`);
        return;
      }
      const problem = singleLineProblem(`${name}: the name of certification ${c + 1}`, certification);
      const lineProblem = singleLineFault(certification);
      if (problem && lineProblem) add('NOT_SINGLE_LINE', `${at}/requiredCertifications/${c}`, `${problem}.`, { lineProblem });
    });
    if (move.fromLevelKey === move.toLevelKey) {
      add('SELF_MOVE', at, `A move from level "${move.fromLevelKey}" to itself is not a move.`);
      return;
    }
    const pair = `${move.fromLevelKey}\u0000${move.toLevelKey}`;
    const first = movePairs.get(pair);
    if (first !== undefined) {
      add('DUPLICATE_MOVE', at, `The move "${move.fromLevelKey}" → "${move.toLevelKey}" is listed twice (first at moves/${first}).`);
      return;
    }
    movePairs.set(pair, i);
    if (known) validMoves.push(move);
  });

  for (const cycle of promotionCycles(validMoves)) {
    const firstMove = movePairs.get(`${cycle[0]}\u0000${cycle[1]}`)!;
    add(
      'PROMOTION_CYCLE',
      `moves/${firstMove}`,
      `Promotions form a cycle: ${cycle.map((key) => `"${key}"`).join(' → ')}; a promotion path must never lead back to a level.`,
      { cycle },
    );
  }

  const entryLevels = definition.levels.filter((level) => level.entry).map((level) => level.key);
  if (entryLevels.length === 0) {
    add('NO_ENTRY_LEVEL', 'levels', 'No level is marked as an entry level; people need at least one level to start the ladder at.');
  } else {
    const reached = reachableFrom(entryLevels, validMoves);
    const reported = new Set<string>();
    definition.levels.forEach((level, i) => {
      if (reached.has(level.key) || reported.has(level.key)) return;
      reported.add(level.key);
      add(
        'UNREACHABLE_LEVEL',
        `levels/${i}`,
        `Level "${level.key}" cannot be reached from any entry level (${entryLevels.map((key) => `"${key}"`).join(', ')}) through the allowed moves.`,
      );
    });
  }

  return issues;
}

type AddIssue = (code: LadderIssueCode, path: string, message: string, params?: LadderIssueParams) => void;

function checkKeys(items: readonly { readonly key: string }[], section: string, noun: string, add: AddIssue): Set<string> {
  const keys = new Set<string>();
  items.forEach((item, i) => {
    if (!LADDER_KEY_PATTERN.test(item.key)) {
      add(
        'INVALID_KEY',
        `${section}/${i}/key`,
        `${noun} key "${item.key}" is not a lower-case slug (letters a–z, digits and single hyphens, e.g. "agent-1").`,
      );
    }
    if (keys.has(item.key)) {
      add('DUPLICATE_KEY', `${section}/${i}/key`, `${noun} key "${item.key}" is used more than once.`);
    }
    keys.add(item.key);
  });
  return keys;
}

/** `singleLine`: the label of a name, which must be one line in every language (descriptions and anchors may span lines). */
function checkText(text: LocalizedString, path: string, subject: string, add: AddIssue, singleLine?: string): void {
  for (const locale of LOCALES) {
    const value = (text as Partial<LocalizedString>)[locale];
    if (typeof value !== 'string' || value.trim() === '') {
      add('MISSING_TEXT', `${path}/${locale}`, `${subject} in ${locale}.`);
      continue;
    }
    const problem = singleLine ? singleLineProblem(`${singleLine} in ${locale}`, value) : null;
    const lineProblem = singleLineFault(value);
    if (problem && lineProblem) add('NOT_SINGLE_LINE', `${path}/${locale}`, `${problem}.`, { lineProblem });
  }
}

function reachableFrom(starts: readonly string[], moves: readonly Move[]): Set<string> {
  const next = adjacency(moves);
  const reached = new Set<string>(starts);
  const queue = [...starts];
  for (let head = 0; head < queue.length; head++) {
    for (const to of next.get(queue[head]!) ?? []) {
      if (!reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  return reached;
}

function adjacency(moves: readonly Move[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const move of moves) {
    const list = next.get(move.fromLevelKey);
    if (list) list.push(move.toLevelKey);
    else next.set(move.fromLevelKey, [move.toLevelKey]);
  }
  for (const list of next.values()) list.sort(compareKeys);
  return next;
}

/**
 * One cycle per strongly connected group of promotions (Tarjan), written as the keys in move order
 * starting and ending at the group's first key: the shortest way back found by breadth-first search.
 */
export function promotionCycles(moves: readonly Move[]): string[][] {
  const next = adjacency(moves.filter((move) => move.kind === 'PROMOTION'));
  const nodes = [...new Set([...next.keys(), ...[...next.values()].flat()])].sort(compareKeys);

  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  // Iterative Tarjan: a ladder is small, but a recursive walk must not depend on its size.
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; edge: number }[] = [{ node: root, edge: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = next.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const to = edges[frame.edge++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1) components.push(component.sort(compareKeys));
      }
    }
  }

  return components
    .map((component) => shortestCycleThrough(component[0]!, new Set(component), next))
    .sort((a, b) => compareKeys(a[0]!, b[0]!));
}

function shortestCycleThrough(start: string, members: ReadonlySet<string>, next: ReadonlyMap<string, readonly string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head]!;
    for (const to of next.get(at) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const cycle = [start];
        for (let node = at; node !== start; node = cameFrom.get(node)!) cycle.splice(1, 0, node);
        cycle.push(start);
        return cycle;
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, at);
        queue.push(to);
      }
    }
  }
  // Unreachable for a strongly connected component of two or more levels.
  return [start, start];
}
