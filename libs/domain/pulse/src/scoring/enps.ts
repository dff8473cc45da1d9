import { ENPS_V1, type EnpsInstrument } from '../instruments/enps';
import { roundScore } from '../rounding';
import { scoredValue } from './answers';

export type EnpsScore =
  | {
      readonly status: 'scored';
      /** −100…+100, rounded to two decimals. */
      readonly score: number;
      readonly exactScore: number;
      readonly respondents: number;
      readonly promoters: number;
      readonly passives: number;
      readonly detractors: number;
    }
  | { readonly status: 'missing'; readonly respondents: 0 };

/**
 * eNPS of a group: % answering 9–10 minus % answering 0–6. A group score: suppress it like any
 * other (one answer moves a 5-person team by 20 points).
 */
export function scoreEnps(answers: readonly number[], instrument: EnpsInstrument = ENPS_V1): EnpsScore {
  const item = instrument.items[0];
  const { promoterFrom, detractorUpTo } = instrument.scoring;
  if (answers.length === 0) return { status: 'missing', respondents: 0 };
  let promoters = 0;
  let detractors = 0;
  for (const answer of answers) {
    const value = scoredValue(instrument, item, { [item.id]: answer }) as number;
    if (value >= promoterFrom) promoters++;
    else if (value <= detractorUpTo) detractors++;
  }
  const exactScore = ((promoters - detractors) * 100) / answers.length;
  return {
    status: 'scored',
    score: roundScore(exactScore),
    exactScore,
    respondents: answers.length,
    promoters,
    passives: answers.length - promoters - detractors,
    detractors,
  };
}
