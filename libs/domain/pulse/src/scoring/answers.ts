import { answerScaleOf, type InstrumentDefinition, type InstrumentItem } from '../instrument';

/** One respondent's answers by item id; absent, null or undefined means not answered. */
export type AnswerValues = Readonly<Record<string, number | null | undefined>>;

/**
 * The value an item contributes to a score (reverse items as min + max − value), or null when
 * unanswered. Scoring is only ever called on validated answers, so a value that is not an option
 * of the item's scale is a programming error and throws rather than being scored.
 */
export function scoredValue(instrument: InstrumentDefinition, item: InstrumentItem, answers: AnswerValues): number | null {
  const value = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
  if (value === null || value === undefined) return null;
  const scale = answerScaleOf(instrument, item);
  if (!scale.options.some((o) => o.value === value)) {
    throw new RangeError(`${item.id}: ${value} is not an answer on the ${scale.name} scale; validate answers before scoring`);
  }
  return item.reverse ? scale.min + scale.max - value : value;
}

export function itemOrThrow(instrument: InstrumentDefinition, itemId: string): InstrumentItem {
  const item = instrument.items.find((i) => i.id === itemId);
  if (!item) throw new Error(`${instrument.id}@${instrument.version} has no item ${itemId}`);
  return item;
}
