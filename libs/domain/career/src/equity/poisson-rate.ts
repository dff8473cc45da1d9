/**
 * Exact (Garwood 1936) confidence interval for a Poisson rate: events / exposure.
 *
 * For k events the bounds on the expected count μ solve P(X ≥ k | μ_low) = α/2 and
 * P(X ≤ k | μ_high) = α/2, i.e. μ_low = χ²(α/2; 2k)/2 and μ_high = χ²(1−α/2; 2k+2)/2. We solve them
 * on the Poisson CDF (the regularised incomplete gamma function) by bisection rather than a χ²
 * table, so any k and confidence level work.
 */
export type RateInterval = {
  readonly events: number;
  readonly exposure: number;
  readonly rate: number;
  readonly low: number;
  readonly high: number;
};

/** Null when there is no exposure (no rate can be stated). */
export function poissonRateInterval(events: number, exposure: number, confidence = 0.95): RateInterval | null {
  if (!(exposure > 0)) return null;
  const { low, high } = poissonMeanInterval(events, confidence);
  return { events, exposure, rate: events / exposure, low: low / exposure, high: high / exposure };
}

/** Garwood interval for the expected count μ given k observed events. */
export function poissonMeanInterval(events: number, confidence = 0.95): { low: number; high: number } {
  if (!Number.isInteger(events) || events < 0) throw new RangeError(`Event count ${events} is not a whole number ≥ 0.`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`Confidence ${confidence} is not between 0 and 1.`);
  const tail = (1 - confidence) / 2;
  // P(X ≤ k | μ) falls as μ grows: find μ where it equals the tail.
  const high = solveDecreasing((mu) => poissonCdf(events, mu), tail);
  // P(X ≥ k | μ) = 1 − P(X ≤ k − 1 | μ) rises with μ.
  const low = events === 0 ? 0 : solveDecreasing((mu) => poissonCdf(events - 1, mu), 1 - tail);
  return { low, high };
}

/** P(X ≤ k) for X ~ Poisson(μ) = Q(k + 1, μ), the upper regularised incomplete gamma function. */
export function poissonCdf(k: number, mu: number): number {
  if (k < 0) return 0;
  if (mu <= 0) return 1;
  return regularizedGammaQ(k + 1, mu);
}

function solveDecreasing(f: (mu: number) => number, target: number): number {
  let lo = 0;
  let hi = 1;
  while (f(hi) > target) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** ln Γ(x) by the Lanczos approximation (g = 7, n = 9), accurate to ~15 digits for x > 0. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** Q(a, x) = Γ(a, x) / Γ(a): series below a + 1, Lentz continued fraction above (Numerical Recipes §6.2). */
export function regularizedGammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10_000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return 1 - sum * Math.exp(logPrefix);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(logPrefix) * h;
}
