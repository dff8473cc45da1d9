import { CBI_BANDS } from '../instruments/cbi';
import type { MeasureId } from '../response/measures';

/** WHO-5 percentage at or below which the respondent is shown the support / EAP message (SPEC §4.1). */
export const WHO5_SUPPORT_AT_OR_BELOW = 28;
/** Single-item levels 4 ("symptoms won't go away") and 5 ("completely burned out"): the top of the scale. */
export const SINGLE_ITEM_SUPPORT_FROM = 4;
const CBI_SEVERE_FROM = CBI_BANDS.find((b) => b.id === 'severe')!.from;

/**
 * Whether a respondent's own scores call for the organisation's support / EAP message, shown to
 * them alone right after they answer: likely depression on WHO-5, or burnout at the top of its
 * scale (a CBI scale in the severe band, or single-item level 4 or 5).
 */
export function needsSupportMessage(scores: Readonly<Record<MeasureId, number>>): boolean {
  const who5 = scores.who5;
  if (who5 !== undefined && who5 <= WHO5_SUPPORT_AT_OR_BELOW) return true;
  const single = scores['single-item-burnout'];
  if (single !== undefined && single >= SINGLE_ITEM_SUPPORT_FROM) return true;
  return (['cbi.personal', 'cbi.work', 'cbi.customer'] as const).some((m) => scores[m] !== undefined && scores[m] >= CBI_SEVERE_FROM);
}
