import { SINGLE_ITEM_BURNOUT_V1, type SingleItemBurnoutInstrument } from '../instruments/single-item-burnout';
import { scoredValue, type AnswerValues } from './answers';

export type SingleItemBurnoutScore =
  | { readonly status: 'scored'; readonly level: number; readonly burnout: boolean }
  | { readonly status: 'missing' };

/** Level 1–5 as answered; 3 or more counts as burnout. */
export function scoreSingleItemBurnout(
  answers: AnswerValues,
  instrument: SingleItemBurnoutInstrument = SINGLE_ITEM_BURNOUT_V1,
): SingleItemBurnoutScore {
  const level = scoredValue(instrument, instrument.items[0], answers);
  if (level === null) return { status: 'missing' };
  return { status: 'scored', level, burnout: level >= instrument.scoring.burnoutFrom };
}
