import { findItem, type InstrumentDefinition, type InstrumentItem } from '../instrument';
import { INSTRUMENT_LIBRARY } from '../instruments/library';
import { CBI_V1 } from '../instruments/cbi';
import { validateAnswers, type AnswerProblem, type SubmittedAnswer } from '../answer-validation';
import { scoreCbiScale, cbiBand } from '../scoring/cbi';
import { scoreWho5 } from '../scoring/who5';
import { scoreOlbiSubscale } from '../scoring/olbi';
import { scoreSingleItemBurnout } from '../scoring/single-item-burnout';
import { scoreLikertItems } from '../scoring/likert';
import type { LikertInstrument } from '../instruments/likert';
import { roundScore } from '../rounding';

/**
 * What a pulse reports per group (SPEC §4.4). Each measure is one number per respondent; group
 * figures are means and band shares of those numbers.
 * - `cbi.personal|work|customer`: scale score 0–100 (bands low/moderate/high/severe)
 * - `who5`: percentage 0–100 (bands likely-depression ≤ 28 / poor < 50 / good)
 * - `olbi.exhaustion|disengagement`: subscale mean 1–4
 * - `enps`: the 0–10 answer (bands detractor 0–6 / passive / promoter 9–10; group eNPS from shares)
 * - `single-item-burnout`: level 1–5 (bands burnout ≥ 3 / no-burnout)
 * - `likert:<item id>`: the HR-authored item's answer
 */
export type MeasureId = string;

export const BUILT_IN_MEASURES = [
  'cbi.personal',
  'cbi.work',
  'cbi.customer',
  'who5',
  'olbi.exhaustion',
  'olbi.disengagement',
  'enps',
  'single-item-burnout',
] as const;

/** Measures where a higher number means more burnout (alerts watch these rising). */
export const BURNOUT_MEASURES: readonly MeasureId[] = ['cbi.personal', 'cbi.work', 'cbi.customer', 'olbi.exhaustion', 'olbi.disengagement', 'single-item-burnout'];

export type PulseItem = { readonly instrument: InstrumentDefinition; readonly item: InstrumentItem };

/** Finds an item of the library (latest versions) or of the organisation's own Likert instruments. */
export function findPulseItem(itemId: string, custom: readonly InstrumentDefinition[] = []): PulseItem | undefined {
  for (const instrument of [...custom, ...latestVersions()]) {
    const item = findItem(instrument, itemId);
    if (item) return { instrument, item };
  }
  return undefined;
}

function latestVersions(): InstrumentDefinition[] {
  const latest = new Map<string, InstrumentDefinition>();
  for (const i of INSTRUMENT_LIBRARY) if ((latest.get(i.id)?.version ?? -1) < i.version) latest.set(i.id, i);
  return [...latest.values()];
}

export type PulseValidation = { ok: true; value: Record<string, number> } | { ok: false; errors: AnswerProblem[] };

/**
 * Checks a whole pulse submission: every answer must be to an item asked in this wave and on that
 * item's scale. Items may be left unanswered (each instrument's missing-item rule applies), but a
 * submission must answer at least one.
 */
export function validatePulseSubmission(askedItemIds: readonly string[], answers: readonly SubmittedAnswer[], custom: readonly InstrumentDefinition[] = []): PulseValidation {
  if (answers.length === 0) return { ok: false, errors: [{ code: 'NO_ANSWERS', message: 'The submission contains no answers.' }] };
  const byInstrument = new Map<InstrumentDefinition, SubmittedAnswer[]>();
  const errors: AnswerProblem[] = [];
  for (const a of answers) {
    const found = typeof a.itemId === 'string' ? findPulseItem(a.itemId, custom) : undefined;
    if (!found) {
      errors.push({ code: 'UNKNOWN_ITEM', itemId: a.itemId, message: `Item "${a.itemId}": no instrument has such an item.` });
      continue;
    }
    byInstrument.set(found.instrument, [...(byInstrument.get(found.instrument) ?? []), a]);
  }
  const value: Record<string, number> = {};
  for (const [instrument, list] of byInstrument) {
    const r = validateAnswers(instrument, list, { askedItemIds: askedItemIds });
    if (r.ok) Object.assign(value, r.value);
    else errors.push(...r.errors);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/**
 * One respondent's measures from validated answers. Scales below their missing-item rule are absent
 * (not zero). Values are unrounded so group means are exact; round only when reporting.
 */
export function scorePulseResponse(answers: Readonly<Record<string, number>>, custom: readonly LikertInstrument[] = []): Record<MeasureId, number> {
  const out: Record<MeasureId, number> = {};
  const has = (prefix: string) => Object.keys(answers).some((id) => id.startsWith(prefix));
  for (const scale of ['personal', 'work', 'customer'] as const) {
    if (!has(`cbi.${scale}.`)) continue;
    const s = scoreCbiScale(scale, answers);
    if (s.status === 'scored') out[`cbi.${scale}`] = s.exactScore;
  }
  if (has('who5.')) {
    const s = scoreWho5(answers);
    if (s.status === 'scored') out.who5 = s.percentage;
  }
  for (const sub of ['exhaustion', 'disengagement'] as const) {
    if (!has(`olbi.${sub}.`)) continue;
    const s = scoreOlbiSubscale(sub, answers);
    if (s.status === 'scored') out[`olbi.${sub}`] = s.exactScore;
  }
  if (answers['enps.recommend'] !== undefined) out.enps = answers['enps.recommend'];
  if (has('single-item-burnout.')) {
    const s = scoreSingleItemBurnout(answers);
    if (s.status === 'scored') out['single-item-burnout'] = s.level;
  }
  for (const instrument of custom) {
    for (const s of scoreLikertItems(instrument, answers)) if (s.status === 'scored') out[`likert:${s.itemId}`] = s.value;
  }
  return out;
}

/** The band a respondent's measure falls in, for band shares; undefined for unbanded measures. */
export function measureBand(measure: MeasureId, value: number): string | undefined {
  if (measure.startsWith('cbi.')) return cbiBand(value, CBI_V1);
  if (measure === 'who5') return value <= 28 ? 'likely-depression' : value < 50 ? 'poor' : 'good';
  if (measure === 'enps') return value >= 9 ? 'promoter' : value <= 6 ? 'detractor' : 'passive';
  if (measure === 'single-item-burnout') return value >= 3 ? 'burnout' : 'no-burnout';
  return undefined;
}

/** Sufficient statistics of one measure in one group: enough for means, shares and noise. */
export type MeasureAggregate = { n: number; sum: number; sumSq: number; bands?: Record<string, number> };

export function aggregateMeasure(measure: MeasureId, values: readonly number[]): MeasureAggregate {
  const agg: MeasureAggregate = { n: 0, sum: 0, sumSq: 0 };
  for (const v of values) addToAggregate(agg, measure, v);
  return agg;
}

/** Adds one respondent's value to a running aggregate (rollups add responses one at a time). */
export function addToAggregate(agg: MeasureAggregate, measure: MeasureId, value: number): void {
  agg.n++;
  agg.sum += value;
  agg.sumSq += value * value;
  const band = measureBand(measure, value);
  if (band !== undefined) (agg.bands ??= {})[band] = (agg.bands[band] ?? 0) + 1;
}

export type MeasureSummary = {
  readonly measure: MeasureId;
  readonly respondents: number;
  /** Mean of the respondents' values, two decimals; for eNPS the group eNPS (−100…+100). */
  readonly value: number;
  /** Share (0–1) of respondents per band, when the measure has bands. */
  readonly bandShares: Readonly<Record<string, number>>;
};

/** The reported figures of a group's aggregate. Callers must have checked the group may be shown. */
export function summariseMeasure(measure: MeasureId, agg: MeasureAggregate): MeasureSummary | null {
  if (agg.n === 0) return null;
  const bandShares: Record<string, number> = {};
  for (const [band, count] of Object.entries(agg.bands ?? {})) bandShares[band] = count / agg.n;
  const value = measure === 'enps' ? ((bandShares.promoter ?? 0) - (bandShares.detractor ?? 0)) * 100 : agg.sum / agg.n;
  return { measure, respondents: agg.n, value: roundScore(value), bandShares };
}

/**
 * Whether a change between two waves is larger than that group size's noise: a two-sided Welch
 * test at 95 % on the respondents' values (for eNPS, on promoter = +100, detractor = −100 scores,
 * which have the same mean as the eNPS). Small groups need large moves to be flagged.
 */
export function changeExceedsNoise(measure: MeasureId, before: MeasureAggregate, after: MeasureAggregate): boolean {
  const [a, b] = measure === 'enps' ? [enpsMoments(before), enpsMoments(after)] : [before, after];
  if (a.n < 2 || b.n < 2) return false;
  const mean = (m: MeasureAggregate) => m.sum / m.n;
  const variance = (m: MeasureAggregate) => Math.max(0, (m.sumSq - (m.sum * m.sum) / m.n) / (m.n - 1));
  const se = Math.sqrt(variance(a) / a.n + variance(b) / b.n);
  const diff = mean(b) - mean(a);
  if (se === 0) return diff !== 0;
  return Math.abs(diff) / se > 1.96;
}

function enpsMoments(m: MeasureAggregate): MeasureAggregate {
  const p = m.bands?.promoter ?? 0;
  const d = m.bands?.detractor ?? 0;
  return { n: m.n, sum: 100 * (p - d), sumSq: 10_000 * (p + d) };
}

export const TENURE_BANDS = ['MONTHS_0_6', 'MONTHS_6_12', 'YEARS_1_2', 'YEARS_2_PLUS'] as const;
export type TenureBand = (typeof TENURE_BANDS)[number];

/** Whole months from a hire date to a day (ISO dates), counting a month only once its day is reached. */
function monthsOfTenure(hireDate: string, on: string): number {
  const [hy, hm, hd] = hireDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return (y - hy) * 12 + (m - hm) - (d < hd ? 1 : 0);
}

/** Months of tenure at which each band starts, youngest first. */
const TENURE_BAND_STARTS: ReadonlyArray<readonly [TenureBand, number]> = [
  ['MONTHS_0_6', -Infinity],
  ['MONTHS_6_12', 6],
  ['YEARS_1_2', 12],
  ['YEARS_2_PLUS', 24],
];

/** Tenure band on a day (ISO dates): under 6 months, 6–12 months, 1–2 years, 2 years or more. */
export function tenureBand(hireDate: string, on: string): TenureBand {
  const months = monthsOfTenure(hireDate, on);
  return TENURE_BAND_STARTS.reduce((band, [b, from]) => (months >= from ? b : band), TENURE_BAND_STARTS[0][0]);
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The same rule as cut-offs for one day, for a database to apply in the statement that stores a
 * response: a hire date is in the first band (youngest first) whose `hiredAfter` it is later than
 * (null: any date). Derived from tenureBand itself, so the two cannot disagree (property-tested).
 */
export function tenureBandCutOffs(on: string): Array<{ band: TenureBand; hiredAfter: string | null }> {
  const onMs = Date.parse(`${on}T00:00:00Z`);
  const cutOffs = TENURE_BAND_STARTS.slice(1).map(([, from]) => {
    // The latest hire date with at least `from` months of tenure: start near `from` months back and step to it.
    let ms = onMs - Math.round(from * 30.436875) * 86_400_000;
    while (monthsOfTenure(isoDay(ms), on) < from) ms -= 86_400_000;
    while (monthsOfTenure(isoDay(ms + 86_400_000), on) >= from) ms += 86_400_000;
    return isoDay(ms);
  });
  return TENURE_BAND_STARTS.map(([band], i) => ({ band, hiredAfter: i < cutOffs.length ? cutOffs[i] : null }));
}

/** Whether participation fell by more than the noise of the group sizes (two-proportion z-test, 95 %). */
export function participationFellBeyondNoise(before: { invited: number; respondents: number }, after: { invited: number; respondents: number }): boolean {
  if (before.invited === 0 || after.invited === 0) return false;
  const p1 = before.respondents / before.invited;
  const p2 = after.respondents / after.invited;
  const pooled = (before.respondents + after.respondents) / (before.invited + after.invited);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / before.invited + 1 / after.invited));
  if (se === 0) return p2 < p1;
  return (p1 - p2) / se > 1.96;
}
