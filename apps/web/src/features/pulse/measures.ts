import type { TFunction } from 'i18next';
import type { Formatters } from '../../i18n/useFormat';

/** The built-in measures, in the order the pages list them. */
export const MEASURES = [
  'cbi.work',
  'cbi.personal',
  'cbi.customer',
  'who5',
  'olbi.exhaustion',
  'olbi.disengagement',
  'enps',
  'single-item-burnout',
] as const;
export type KnownMeasure = (typeof MEASURES)[number];

export const SERIES_KEYS = ['ALL', 'REMOTE', 'HYBRID', 'OFFICE'] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

export function isKnownMeasure(measure: string): measure is KnownMeasure {
  return (MEASURES as readonly string[]).includes(measure);
}

/** Translated name of a measure; an HR-authored `likert:<id>` item keeps its id. */
export function measureLabel(t: TFunction, measure: string): string {
  return isKnownMeasure(measure) ? t(`pulse.measure.${measure}`) : measure;
}

/** Translated band name (CBI, WHO-5, eNPS and single-item bands); unknown bands as sent. */
export function bandLabel(t: TFunction, band: string | null | undefined): string {
  if (!band) return '';
  const known = ['low', 'moderate', 'high', 'severe', 'likely-depression', 'poor', 'good', 'promoter', 'passive', 'detractor', 'burnout', 'no-burnout'] as const;
  const found = known.find((b) => b === band);
  return found ? t(`pulse.band.${found}`) : band;
}

/** A measure's value in its own scale: CBI/WHO-5 0–100, OLBI 1–4, eNPS signed, single item 1–5. */
export function formatMeasure(format: Formatters, measure: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return format.number(null);
  if (measure === 'enps') return format.number(value, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  if (measure.startsWith('olbi.')) return format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return format.number(value, { maximumFractionDigits: 1 });
}

/**
 * One person's own score: as a group figure, except eNPS, which for one person is their 0–10 answer
 * (the −100…+100 eNPS exists only for groups).
 */
export function formatOwnScore(format: Formatters, measure: string, value: number | null | undefined): string {
  return measure === 'enps' ? format.number(value, { maximumFractionDigits: 0 }) : formatMeasure(format, measure, value);
}

/** Why a figure is hidden, in words (SPEC §4.3: the UI says why). */
export function hiddenReasonText(t: TFunction, reason: string | null | undefined, k: number): string {
  if (reason === 'FEWER_THAN_K') return t('pulse.hidden.fewerThanK', { k });
  if (reason === 'COMPLEMENTARY') return t('pulse.hidden.complementary');
  // Band shares only: the measure's mean is shown, its split by band would single people out.
  if (reason === 'BANDS') return t('pulse.hidden.bands', { k });
  // Not hidden at all: there is no figure (another wave of a rotating pulse asked other questions).
  if (reason === 'NOT_ASKED') return t('pulse.hidden.notAsked');
  if (reason === 'NO_RESPONSES') return t('pulse.hidden.noResponses');
  return t('pulse.hidden.other');
}

type BandShares = ReadonlyArray<{ band: string; share: number }>;

/** Sum of the shares of the given bands, or null when the measure has no band shares. */
export function shareOfBands(bandShares: BandShares, bands: readonly string[]): number | null {
  if (bandShares.length === 0) return null;
  return bandShares.filter((b) => bands.includes(b.band)).reduce((sum, b) => sum + b.share, 0);
}

/** WHO-5 "share below 50": poor well-being plus likely depression. */
export const WHO5_BELOW_50 = ['poor', 'likely-depression'] as const;

/**
 * How bad a value is on its measure's own scale, 0 (best) to 1 (worst): the heatmap's colour.
 * CBI, OLBI and the single item rise with burnout; WHO-5 and eNPS fall.
 */
export function severity(measure: string, value: number): number | null {
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  if (measure.startsWith('cbi.')) return clamp(value / 100);
  if (measure === 'who5') return clamp(1 - value / 100);
  if (measure.startsWith('olbi.')) return clamp((value - 1) / 3);
  if (measure === 'enps') return clamp((100 - value) / 200);
  if (measure === 'single-item-burnout') return clamp((value - 1) / 4);
  return null;
}

/** Four steps of the heatmap's scale; light tints so dark text keeps AA contrast. */
export const SEVERITY_STEPS = [
  { max: 0.25, key: 'low', color: 'var(--mantine-color-green-1)' },
  { max: 0.5, key: 'moderate', color: 'var(--mantine-color-yellow-1)' },
  { max: 0.75, key: 'high', color: 'var(--mantine-color-orange-2)' },
  { max: 1.01, key: 'veryHigh', color: 'var(--mantine-color-red-2)' },
] as const;

export function severityStep(level: number): (typeof SEVERITY_STEPS)[number] {
  return SEVERITY_STEPS.find((s) => level < s.max) ?? SEVERITY_STEPS[SEVERITY_STEPS.length - 1];
}

/** A measure's fixed chart range and which direction is worse (participation is a 0–1 share). */
export type MeasureScale = { min: number; max: number; worse: 'higher' | 'lower' };

export function measureScale(measure: string): MeasureScale | null {
  if (measure.startsWith('cbi.')) return { min: 0, max: 100, worse: 'higher' };
  if (measure === 'who5') return { min: 0, max: 100, worse: 'lower' };
  if (measure.startsWith('olbi.')) return { min: 1, max: 4, worse: 'higher' };
  if (measure === 'single-item-burnout') return { min: 1, max: 5, worse: 'higher' };
  if (measure === 'enps') return { min: -100, max: 100, worse: 'lower' };
  if (measure === 'participation') return { min: 0, max: 1, worse: 'lower' };
  return null;
}

/** A shaded range of a chart: where a group mean falls into a band of concern. */
export type ScaleBand = { from: number; to: number; key: 'cbiModerate' | 'cbiHigh' | 'who5Depression' | 'who5Poor' | 'singleItemBurnout'; level: 'moderate' | 'high' };

/** The published cut-offs worth shading: CBI moderate 50–74 and high 75+, WHO-5 ≤ 28 and < 50, single item ≥ 3. */
export function scaleBands(measure: string): ScaleBand[] {
  if (measure.startsWith('cbi.'))
    return [
      { from: 50, to: 75, key: 'cbiModerate', level: 'moderate' },
      { from: 75, to: 100, key: 'cbiHigh', level: 'high' },
    ];
  if (measure === 'who5')
    return [
      { from: 28, to: 50, key: 'who5Poor', level: 'moderate' },
      { from: 0, to: 28, key: 'who5Depression', level: 'high' },
    ];
  if (measure === 'single-item-burnout') return [{ from: 3, to: 5, key: 'singleItemBurnout', level: 'high' }];
  return [];
}

/** The words under a chart: which direction is worse, and what the shading means. */
export function scaleNote(t: TFunction, measure: string): string {
  const scale = measureScale(measure);
  if (!scale) return '';
  const direction = scale.worse === 'higher' ? t('pulse.scale.higherWorse') : t('pulse.scale.lowerWorse');
  const bands = scaleBands(measure);
  return bands.length ? `${direction} ${t('pulse.scale.shaded', { bands: bands.map((b) => t(`pulse.scale.band.${b.key}`)).join('; ') })}` : direction;
}
