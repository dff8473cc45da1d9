import { medianWithConfidence, type SurvivalObservation } from './kaplan-meier';
import { atRiskSpans, DAYS_PER_MONTH, DAYS_PER_YEAR, dayNumber, type DateWindow, type RiskInterval } from './person-years';
import { poissonRateInterval } from './poisson-rate';

/** A promotion (move kind PROMOTION) and the day it took effect. */
export type PromotionEvent = { readonly personId: string; readonly effectiveDate: string };

/** One group's promotion figures, before any disclosure decision (the API hides small groups). */
export type PromotionEquityStats = {
  /** Distinct people with time at risk in the window. */
  readonly people: number;
  readonly personYears: number;
  /** Promotions that took effect while the person was at risk in the window. */
  readonly promotions: number;
  /** Promotions per person-year with its 95 % exact Poisson interval; null with no time at risk. */
  readonly ratePerPersonYear: number | null;
  readonly rateLow: number | null;
  readonly rateHigh: number | null;
  /** Kaplan–Meier median months (of time at risk) to the first promotion, with Brookmeyer–Crowley bounds. */
  readonly medianMonthsToPromotion: number | null;
  readonly medianLow: number | null;
  readonly medianHigh: number | null;
};

/**
 * Promotion rate and median time to first promotion for one group of people in a window. The clock
 * for time to promotion is each person's own time at risk in the window (from the later of window
 * start and entry); people are censored at exit or the window's end.
 */
export function promotionEquityStats(
  intervals: readonly RiskInterval[],
  promotions: readonly PromotionEvent[],
  window: DateWindow,
  confidence = 0.95,
): PromotionEquityStats {
  const spans = atRiskSpans(intervals, window);
  const promotionDays = new Map<string, number[]>();
  for (const promotion of promotions) {
    if (!spans.has(promotion.personId)) continue;
    const day = dayNumber(promotion.effectiveDate);
    const list = promotionDays.get(promotion.personId);
    if (list) list.push(day);
    else promotionDays.set(promotion.personId, [day]);
  }

  let totalDays = 0;
  let promotionCount = 0;
  const observations: SurvivalObservation[] = [];
  for (const [personId, list] of spans) {
    const days = (promotionDays.get(personId) ?? []).sort((a, b) => a - b);
    let elapsed = 0;
    let firstAt: number | null = null;
    for (const span of list) {
      for (const day of days) {
        if (day < span.start || day >= span.end) continue;
        promotionCount++;
        if (firstAt === null) firstAt = elapsed + (day - span.start);
      }
      elapsed += span.end - span.start;
    }
    totalDays += elapsed;
    observations.push(
      firstAt === null ? { time: elapsed / DAYS_PER_MONTH, event: false } : { time: firstAt / DAYS_PER_MONTH, event: true },
    );
  }

  const personYears = totalDays / DAYS_PER_YEAR;
  const rate = poissonRateInterval(promotionCount, personYears, confidence);
  const median = medianWithConfidence(observations, confidence);
  return {
    people: spans.size,
    personYears,
    promotions: promotionCount,
    ratePerPersonYear: rate?.rate ?? null,
    rateLow: rate?.low ?? null,
    rateHigh: rate?.high ?? null,
    medianMonthsToPromotion: median.median,
    medianLow: median.low,
    medianHigh: median.high,
  };
}
