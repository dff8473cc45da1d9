import { changeExceedsNoise, participationFellBeyondNoise, type MeasureAggregate, type MeasureId } from '../response/measures';
import { roundScore } from '../rounding';
import { measureScale } from './measure-scale';

/** One closed wave of one team, as a reader may see it. */
export type AttentionWave = {
  /** The burnout measure's aggregate when the cell is shown and the measure reportable; null when hidden or not asked. */
  readonly burnout: MeasureAggregate | null;
  /** Invited and respondents when the cell is shown; null when hidden. */
  readonly participation: { readonly invited: number; readonly respondents: number } | null;
};

export type AttentionReason = 'BURNOUT_RISING' | 'PARTICIPATION_FALLING';

export type AttentionAssessment = {
  /** Mean of the earlier and of the recent waves (two decimals), rise = recent − earlier; null without shown waves on both sides. */
  readonly burnout: { readonly earlier: number; readonly recent: number; readonly rise: number; readonly beyondNoise: boolean } | null;
  /** Share 0–1 of the invited who answered, earlier and recent; null without shown waves on both sides. */
  readonly participation: { readonly earlier: number; readonly recent: number; readonly beyondNoise: boolean } | null;
  readonly reasons: readonly AttentionReason[];
};

/** The latest waves, compared with the ones before them. */
export const RECENT_WAVES = 4;
/** A rise of a tenth of the measure's scale is listed even when the group is too small for it to exceed its noise. */
export const MATERIAL_RISE_SHARE = 0.1;

/**
 * Sums waves into one aggregate with the size of an average wave. The same people answer every
 * wave, so counting each wave's respondents again would overstate how sure the comparison is.
 */
function poolAsOneWave(aggs: readonly MeasureAggregate[]): MeasureAggregate | null {
  if (aggs.length === 0) return null;
  const w = aggs.length;
  return {
    n: aggs.reduce((s, a) => s + a.n, 0) / w,
    sum: aggs.reduce((s, a) => s + a.sum, 0) / w,
    sumSq: aggs.reduce((s, a) => s + a.sumSq, 0) / w,
  };
}

/**
 * Whether a team needs attention: its burnout measure in the latest RECENT_WAVES waves against the
 * waves before (oldest first), and its participation likewise. Hidden waves are skipped, never
 * guessed; a side with no shown wave gives no comparison.
 */
export function assessAttention(measure: MeasureId, waves: readonly AttentionWave[], recentWaves = RECENT_WAVES): AttentionAssessment {
  const split = Math.max(0, waves.length - recentWaves);
  const earlier = waves.slice(0, split);
  const recent = waves.slice(split);
  const reasons: AttentionReason[] = [];

  let burnout: AttentionAssessment['burnout'] = null;
  const before = poolAsOneWave(earlier.flatMap((w) => (w.burnout && w.burnout.n > 0 ? [w.burnout] : [])));
  const after = poolAsOneWave(recent.flatMap((w) => (w.burnout && w.burnout.n > 0 ? [w.burnout] : [])));
  if (before && after) {
    const e = before.sum / before.n;
    const r = after.sum / after.n;
    const beyondNoise = changeExceedsNoise(measure, before, after);
    burnout = { earlier: roundScore(e), recent: roundScore(r), rise: roundScore(r - e), beyondNoise };
    const scale = measureScale(measure);
    const material = scale !== null && r - e >= MATERIAL_RISE_SHARE * (scale.max - scale.min);
    if (r > e && (beyondNoise || material)) reasons.push('BURNOUT_RISING');
  }

  let participation: AttentionAssessment['participation'] = null;
  const pool = (ws: readonly AttentionWave[]) => {
    const shown = ws.flatMap((w) => (w.participation && w.participation.invited > 0 ? [w.participation] : []));
    if (shown.length === 0) return null;
    return { invited: shown.reduce((s, p) => s + p.invited, 0) / shown.length, respondents: shown.reduce((s, p) => s + p.respondents, 0) / shown.length };
  };
  const pBefore = pool(earlier);
  const pAfter = pool(recent);
  if (pBefore && pAfter) {
    const beyondNoise = participationFellBeyondNoise(pBefore, pAfter);
    participation = { earlier: round3(pBefore.respondents / pBefore.invited), recent: round3(pAfter.respondents / pAfter.invited), beyondNoise };
    if (beyondNoise) reasons.push('PARTICIPATION_FALLING');
  }
  return { burnout, participation, reasons };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export type AttentionCandidate = {
  readonly teamId: string;
  readonly path: string;
  /** Every team above this one, nearest first. */
  readonly ancestorIds: readonly string[];
  readonly assessment: AttentionAssessment;
};

/** 0: burnout rising beyond noise; 1: burnout rising by a material amount; 2: participation falling only. */
function tierOf(a: AttentionAssessment): number {
  if (a.reasons.includes('BURNOUT_RISING')) return a.burnout!.beyondNoise ? 0 : 1;
  return 2;
}

/** Both listed for burnout, or both for participation only (a larger group can pass the noise test on a smaller move). */
const sameKind = (a: AttentionAssessment, b: AttentionAssessment) => (tierOf(a) < 2) === (tierOf(b) < 2);

/** How far the team moved on its tier's measure, as a share of the measure's scale. */
function magnitude(measure: MeasureId, a: AttentionAssessment): number {
  if (tierOf(a) < 2) {
    const scale = measureScale(measure);
    return a.burnout!.rise / (scale ? scale.max - scale.min : 1);
  }
  return a.participation!.earlier - a.participation!.recent;
}

/**
 * The teams to look at first: only teams with a reason; burnout rising beyond noise first, then a
 * material rise, then falling participation, each by the size of the move (then by path). A team
 * is left out when a team below it is listed for the same reason with a move at least as large:
 * that team explains it (a parent with one sub-team shows the very same change).
 */
export function rankAttention<T extends AttentionCandidate>(measure: MeasureId, candidates: readonly T[]): T[] {
  const listed = candidates.filter((c) => c.assessment.reasons.length > 0);
  const explained = (c: T) =>
    listed.some(
      (d) => d !== c && d.ancestorIds.includes(c.teamId) && sameKind(d.assessment, c.assessment) && magnitude(measure, d.assessment) >= magnitude(measure, c.assessment),
    );
  return listed
    .filter((c) => !explained(c))
    .sort(
      (a, b) =>
        tierOf(a.assessment) - tierOf(b.assessment) ||
        magnitude(measure, b.assessment) - magnitude(measure, a.assessment) ||
        a.path.localeCompare(b.path),
    );
}
