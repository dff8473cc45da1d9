import { answerScaleOf, instrumentKey, type InstrumentDefinition } from './instrument';
import type { AnswerValues } from './scoring/answers';

/** One answer as a client submits it; `value` is unknown until checked. */
export type SubmittedAnswer = {
  readonly itemId: string;
  readonly value: unknown;
  /** Optional: the answer scale the client rendered. Checked when given, to catch stale clients. */
  readonly answerScaleId?: string;
};

export type AnswerProblemCode =
  | 'NO_ANSWERS'
  | 'UNKNOWN_ITEM'
  | 'ITEM_NOT_ASKED'
  | 'DUPLICATE_ITEM'
  | 'WRONG_SCALE'
  | 'NOT_A_NUMBER'
  | 'NOT_AN_INTEGER'
  | 'OUT_OF_RANGE'
  | 'NOT_ON_SCALE';

export type AnswerProblem = { readonly code: AnswerProblemCode; readonly itemId?: string; readonly message: string };

export type AnswerValidation = { ok: true; value: AnswerValues } | { ok: false; errors: AnswerProblem[] };

export type AnswerValidationOptions = {
  /** The items this person was asked in this wave (rotation): anything else is rejected. */
  readonly askedItemIds?: readonly string[];
};

/**
 * Checks a submission against the instrument version it answers. Every problem is reported (not
 * only the first), each with the item and a message the API can return as is. Messages name the
 * item and the allowed answers but never repeat the submitted value, so they are safe to log.
 * Unanswered items are allowed: scoring applies each instrument's missing-item rule.
 */
export function validateAnswers(
  instrument: InstrumentDefinition,
  answers: readonly SubmittedAnswer[],
  options: AnswerValidationOptions = {},
): AnswerValidation {
  const key = instrumentKey(instrument);
  if (answers.length === 0) return { ok: false, errors: [{ code: 'NO_ANSWERS', message: `The submission for ${key} contains no answers.` }] };

  const asked = options.askedItemIds ? new Set(options.askedItemIds) : null;
  const seen = new Set<string>();
  const errors: AnswerProblem[] = [];
  const value: Record<string, number> = {};

  for (const answer of answers) {
    const { itemId } = answer;
    const problem = (code: AnswerProblemCode, message: string) => errors.push({ code, itemId, message: `Item "${itemId}": ${message}` });

    const item = instrument.items.find((i) => i.id === itemId);
    if (!item) {
      problem('UNKNOWN_ITEM', `${key} has no such item.`);
      continue;
    }
    if (asked && !asked.has(itemId)) {
      problem('ITEM_NOT_ASKED', 'this item was not asked in this pulse.');
      continue;
    }
    if (seen.has(itemId)) {
      problem('DUPLICATE_ITEM', 'answered more than once in the same submission.');
      continue;
    }
    seen.add(itemId);

    const scale = answerScaleOf(instrument, item);
    if (answer.answerScaleId !== undefined && answer.answerScaleId !== scale.id) {
      problem('WRONG_SCALE', `answered on the "${answer.answerScaleId}" scale, but this item uses "${scale.id}".`);
      continue;
    }
    const v = answer.value;
    const allowed = scale.options.map((o) => o.value);
    const allowedText = isContiguous(allowed) ? `a whole number from ${scale.min} to ${scale.max}` : `one of ${allowed.join(', ')}`;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      problem('NOT_A_NUMBER', `the answer is ${describe(v)}; it must be ${allowedText}.`);
      continue;
    }
    if (!Number.isInteger(v)) {
      problem('NOT_AN_INTEGER', `the answer is not a whole number; it must be ${allowedText}.`);
      continue;
    }
    if (v < scale.min || v > scale.max) {
      problem('OUT_OF_RANGE', `the answer is outside the ${scale.name} scale (${scale.min}–${scale.max}); it must be ${allowedText}.`);
      continue;
    }
    if (!allowed.includes(v)) {
      problem('NOT_ON_SCALE', `the answer is not one of the ${scale.name} scale's answers; it must be ${allowedText}.`);
      continue;
    }
    value[itemId] = v;
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

function isContiguous(values: readonly number[]): boolean {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.every((v, i) => i === 0 || v === sorted[i - 1] + 1);
}

/** The kind of value only, never the value: messages may end up in logs (SPEC §4.3). */
function describe(v: unknown): string {
  if (v === null || v === undefined) return 'missing';
  if (typeof v === 'number') return 'not a finite number';
  return `a ${typeof v}, not a number`;
}
