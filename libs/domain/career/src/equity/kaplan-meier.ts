/** One person's follow-up: time from the start of being at risk to the event or to censoring. */
export type SurvivalObservation = {
  /** Time at risk, in any unit (the career rules use months). */
  readonly time: number;
  /** True when the event (first promotion) happened at `time`; false when censored (exit, window end). */
  readonly event: boolean;
};

export type KaplanMeierStep = {
  readonly time: number;
  readonly atRisk: number;
  readonly events: number;
  /** Ŝ(t) just after this time. */
  readonly survival: number;
  /** Greenwood standard error of Ŝ(t). */
  readonly standardError: number;
};

export type MedianEstimate = {
  /** Smallest event time with Ŝ(t) ≤ 0.5; null when the curve never gets there. */
  readonly median: number | null;
  /** Brookmeyer–Crowley bounds; null when not reached within follow-up. */
  readonly low: number | null;
  readonly high: number | null;
  readonly people: number;
  readonly events: number;
};

const EPSILON = 1e-12;

/**
 * The Kaplan–Meier curve at each event time. At tied times events come before censorings (a person
 * censored at t was still at risk at t), the usual convention.
 */
export function kaplanMeier(observations: readonly SurvivalObservation[]): KaplanMeierStep[] {
  const sorted = observations
    .filter((o) => Number.isFinite(o.time) && o.time >= 0)
    .slice()
    .sort((a, b) => a.time - b.time || Number(b.event) - Number(a.event));
  const steps: KaplanMeierStep[] = [];
  let atRisk = sorted.length;
  let survival = 1;
  let greenwood = 0;
  for (let i = 0; i < sorted.length; ) {
    const time = sorted[i]!.time;
    let events = 0;
    let leaving = 0;
    while (i < sorted.length && sorted[i]!.time === time) {
      if (sorted[i]!.event) events++;
      leaving++;
      i++;
    }
    if (events > 0) {
      survival *= 1 - events / atRisk;
      // Greenwood's sum is undefined once everyone at risk has the event; Ŝ is then 0 with no spread.
      greenwood = events < atRisk ? greenwood + events / (atRisk * (atRisk - events)) : Infinity;
      const standardError = survival === 0 ? 0 : survival * Math.sqrt(greenwood);
      steps.push({ time, atRisk, events, survival, standardError });
    }
    atRisk -= leaving;
  }
  return steps;
}

/**
 * Median time to event with the Brookmeyer–Crowley (1982) confidence interval: every t where
 * |Ŝ(t) − ½| ≤ z·se(Ŝ(t)) (Greenwood). Its lower bound is the first event time at which the lower
 * pointwise limit Ŝ − z·se reaches ½; the upper bound the first at which Ŝ + z·se falls to ½ —
 * null (not reached) when the curve's upper limit stays above ½ for all the follow-up there is.
 */
export function medianWithConfidence(observations: readonly SurvivalObservation[], confidence = 0.95): MedianEstimate {
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const steps = kaplanMeier(observations);
  let median: number | null = null;
  let low: number | null = null;
  let high: number | null = null;
  for (const step of steps) {
    if (median === null && step.survival <= 0.5 + EPSILON) median = step.time;
    if (low === null && step.survival - z * step.standardError <= 0.5 + EPSILON) low = step.time;
    if (high === null && step.survival + z * step.standardError <= 0.5 + EPSILON) high = step.time;
  }
  return {
    median,
    low,
    high,
    people: observations.length,
    events: steps.reduce((sum, step) => sum + step.events, 0),
  };
}

/** Inverse standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`Probability ${p} is not between 0 and 1.`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lowTail = 0.02425;
  if (p < lowTail) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lowTail) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}
