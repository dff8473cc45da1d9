import { CBI_V1, type CbiBand, type CbiInstrument, type CbiScaleId } from '../instruments/cbi';
import type { AnswerValues } from './answers';
import { bandOf, scoreSubscaleMean, type SubscaleMean } from './subscale-mean';

export type CbiScaleScore =
  | (Extract<SubscaleMean, { status: 'scored' }> & { readonly band: CbiBand })
  | Extract<SubscaleMean, { status: 'missing' }>;

/** CBI band of a scale score: < 50 low, 50–74 moderate, 75–99 high, 100 severe. */
export function cbiBand(score: number, instrument: CbiInstrument = CBI_V1): CbiBand {
  if (score < 0 || score > 100) throw new RangeError(`A CBI score is 0–100; got ${score}`);
  return bandOf(score, instrument.scoring.bands);
}

/**
 * One CBI scale: the mean of its answered items, item 13 scored 100 − value, missing with fewer
 * than 3 answered. The band is taken from the unrounded mean.
 */
export function scoreCbiScale(scale: CbiScaleId, answers: AnswerValues, instrument: CbiInstrument = CBI_V1): CbiScaleScore {
  const mean = scoreSubscaleMean(instrument, scale, answers);
  if (mean.status === 'missing') return mean;
  return { ...mean, band: cbiBand(mean.exactScore, instrument) };
}

/** All three scales. There is deliberately no total across scales. */
export function scoreCbi(answers: AnswerValues, instrument: CbiInstrument = CBI_V1): Record<CbiScaleId, CbiScaleScore> {
  return {
    personal: scoreCbiScale('personal', answers, instrument),
    work: scoreCbiScale('work', answers, instrument),
    customer: scoreCbiScale('customer', answers, instrument),
  };
}
