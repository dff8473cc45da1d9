/** The state of one pulse's answers: item id → chosen value; unanswered items are absent. */
export type Answers = Readonly<Record<string, number>>;

export type AnswerAction =
  | { type: 'answer'; itemId: string; value: number }
  | { type: 'reset'; answers: Answers };

export function initialAnswers(myAnswers: ReadonlyArray<{ itemId: string; value: number }>, itemIds: readonly string[]): Answers {
  const asked = new Set(itemIds);
  const out: Record<string, number> = {};
  for (const a of myAnswers) if (asked.has(a.itemId)) out[a.itemId] = a.value;
  return out;
}

export function answersReducer(state: Answers, action: AnswerAction): Answers {
  if (action.type === 'reset') return action.answers;
  return { ...state, [action.itemId]: action.value };
}

export function unanswered(answers: Answers, itemIds: readonly string[]): string[] {
  return itemIds.filter((id) => answers[id] === undefined);
}

/** The mutation input: answers in question order; an empty comment is sent as null. */
export function toSubmission(waveId: string, itemIds: readonly string[], answers: Answers, comment: string) {
  const trimmed = comment.trim();
  return {
    waveId,
    answers: itemIds.filter((id) => answers[id] !== undefined).map((itemId) => ({ itemId, value: answers[itemId] })),
    comment: trimmed === '' ? null : trimmed,
  };
}
