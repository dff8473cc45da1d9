import { OLBI_V1, type OlbiInstrument, type OlbiSubscaleId } from '../instruments/olbi';
import type { AnswerValues } from './answers';
import { scoreSubscaleMean, type SubscaleMean } from './subscale-mean';

/**
 * One OLBI subscale: the mean of its answered items after reversing items 2, 3, 4, 6, 8, 9, 11
 * and 12 (5 − x). Answers run 1 = strongly agree … 4 = strongly disagree, so the score runs 1–4
 * and higher always means more exhaustion / disengagement.
 */
export function scoreOlbiSubscale(subscale: OlbiSubscaleId, answers: AnswerValues, instrument: OlbiInstrument = OLBI_V1): SubscaleMean {
  return scoreSubscaleMean(instrument, subscale, answers);
}

export function scoreOlbi(answers: AnswerValues, instrument: OlbiInstrument = OLBI_V1): Record<OlbiSubscaleId, SubscaleMean> {
  return {
    exhaustion: scoreOlbiSubscale('exhaustion', answers, instrument),
    disengagement: scoreOlbiSubscale('disengagement', answers, instrument),
  };
}
