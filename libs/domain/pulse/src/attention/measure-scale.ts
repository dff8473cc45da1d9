import type { MeasureId } from '../response/measures';

/** The fixed range of a group figure of a measure and which direction is worse. */
export type MeasureScale = { readonly min: number; readonly max: number; readonly worse: 'higher' | 'lower' };

/**
 * CBI and WHO-5 0–100, OLBI subscale means 1–4, single item 1–5, group eNPS −100…+100,
 * participation 0–1. Unknown measures (HR-authored Likert items) have no known scale.
 */
export function measureScale(measure: MeasureId): MeasureScale | null {
  if (measure.startsWith('cbi.')) return { min: 0, max: 100, worse: 'higher' };
  if (measure === 'who5') return { min: 0, max: 100, worse: 'lower' };
  if (measure.startsWith('olbi.')) return { min: 1, max: 4, worse: 'higher' };
  if (measure === 'single-item-burnout') return { min: 1, max: 5, worse: 'higher' };
  if (measure === 'enps') return { min: -100, max: 100, worse: 'lower' };
  if (measure === 'participation') return { min: 0, max: 1, worse: 'lower' };
  return null;
}
