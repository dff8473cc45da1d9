import { LOCALES } from '@pulse/shared';
import type { LocalizedString } from '../ladder';
import { DEFAULT_COMPETENCIES, DEFAULT_COMPETENCY_KEYS } from './competencies';

const TRANSLATED = ['zh-Hans', 'zh-Hant', 'pl'] as const;

// Characters whose form differs between the two Chinese scripts (pairs from our own texts): a text
// converted to, or typed in, the wrong script shows up here.
const SIMPLIFIED_ONLY =
  /[户务产识术数险态经级训专员导队质检规划绩书层诉复达语对话时这让动问题还确应标类录发报单为个决风护诈账变资预调节进设计与处门见视沟际览观团岗]/u;
const TRADITIONAL_ONLY =
  /[戶務產識術數險態經級訓專員導隊質檢規劃績書層訴複達語對話時這讓動問題還確應標類錄發報單為個決風護詐帳變資預調節進設計與處門見視溝際覽觀團崗]/u;
// Polish written without its letters (ą, ć, ę, ł, ń, ó, ś, ź, ż) is a typo on every line; a real
// sentence of Polish almost never manages without one.
const POLISH_LETTERS = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/u;

type Text = readonly [what: string, text: LocalizedString];

const TEXTS: readonly Text[] = DEFAULT_COMPETENCIES.flatMap((c) => [
  [`${c.key} name`, c.name] as const,
  [`${c.key} description`, c.description] as const,
  ...c.anchors.map((anchor, i) => [`${c.key} anchor ${i + 1}`, anchor] as const),
]);
const SENTENCES = TEXTS.filter(([what]) => !what.endsWith(' name'));

describe('the default competency catalogue (SPEC §5)', () => {
  it('has the nine competencies of the career contract, in order, each once', () => {
    expect(DEFAULT_COMPETENCIES.map((c) => c.key)).toEqual([
      'empathy',
      'communication',
      'product-knowledge',
      'digital-tools',
      'customer-insight',
      'data-analysis',
      'risk-control',
      'cost-awareness',
      'coaching-leadership',
    ]);
    expect(DEFAULT_COMPETENCY_KEYS).toEqual(DEFAULT_COMPETENCIES.map((c) => c.key));
  });

  it.each(DEFAULT_COMPETENCIES.map((c) => [c.key, c] as const))('%s has exactly five anchors, one per proficiency', (_key, competency) => {
    expect(competency.anchors).toHaveLength(5);
  });

  it.each(DEFAULT_COMPETENCIES.map((c) => [c.key, c] as const))('%s: the five anchors differ from each other in every locale', (_key, competency) => {
    for (const locale of LOCALES) expect(new Set(competency.anchors.map((a) => a[locale].trim())).size).toBe(5);
  });

  it.each(TEXTS)('%s is written in every locale', (_what, text) => {
    expect(Object.keys(text).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) expect(text[locale].trim()).not.toBe('');
  });

  it.each(TEXTS)('%s: no translation is a copy of the English', (_what, text) => {
    for (const locale of TRANSLATED) expect(text[locale].trim()).not.toBe(text.en.trim());
  });

  it.each(TEXTS)('%s: Simplified and Traditional Chinese are each in their own script', (_what, text) => {
    expect(text['zh-Hans']).not.toMatch(TRADITIONAL_ONLY);
    expect(text['zh-Hant']).not.toMatch(SIMPLIFIED_ONLY);
  });

  it.each(SENTENCES)('%s: the Polish sentence keeps its Polish letters', (_what, text) => {
    expect(text.pl).toMatch(POLISH_LETTERS);
  });

  it.each(SENTENCES)('%s: sentences end with a full stop in every locale', (_what, text) => {
    for (const locale of ['en', 'pl'] as const) expect(text[locale]).toMatch(/\.$/u);
    for (const locale of ['zh-Hans', 'zh-Hant'] as const) expect(text[locale]).toMatch(/。$/u);
  });

  it.each(DEFAULT_COMPETENCIES.map((c) => [c.key, c] as const))('%s: the description is one or two sentences', (_key, competency) => {
    for (const locale of LOCALES) {
      const stops = competency.description[locale].match(locale.startsWith('zh') ? /。/gu : /[.!?](\s|$)/gu) ?? [];
      expect(stops.length).toBeGreaterThanOrEqual(1);
      expect(stops.length).toBeLessThanOrEqual(2);
    }
  });
});
