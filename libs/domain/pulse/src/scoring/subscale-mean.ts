import type { InstrumentDefinition, ScoreBand, SubscaleMeansRule } from '../instrument';
import { roundScore } from '../rounding';
import { itemOrThrow, scoredValue, type AnswerValues } from './answers';

export type SubscaleMean =
  | {
      readonly status: 'scored';
      readonly subscaleId: string;
      /** Reported value, rounded to two decimals. */
      readonly score: number;
      /** Unrounded mean: use it for bands and for aggregating across people. */
      readonly exactScore: number;
      readonly answered: number;
      readonly itemCount: number;
    }
  | {
      readonly status: 'missing';
      readonly subscaleId: string;
      readonly answered: number;
      readonly itemCount: number;
      readonly minimumAnswered: number;
    };

/** Mean of the answered items of one subscale (reverse items already reversed), or missing. */
export function scoreSubscaleMean(
  instrument: InstrumentDefinition<SubscaleMeansRule>,
  subscaleId: string,
  answers: AnswerValues,
): SubscaleMean {
  const subscale = instrument.scoring.subscales.find((s) => s.id === subscaleId);
  if (!subscale) throw new Error(`${instrument.id}@${instrument.version} has no subscale ${subscaleId}`);
  const values = subscale.itemIds
    .map((id) => scoredValue(instrument, itemOrThrow(instrument, id), answers))
    .filter((v): v is number => v !== null);
  const base = { subscaleId, answered: values.length, itemCount: subscale.itemIds.length };
  if (values.length < subscale.minimumAnswered) {
    return { status: 'missing', ...base, minimumAnswered: subscale.minimumAnswered };
  }
  const exactScore = values.reduce((a, b) => a + b, 0) / values.length;
  return { status: 'scored', ...base, score: roundScore(exactScore), exactScore };
}

/** The last band whose lower bound the score reaches (bands are half-open, ascending). */
export function bandOf<B extends string>(score: number, bands: readonly ScoreBand<B>[]): B {
  let found: B | undefined;
  for (const band of bands) if (score >= band.from) found = band.id;
  if (found === undefined) throw new RangeError(`Score ${score} is below the lowest band`);
  return found;
}
