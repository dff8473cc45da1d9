import { answerScaleOf } from '../instrument';
import type { LikertInstrument } from '../instruments/likert';
import { roundScore } from '../rounding';
import { scoredValue, type AnswerValues } from './answers';

export type LikertItemScore =
  | {
      readonly status: 'scored';
      readonly itemId: string;
      /** The answer, reversed (min + max − value) for reverse items, so higher is always better. */
      readonly value: number;
      /** The same on 0–100 ((value − min) / (max − min) × 100, two decimals), to compare 5- and 7-point items. */
      readonly percent: number;
    }
  | { readonly status: 'missing'; readonly itemId: string };

/** HR-authored items are scored one by one: there is no published scale to average them into. */
export function scoreLikertItems(instrument: LikertInstrument, answers: AnswerValues): LikertItemScore[] {
  return instrument.items.map((item) => {
    const value = scoredValue(instrument, item, answers);
    if (value === null) return { status: 'missing', itemId: item.id };
    const { min, max } = answerScaleOf(instrument, item);
    return { status: 'scored', itemId: item.id, value, percent: roundScore(((value - min) / (max - min)) * 100) };
  });
}
