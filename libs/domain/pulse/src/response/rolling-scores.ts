import type { LikertInstrument } from '../instruments/likert';
import { scaleOf } from '../program/rotation';
import { measureBand, scorePulseResponse, type MeasureAggregate, type MeasureId } from './measures';
import { measureIsReportable, rollupWave, type RollupCell, type RollupInvitations, type RollupResponse, type SnapshotGroup } from './rollup-cells';

/**
 * Scale scores under item rotation (ADR 0011). A wave asks only some items of a scale, and items
 * differ in mean, so a score from one wave's answers alone moves with the item subset. Instead a
 * respondent's score in a wave is taken, with the instrument's own rules, from their latest answer
 * to each item within the last rotation cycle (this wave and the cycle − 1 before it), as Workday
 * Peakon does for driver scores; an item they skipped this cycle keeps their answer from the cycle
 * before. Every cycle covers every item, so each wave's score covers the whole scale.
 *
 * A scale is scored for a respondent only when this wave gave it a fresh answer: a wave that did
 * not ask the scale would otherwise repeat the continuing respondents' scores unchanged, and
 * subtracting two such waves would leave exactly the people who joined or left.
 *
 * Consecutive rolling scores share answers, so a change is judged per person on disjoint answers:
 * the same person's latest answers to the same items in this cycle against each of the two cycles
 * before (`changes`, paired). A group flag is a paired t-test on those differences (changeBeyondNoise).
 */

/** One person's answers to one wave of a program: 0 = the wave being scored, 1 = the one before, … */
export type WaveAnswers = { readonly wavesAgo: number; readonly answers: Readonly<Record<string, number>> };

export type RollingScores = {
  /** Measure → score over the current cycle's latest answers (only measures this wave asked). */
  readonly scores: Record<MeasureId, number>;
  /**
   * Measure → this cycle's score minus an earlier cycle's on the items answered in both, averaged
   * over the BASELINE_CYCLES cycles before (for eNPS in promoter points: +100 / 0 / −100); absent
   * when no earlier cycle has enough items in common to score.
   */
  readonly changes: Record<MeasureId, number>;
};

/** Scores of answer sets seen before, keyed by the answers; share one per recomputation. */
export type ScoreCache = Map<string, Readonly<Record<MeasureId, number>>>;

export function rollingScaleScores(
  history: readonly WaveAnswers[],
  cycleLength: number,
  options: { custom?: readonly LikertInstrument[]; cache?: ScoreCache } = {},
): RollingScores {
  if (!Number.isInteger(cycleLength) || cycleLength < 1) throw new RangeError('cycleLength must be a positive integer');
  const custom = options.custom ?? [];
  const c = cycleLength;
  const score = (answers: Readonly<Record<string, number>>) => cachedScore(answers, custom, options.cache);
  const current = latestAnswers(history, 0, c - 1);
  const earlier = Array.from({ length: BASELINE_CYCLES }, (_, j) => latestAnswers(history, (j + 1) * c, (j + 2) * c - 1));
  const fresh = new Set<MeasureId>();
  for (const h of history) if (h.wavesAgo === 0) for (const id of Object.keys(h.answers)) fresh.add(measureOf(id, custom));

  // An item the person skipped this cycle keeps their answer from the cycle before, so that a
  // missed wave does not leave their score on the other waves' items (and their item means).
  const all = score(sortedById({ ...earlier[0], ...current }));
  const scores: Record<MeasureId, number> = {};
  const changes: Record<MeasureId, number> = {};
  for (const m of Object.keys(all)) {
    if (!fresh.has(m)) continue;
    scores[m] = all[m];
    // Against each earlier cycle on the items answered in both; the mean of those differences.
    const diffs: number[] = [];
    for (const then of earlier) {
      const a: Record<string, number> = {};
      const b: Record<string, number> = {};
      for (const id of Object.keys(current)) {
        if (then[id] === undefined || measureOf(id, custom) !== m) continue;
        a[id] = current[id];
        b[id] = then[id];
      }
      const x = score(a)[m];
      const y = score(b)[m];
      if (x !== undefined && y !== undefined) diffs.push(m === 'enps' ? promoterPoints(x) - promoterPoints(y) : x - y);
    }
    if (diffs.length) changes[m] = diffs.reduce((s, d) => s + d, 0) / diffs.length;
  }
  return { scores, changes };
}

/**
 * Earlier cycles a change is measured against. Two rather than one: a baseline of twice the
 * answers makes each person's change less noisy (variance 1.5σ² instead of 2σ²), which a team of
 * 12 needs to see a 10-point rise within three waves (ADR 0011).
 */
export const BASELINE_CYCLES = 2;

/** How many waves before the scored one rollingScaleScores reads: this cycle's and the baseline cycles'. */
export function rollingLookback(cycleLength: number): number {
  return (BASELINE_CYCLES + 1) * cycleLength - 1;
}

function sortedById(answers: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of Object.keys(answers).sort()) out[id] = answers[id];
  return out;
}

/** Latest answer to each item among the waves `from`…`to` waves ago, in item order (stable cache keys). */
function latestAnswers(history: readonly WaveAnswers[], from: number, to: number): Record<string, number> {
  const found = new Map<string, { ago: number; value: number }>();
  for (const h of history) {
    if (h.wavesAgo < from || h.wavesAgo > to) continue;
    for (const [id, value] of Object.entries(h.answers)) {
      const seen = found.get(id);
      if (!seen || h.wavesAgo < seen.ago) found.set(id, { ago: h.wavesAgo, value });
    }
  }
  const out: Record<string, number> = {};
  for (const id of [...found.keys()].sort()) out[id] = found.get(id)!.value;
  return out;
}

const builtInMeasureOf = new Map<string, MeasureId>();
function measureOf(itemId: string, custom: readonly LikertInstrument[]): MeasureId {
  if (custom.length) return scaleOf(itemId, custom);
  let m = builtInMeasureOf.get(itemId);
  if (m === undefined) builtInMeasureOf.set(itemId, (m = scaleOf(itemId)));
  return m;
}

function cachedScore(answers: Readonly<Record<string, number>>, custom: readonly LikertInstrument[], cache: ScoreCache | undefined): Readonly<Record<MeasureId, number>> {
  if (!cache) return scorePulseResponse(answers, custom);
  let key = '';
  for (const id in answers) key += `${id}=${answers[id]};`;
  let scores = cache.get(key);
  if (scores === undefined) cache.set(key, (scores = scorePulseResponse(answers, custom)));
  return scores;
}

/** An eNPS answer as its contribution to the group eNPS: promoter +100, detractor −100, passive 0. */
function promoterPoints(answer: number): number {
  const band = measureBand('enps', answer);
  return band === 'promoter' ? 100 : band === 'detractor' ? -100 : 0;
}

/**
 * Measures whose per-person change rides through rollupWave next to the scores, so change sums
 * are aggregated over exactly the same cells and suppression as the figures. Never stored under
 * this name: foldChangeMeasures moves them into their measure's aggregate.
 */
export const CHANGE_PREFIX = 'change:';

/** A measure's aggregate as stored with its paired change (ADR 0011). */
export type MeasureAggregateWithChange = MeasureAggregate & { change?: MeasureAggregate; shown?: boolean; hiddenReason?: string | null; bandsShown?: boolean };

/** A respondent of the wave: their snapshot groups in this wave and their answers to the program's recent waves. */
export type RespondentHistory = SnapshotGroup & { readonly hasComment: boolean; readonly history: readonly WaveAnswers[] };

/** The wave's responses for rollupWave, scored by rollingScaleScores, each change as a `change:<measure>` score. */
export function rollingRollupResponses(respondents: Iterable<RespondentHistory>, cycleLength: number, custom: readonly LikertInstrument[] = []): RollupResponse[] {
  const cache: ScoreCache = new Map();
  const out: RollupResponse[] = [];
  for (const r of respondents) {
    const { scores, changes } = rollingScaleScores(r.history, cycleLength, { custom, cache });
    const all: Record<string, number> = { ...scores };
    for (const [m, d] of Object.entries(changes)) all[CHANGE_PREFIX + m] = d;
    out.push({ teamIds: r.teamIds, workMode: r.workMode, tenureBand: r.tenureBand, hasComment: r.hasComment, scores: all });
  }
  return out;
}

/** Moves each cell's `change:<measure>` aggregate into `<measure>.change` (in place) and returns the cells. */
export function foldChangeMeasures(cells: RollupCell[]): RollupCell[] {
  for (const cell of cells) {
    const measures = cell.measures as Record<string, MeasureAggregateWithChange>;
    for (const key of Object.keys(measures)) {
      if (!key.startsWith(CHANGE_PREFIX)) continue;
      const base = measures[key.slice(CHANGE_PREFIX.length)];
      if (base) base.change = measures[key];
      delete measures[key];
    }
  }
  return cells;
}

/**
 * A wave's cells from its respondents' recent answers: rolling scores and changes aggregated and
 * suppressed by rollupWave like any measure, each change then folded into its measure.
 */
export function rollupRollingWave(k: number, respondents: Iterable<RespondentHistory>, invitations: Iterable<RollupInvitations>, cycleLength: number): RollupCell[] {
  // Changes leave the database only as UP / DOWN flags: no linear figure to protect of their own.
  return foldChangeMeasures(rollupWave(k, rollingRollupResponses(respondents, cycleLength), invitations, { flagOnly: (m) => m.startsWith(CHANGE_PREFIX) }));
}

/**
 * Whether a group's paired change (this cycle against the previous one, same people and items) is
 * beyond the noise of its size: a two-sided paired t-test at 95 %. Only for a change aggregate
 * that may itself be reported (≥ k people answered in both cycles). 'UP' means the measure rose.
 */
export function changeBeyondNoise(change: MeasureAggregate | undefined, k: number): 'UP' | 'DOWN' | null {
  if (!measureIsReportable(change, k) || change.n < 2) return null;
  const mean = change.sum / change.n;
  if (Math.abs(mean) < 1e-9) return null;
  const variance = Math.max(0, (change.sumSq - (change.sum * change.sum) / change.n) / (change.n - 1));
  const se = Math.sqrt(variance / change.n);
  const beyond = se < 1e-9 || Math.abs(mean) / se > tCritical95(change.n - 1);
  return beyond ? (mean > 0 ? 'UP' : 'DOWN') : null;
}

/** Two-sided 95 % critical values of Student's t for 1…30 degrees of freedom. */
const T95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074,
  2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** Student's t at 97.5 %: the table, then the Cornish–Fisher expansion (error < 0.001 from 30 df). */
export function tCritical95(df: number): number {
  if (df < 1) return Infinity;
  if (df <= 30) return T95[Math.floor(df) - 1];
  const z = 1.959964;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
}
