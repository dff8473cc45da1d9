import type { LocalizedLabel, LocalizedText } from './localized-text';

export type BuiltInInstrumentId = 'cbi' | 'who5' | 'olbi' | 'enps' | 'single-item-burnout';

/** One answer a respondent can pick, with the value that is stored and scored. */
export type AnswerOption = {
  readonly value: number;
  /** Absent on numeric scales (eNPS 0–10), where the number is the label. */
  readonly label?: LocalizedText;
};

/**
 * A closed answer scale. Stored values are exactly the option values; `min` and `max` bound them.
 * Reverse scoring maps a value v to min + max − v (CBI 100 − v, OLBI 5 − v, Likert 6 − v or 8 − v).
 */
export type AnswerScale = {
  readonly id: string;
  readonly name: string;
  readonly options: readonly AnswerOption[];
  readonly min: number;
  readonly max: number;
  /** Labels for the two ends of a numeric scale. */
  readonly anchors?: { readonly min: LocalizedText; readonly max: LocalizedText };
};

export type InstrumentItem = {
  /** Stable id, never reused for another wording: `cbi.work.13`. */
  readonly id: string;
  /** The item's number in the published instrument. */
  readonly number: number;
  readonly text: LocalizedText;
  readonly answerScaleId: string;
  /** Scored as min + max − value before any aggregation. */
  readonly reverse: boolean;
  readonly subscaleId?: string;
};

/** A mean over items (CBI scales, OLBI subscales) with its missing-item rule. */
export type Subscale = {
  readonly id: string;
  readonly name: LocalizedLabel;
  readonly itemIds: readonly string[];
  /** With fewer answered items the subscale is missing. */
  readonly minimumAnswered: number;
};

/** Bands are half-open: a score is in the last band whose `from` it reaches. */
export type ScoreBand<B extends string = string> = { readonly id: B; readonly from: number };

export type ScoringRule =
  | {
      readonly kind: 'subscale-means';
      readonly subscales: readonly Subscale[];
      readonly bands?: readonly ScoreBand[];
    }
  | {
      readonly kind: 'sum-times';
      readonly multiplier: number;
      readonly minimumAnswered: number;
      /** Percentage strictly below this is poor well-being. */
      readonly poorWellBeingBelow: number;
      /** Percentage at or below this suggests likely depression. */
      readonly likelyDepressionAtOrBelow: number;
    }
  | { readonly kind: 'net-promoter'; readonly promoterFrom: number; readonly detractorUpTo: number }
  | { readonly kind: 'single-item-threshold'; readonly burnoutFrom: number }
  | { readonly kind: 'likert-items' };

export type InstrumentSource = {
  readonly citation: string;
  readonly urls: readonly string[];
  readonly licence: string;
  /** Adaptations we made to the published text, and why. */
  readonly adaptations: readonly string[];
  /** What must still be checked against the primary source before a release. */
  readonly toVerify: readonly string[];
};

export type InstrumentDefinition<R extends ScoringRule = ScoringRule> = {
  readonly id: string;
  /**
   * Integer, bumped on any change to wording, answer values, reverse keys, missing-item rules or
   * bands. Responses store (id, version) and are always scored with the version they answered.
   */
  readonly version: number;
  readonly name: LocalizedLabel;
  /** Shown before the items, e.g. WHO-5 "Over the last two weeks". */
  readonly stem?: LocalizedText;
  readonly answerScales: readonly AnswerScale[];
  readonly items: readonly InstrumentItem[];
  readonly scoring: R;
  readonly source: InstrumentSource;
};

export type SubscaleMeansRule = Extract<ScoringRule, { kind: 'subscale-means' }>;
export type SumTimesRule = Extract<ScoringRule, { kind: 'sum-times' }>;
export type NetPromoterRule = Extract<ScoringRule, { kind: 'net-promoter' }>;
export type SingleItemThresholdRule = Extract<ScoringRule, { kind: 'single-item-threshold' }>;
export type LikertItemsRule = Extract<ScoringRule, { kind: 'likert-items' }>;

/** `cbi@1`: how responses and reports refer to one version of one instrument. */
export function instrumentKey(instrument: Pick<InstrumentDefinition, 'id' | 'version'>): string {
  return `${instrument.id}@${instrument.version}`;
}

export function findItem(instrument: InstrumentDefinition, itemId: string): InstrumentItem | undefined {
  return instrument.items.find((i) => i.id === itemId);
}

export function answerScaleOf(instrument: InstrumentDefinition, item: InstrumentItem): AnswerScale {
  const scale = instrument.answerScales.find((s) => s.id === item.answerScaleId);
  // Definitions are checked by tests; a missing scale is a programming error, not user input.
  if (!scale) throw new Error(`${instrumentKey(instrument)}: item ${item.id} names unknown answer scale ${item.answerScaleId}`);
  return scale;
}

/** Options from `from` to `to` inclusive, unlabelled (numeric scales). */
export function numericOptions(from: number, to: number): AnswerOption[] {
  return Array.from({ length: to - from + 1 }, (_, i) => ({ value: from + i }));
}
