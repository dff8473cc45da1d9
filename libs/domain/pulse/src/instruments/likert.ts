import { LOCALES, type Locale } from '@pulse/shared';
import type { AnswerScale, InstrumentDefinition, InstrumentItem, LikertItemsRule } from '../instrument';
import { authoredWording, sourceWording, type LocalizedLabel } from '../localized-text';

export type LikertPoints = 5 | 7;

const label = (en: string, zhHans: string, zhHant: string, pl: string) =>
  sourceWording(en, { 'zh-Hans': zhHans, 'zh-Hant': zhHant, pl });

const STRONGLY_DISAGREE = label('Strongly disagree', '非常不同意', '非常不同意', 'Zdecydowanie się nie zgadzam');
const DISAGREE = label('Disagree', '不同意', '不同意', 'Nie zgadzam się');
const NEUTRAL = label('Neither agree nor disagree', '既不同意也不反对', '既不同意也不反對', 'Ani się zgadzam, ani nie zgadzam');
const AGREE = label('Agree', '同意', '同意', 'Zgadzam się');
const STRONGLY_AGREE = label('Strongly agree', '非常同意', '非常同意', 'Zdecydowanie się zgadzam');
const SOMEWHAT_DISAGREE = label('Somewhat disagree', '有点不同意', '有點不同意', 'Raczej się nie zgadzam');
const SOMEWHAT_AGREE = label('Somewhat agree', '有点同意', '有點同意', 'Raczej się zgadzam');

/** 1 = strongly disagree … 5 = strongly agree. */
export const LIKERT_AGREEMENT_5: AnswerScale = {
  id: 'likert.agreement-5',
  name: '5-point agreement',
  min: 1,
  max: 5,
  options: [STRONGLY_DISAGREE, DISAGREE, NEUTRAL, AGREE, STRONGLY_AGREE].map((l, i) => ({ value: i + 1, label: l })),
};

/** 1 = strongly disagree … 7 = strongly agree. */
export const LIKERT_AGREEMENT_7: AnswerScale = {
  id: 'likert.agreement-7',
  name: '7-point agreement',
  min: 1,
  max: 7,
  options: [STRONGLY_DISAGREE, DISAGREE, SOMEWHAT_DISAGREE, NEUTRAL, SOMEWHAT_AGREE, AGREE, STRONGLY_AGREE].map(
    (l, i) => ({ value: i + 1, label: l }),
  ),
};

const SCALE_FOR: Record<LikertPoints, AnswerScale> = { 5: LIKERT_AGREEMENT_5, 7: LIKERT_AGREEMENT_7 };

/** An item as HR writes it. The API gives `key` (stable, never reused for new wording). */
export type LikertItemDraft = {
  readonly key: string;
  readonly text: { readonly [L in Locale]: string };
  readonly points: LikertPoints;
  /** Agreeing means worse (e.g. "I dread Mondays"): scored as min + max − value. */
  readonly reverse?: boolean;
};

export type LikertInstrumentDraft = {
  /** Must start with `custom.` so it can never collide with a published instrument. */
  readonly id: string;
  readonly version: number;
  readonly name: LocalizedLabel;
  readonly items: readonly LikertItemDraft[];
};

export type LikertInstrument = InstrumentDefinition<LikertItemsRule>;

export type LikertDefinitionResult = { ok: true; value: LikertInstrument } | { ok: false; errors: string[] };

const ID = /^custom\.[a-z0-9][a-z0-9-]*$/;
const KEY = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Builds an HR-authored instrument, or says what is wrong with the draft. Every item needs text
 * in every locale (SPEC §4.1); none of it is a validated instrument wording.
 */
export function defineLikertInstrument(draft: LikertInstrumentDraft): LikertDefinitionResult {
  const errors: string[] = [];
  if (!ID.test(draft.id)) errors.push(`Instrument id "${draft.id}" must look like "custom.team-climate" (lower-case letters, digits, hyphens).`);
  if (!Number.isInteger(draft.version) || draft.version < 1) errors.push(`Version must be a whole number from 1; got ${draft.version}.`);
  for (const l of LOCALES) if (!draft.name[l]?.trim()) errors.push(`The instrument name is empty in ${l}.`);
  if (draft.items.length === 0) errors.push('An instrument needs at least one item.');
  const seen = new Set<string>();
  for (const [i, item] of draft.items.entries()) {
    const where = `Item ${i + 1} ("${item.key}")`;
    if (!KEY.test(item.key)) errors.push(`${where}: the key must be lower-case letters, digits and hyphens.`);
    if (seen.has(item.key)) errors.push(`${where}: the key is used twice.`);
    seen.add(item.key);
    if (item.points !== 5 && item.points !== 7) errors.push(`${where}: a Likert item has 5 or 7 points; got ${String(item.points)}.`);
    for (const l of LOCALES) if (!item.text[l]?.trim()) errors.push(`${where}: the text is empty in ${l}.`);
  }
  if (errors.length) return { ok: false, errors };

  const items: InstrumentItem[] = draft.items.map((item, i) => ({
    id: `${draft.id}.${item.key}`,
    number: i + 1,
    text: authoredWording(Object.fromEntries(LOCALES.map((l) => [l, item.text[l].trim()])) as Record<Locale, string>),
    answerScaleId: SCALE_FOR[item.points].id,
    reverse: item.reverse ?? false,
  }));
  const points = new Set(draft.items.map((i) => i.points));
  return {
    ok: true,
    value: {
      id: draft.id,
      version: draft.version,
      name: draft.name,
      answerScales: [...points].sort((a, b) => a - b).map((p) => SCALE_FOR[p]),
      items,
      scoring: { kind: 'likert-items' },
      source: {
        citation: 'Authored by the organisation (HR); not a published instrument.',
        urls: [],
        licence: 'Owned by the organisation.',
        adaptations: [],
        toVerify: [],
      },
    },
  };
}
