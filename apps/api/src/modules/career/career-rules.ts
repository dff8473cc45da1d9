import { SUPPORT_LADDER, type LadderDefinition, type LadderIssue, type Level, type Move, type MoveKind } from '@pulse/domain-career';

/**
 * The seam between this module and the pure career rules of @pulse/domain-career, with the
 * domain's own signatures (compileLadder, validateLadder, careerPath, readiness, competencyStandings,
 * reachableLevels, nextPromotion, moveBetween). While the domain helper's branch had not landed
 * these are minimal stand-ins; after the merge this file only re-exports the domain's functions.
 */

export type CompiledMove = { readonly move: Move; readonly toIndex: number };
export type CompiledLadder = {
  readonly kind: 'compiled-ladder';
  readonly definition: LadderDefinition;
  readonly levels: readonly Level[];
  readonly levelIndex: ReadonlyMap<string, number>;
  readonly movesFrom: readonly (readonly CompiledMove[])[];
};
export type CurrentProficiency = { readonly competencyKey: string; readonly proficiency: number; readonly selfOnly: boolean };
export type ProficiencyInput = ReadonlyMap<string, CurrentProficiency>;
export type CompetencyStanding = { competencyKey: string; current: number; selfOnly: boolean; expected: number; gap: number };
export type ReadinessReason = { kind: 'COMPETENCY' | 'TIME_IN_LEVEL' | 'CERTIFICATION'; met: boolean; message: string };
export type Readiness = { percent: number; ready: boolean; reasons: ReadinessReason[] };
export type TrainingCatalog = { titlesFor(competencyKey: string): readonly string[] };
export const EMPTY_TRAINING_CATALOG: TrainingCatalog = { titlesFor: () => [] };
export type PathStep = {
  fromLevelKey: string;
  toLevelKey: string;
  kind: MoveKind;
  gaps: CompetencyStanding[];
  training: Array<{ competencyKey: string; title: string }>;
  missingCertifications: string[];
  monthsInLevelNeeded: number;
  readiness: Readiness;
};
export type CareerPathResult =
  | { status: 'FOUND'; targetLevelKey: string; steps: PathStep[]; totalGap: number }
  | { status: 'UNREACHABLE'; targetLevelKey: string; reason: string; message: string };

export function compileLadder(definition: LadderDefinition): CompiledLadder {
  const levelIndex = new Map(definition.levels.map((l, i) => [l.key, i]));
  const movesFrom: CompiledMove[][] = definition.levels.map(() => []);
  for (const move of definition.moves) {
    const from = levelIndex.get(move.fromLevelKey);
    const to = levelIndex.get(move.toLevelKey);
    if (from !== undefined && to !== undefined && from !== to) movesFrom[from].push({ move, toIndex: to });
  }
  for (const list of movesFrom) list.sort((a, b) => cmp(a.move.toLevelKey, b.move.toLevelKey));
  return { kind: 'compiled-ladder', definition, levels: definition.levels, levelIndex, movesFrom };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function levelOf(ladder: CompiledLadder, key: string): Level | undefined {
  const i = ladder.levelIndex.get(key);
  return i === undefined ? undefined : ladder.levels[i];
}

export function moveBetween(ladder: CompiledLadder, from: string, to: string): Move | undefined {
  const i = ladder.levelIndex.get(from);
  return i === undefined ? undefined : ladder.movesFrom[i].find((m) => m.move.toLevelKey === to)?.move;
}

export function validateLadder(definition: LadderDefinition): LadderIssue[] {
  const issues: LadderIssue[] = [];
  const competencies = new Set(definition.competencies.map((c) => c.key));
  const tracks = new Set(definition.tracks.map((t) => t.key));
  const levels = new Set(definition.levels.map((l) => l.key));
  definition.levels.forEach((l, i) => {
    if (!tracks.has(l.trackKey)) issues.push({ code: 'UNKNOWN_TRACK', path: `levels/${i}/trackKey`, message: `Level "${l.key}" is on an unknown track "${l.trackKey}".` });
    l.expectations.forEach((e, j) => {
      if (!competencies.has(e.competencyKey)) issues.push({ code: 'UNKNOWN_COMPETENCY', path: `levels/${i}/expectations/${j}`, message: `Level "${l.key}" expects an unknown competency "${e.competencyKey}".` });
    });
  });
  definition.moves.forEach((m, i) => {
    for (const k of [m.fromLevelKey, m.toLevelKey]) if (!levels.has(k)) issues.push({ code: 'UNKNOWN_LEVEL', path: `moves/${i}`, message: `A move names an unknown level "${k}".` });
  });
  if (!definition.levels.some((l) => l.entry)) issues.push({ code: 'NO_ENTRY_LEVEL', path: 'levels', message: 'No level is marked as an entry level.' });
  return issues;
}

export function competencyStandings(ladder: CompiledLadder, levelKey: string, proficiency: ProficiencyInput): CompetencyStanding[] {
  const level = levelOf(ladder, levelKey);
  return (level?.expectations ?? []).map((e) => {
    const p = proficiency.get(e.competencyKey);
    const current = p?.proficiency ?? 0;
    return { competencyKey: e.competencyKey, current, selfOnly: p?.selfOnly ?? false, expected: e.proficiency, gap: Math.max(0, e.proficiency - current) };
  });
}

function assess(ladder: CompiledLadder, from: Level, to: Level, required: readonly string[], proficiency: ProficiencyInput, months: number, held: ReadonlySet<string>): Readiness {
  const names = new Map(ladder.definition.competencies.map((c) => [c.key, c.name.en]));
  const reasons: ReadinessReason[] = [];
  let sum = 0;
  for (const s of competencyStandings(ladder, to.key, proficiency)) {
    sum += Math.min(1, s.current / s.expected);
    reasons.push({ kind: 'COMPETENCY', met: s.current >= s.expected, message: `${names.get(s.competencyKey) ?? s.competencyKey} ${s.current} of ${s.expected} expected` });
  }
  if (from.minMonthsInLevel > 0) {
    sum += Math.min(1, months / from.minMonthsInLevel);
    reasons.push({ kind: 'TIME_IN_LEVEL', met: months >= from.minMonthsInLevel, message: `${months} of ${from.minMonthsInLevel} months in level` });
  }
  for (const c of required) {
    const ok = held.has(c);
    sum += ok ? 1 : 0;
    reasons.push({ kind: 'CERTIFICATION', met: ok, message: ok ? `Certification '${c}' held` : `Certification '${c}' missing` });
  }
  const ready = reasons.every((r) => r.met);
  return { percent: reasons.length ? Math.min(ready ? 100 : 99, Math.round((100 * sum) / reasons.length)) : 100, ready, reasons: [...reasons.filter((r) => !r.met), ...reasons.filter((r) => r.met)] };
}

export function readiness(ladder: CompiledLadder, fromKey: string, toKey: string, proficiency: ProficiencyInput, monthsInLevel: number, certifications: ReadonlySet<string>): Readiness | null {
  const from = levelOf(ladder, fromKey);
  const to = levelOf(ladder, toKey);
  if (!from || !to) return null;
  return assess(ladder, from, to, moveBetween(ladder, fromKey, toKey)?.requiredCertifications ?? [], proficiency, monthsInLevel, certifications);
}

export function reachableLevels(ladder: CompiledLadder, fromLevelKey: string): string[] {
  const start = ladder.levelIndex.get(fromLevelKey);
  if (start === undefined) return [];
  const dist = new Map([[start, 0]]);
  const queue = [start];
  for (let h = 0; h < queue.length; h++) for (const m of ladder.movesFrom[queue[h]]) if (!dist.has(m.toIndex)) dist.set(m.toIndex, dist.get(queue[h])! + 1), queue.push(m.toIndex);
  return [...dist].filter(([, d]) => d > 0).sort((a, b) => a[1] - b[1] || cmp(ladder.levels[a[0]].key, ladder.levels[b[0]].key)).map(([i]) => ladder.levels[i].key);
}

export function nextPromotion(ladder: CompiledLadder, fromLevelKey: string): Move | null {
  const i = ladder.levelIndex.get(fromLevelKey);
  if (i === undefined) return null;
  const from = ladder.levels[i];
  const options = ladder.movesFrom[i].filter((m) => m.move.kind === 'PROMOTION').map((m) => ({ move: m.move, to: ladder.levels[m.toIndex] }));
  options.sort((a, b) => Number(b.to.trackKey === from.trackKey) - Number(a.to.trackKey === from.trackKey) || a.to.rank - b.to.rank || cmp(a.to.key, b.to.key));
  return options[0]?.move ?? null;
}

export function careerPath(
  ladder: CompiledLadder,
  fromLevelKey: string,
  targetLevelKey: string,
  proficiency: ProficiencyInput,
  monthsInLevel: number,
  certifications: ReadonlySet<string>,
  training: TrainingCatalog = EMPTY_TRAINING_CATALOG,
): CareerPathResult {
  const source = ladder.levelIndex.get(fromLevelKey);
  const target = ladder.levelIndex.get(targetLevelKey);
  if (source === undefined || target === undefined) return { status: 'UNREACHABLE', targetLevelKey, reason: 'UNKNOWN_LEVEL', message: 'Level not in this ladder.' };
  const gapOf = (i: number) => competencyStandings(ladder, ladder.levels[i].key, proficiency).reduce((s, x) => s + x.gap, 0);
  type Route = { moves: Move[]; gap: number; keys: string };
  let frontier = new Map<number, Route>([[source, { moves: [], gap: 0, keys: '' }]]);
  const visited = new Set([source]);
  while (frontier.size && !frontier.has(target)) {
    const next = new Map<number, Route>();
    for (const [at, route] of frontier) {
      for (const m of ladder.movesFrom[at]) {
        if (visited.has(m.toIndex)) continue;
        const cand = { moves: [...route.moves, m.move], gap: route.gap + gapOf(m.toIndex), keys: `${route.keys}/${m.move.toLevelKey}` };
        const seen = next.get(m.toIndex);
        if (!seen || cand.gap < seen.gap || (cand.gap === seen.gap && cand.keys < seen.keys)) next.set(m.toIndex, cand);
      }
    }
    for (const i of next.keys()) visited.add(i);
    frontier = next;
  }
  const found = frontier.get(target);
  if (!found) return { status: 'UNREACHABLE', targetLevelKey, reason: 'NO_ROUTE', message: `No allowed moves lead from "${fromLevelKey}" to "${targetLevelKey}".` };
  const steps = found.moves.map((m, i): PathStep => {
    const from = levelOf(ladder, m.fromLevelKey)!;
    const to = levelOf(ladder, m.toLevelKey)!;
    const gaps = competencyStandings(ladder, to.key, proficiency).filter((s) => s.gap > 0);
    return {
      fromLevelKey: m.fromLevelKey,
      toLevelKey: m.toLevelKey,
      kind: m.kind,
      gaps,
      training: gaps.flatMap(({ competencyKey }) => training.titlesFor(competencyKey).map((title) => ({ competencyKey, title }))),
      missingCertifications: m.requiredCertifications.filter((c) => !certifications.has(c)),
      monthsInLevelNeeded: i === 0 ? Math.max(0, from.minMonthsInLevel - monthsInLevel) : from.minMonthsInLevel,
      readiness: assess(ladder, from, to, m.requiredCertifications, proficiency, i === 0 ? monthsInLevel : from.minMonthsInLevel, certifications),
    };
  });
  return { status: 'FOUND', targetLevelKey, steps, totalGap: found.gap };
}

/** The support ladder HR's editor starts from (the content helper's SUPPORT_LADDER). */
export function ladderTemplate(): LadderDefinition {
  return SUPPORT_LADDER;
}

export type RiskInterval = { readonly personId: string; readonly from: string; readonly to: string | null };
export type PromotionEvent = { readonly personId: string; readonly effectiveDate: string };
export type PromotionEquityStats = {
  readonly people: number;
  readonly personYears: number;
  readonly promotions: number;
  readonly ratePerPersonYear: number | null;
  readonly rateLow: number | null;
  readonly rateHigh: number | null;
  readonly medianMonthsToPromotion: number | null;
  readonly medianLow: number | null;
  readonly medianHigh: number | null;
};

const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;

/** Stand-in for the domain's promotionEquityStats: counts and the rate only (intervals and medians come with the domain). */
export function promotionEquityStats(intervals: readonly RiskInterval[], promotions: readonly PromotionEvent[], window: { from: string; to: string }): PromotionEquityStats {
  const start = day(window.from);
  const end = day(window.to) + 1;
  const spans = new Map<string, { s: number; e: number }>();
  for (const i of intervals) {
    const s = Math.max(start, day(i.from));
    const e = Math.min(end, i.to ? day(i.to) : end);
    if (e > s) spans.set(i.personId, { s, e });
  }
  let days = 0;
  for (const x of spans.values()) days += x.e - x.s;
  const n = promotions.filter((p) => {
    const x = spans.get(p.personId);
    const d = day(p.effectiveDate);
    return x && d >= x.s && d < x.e;
  }).length;
  const personYears = days / 365.25;
  return { people: spans.size, personYears, promotions: n, ratePerPersonYear: personYears > 0 ? n / personYears : null, rateLow: null, rateHigh: null, medianMonthsToPromotion: null, medianLow: null, medianHigh: null };
}
