/** Scores are reported to two decimals (SPEC §4.1 vectors: 37.50, 64.29). */
export const REPORTED_DECIMALS = 2;

/**
 * Rounds half away from zero in decimal, not binary: 1.005 → 1.01, 64.2857… → 64.29, −0.125 → −0.13.
 * (`Math.round(x * 100) / 100` gives 1 for 1.005, because 1.005 * 100 is 100.49999… in binary.)
 */
export function roundScore(value: number, decimals: number = REPORTED_DECIMALS): number {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot round ${value}`);
  // toFixed(12) never uses exponent notation below 1e21, so appending e<decimals> shifts exactly.
  const shifted = Number(`${Math.abs(value).toFixed(12)}e${decimals}`);
  const rounded = Number(`${Math.round(shifted)}e-${decimals}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
