import { WHO5_V1, type Who5Instrument } from '../instruments/who5';
import { scoredValue, type AnswerValues } from './answers';

export type Who5Score =
  | {
      readonly status: 'scored';
      /** Sum of the five answers, 0–25. */
      readonly rawScore: number;
      /** Raw score × 4, 0–100. */
      readonly percentage: number;
      /** Percentage below 50. */
      readonly poorWellBeing: boolean;
      /** Percentage 28 or less: show the respondent the organisation's support / EAP link. */
      readonly likelyDepression: boolean;
    }
  | { readonly status: 'missing'; readonly answered: number; readonly minimumAnswered: number };

/** WHO-5: raw sum × 4, scored only when all five items are answered. */
export function scoreWho5(answers: AnswerValues, instrument: Who5Instrument = WHO5_V1): Who5Score {
  const rule = instrument.scoring;
  const values = instrument.items.map((item) => scoredValue(instrument, item, answers)).filter((v): v is number => v !== null);
  if (values.length < rule.minimumAnswered) {
    return { status: 'missing', answered: values.length, minimumAnswered: rule.minimumAnswered };
  }
  const rawScore = values.reduce((a, b) => a + b, 0);
  const percentage = rawScore * rule.multiplier;
  return {
    status: 'scored',
    rawScore,
    percentage,
    poorWellBeing: percentage < rule.poorWellBeingBelow,
    likelyDepression: percentage <= rule.likelyDepressionAtOrBelow,
  };
}
