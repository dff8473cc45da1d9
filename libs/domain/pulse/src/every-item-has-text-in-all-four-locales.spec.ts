import { LOCALES } from '@pulse/shared';
import type { InstrumentDefinition } from './instrument';
import { defineLikertInstrument, LIKERT_AGREEMENT_5, LIKERT_AGREEMENT_7 } from './instruments/likert';
import { INSTRUMENT_LIBRARY } from './instruments/library';
import type { LocalizedText } from './localized-text';

/** Every piece of instrument wording: item texts, stems, answer labels and anchors. */
function wordings(instrument: InstrumentDefinition): [string, LocalizedText][] {
  const out: [string, LocalizedText][] = instrument.items.map((i) => [i.id, i.text]);
  if (instrument.stem) out.push([`${instrument.id} stem`, instrument.stem]);
  for (const scale of instrument.answerScales) {
    for (const o of scale.options) if (o.label) out.push([`${scale.id} = ${o.value}`, o.label]);
    if (scale.anchors) out.push([`${scale.id} min`, scale.anchors.min], [`${scale.id} max`, scale.anchors.max]);
  }
  return out;
}

const PUBLISHED = INSTRUMENT_LIBRARY.flatMap((instrument) => wordings(instrument).map(([what, text]) => [what, text] as const));

// Characters that exist in only one of the two Chinese scripts (pairs taken from our texts, minus
// characters both scripts use, such as 里, 后, 周, 松): a text in the wrong script shows up here.
const SIMPLIFIED_ONLY =
  /[体绪会虚让为败结时觉个惫闲间够与户难丧尽厌还继续总经从较饱满静来气兴过两尔数发现没岗负谈论压机种积极战随这类变离进动对务恶应奥荐组织员净评价欢状样确实历挥彻怀寻帮单题测点]/u;
const TRADITIONAL_ONLY =
  /[體緒會虛讓為敗結時覺個憊閒間夠與戶難喪盡厭還繼續總經從較飽滿靜來氣興過兩爾數發現沒崗負談論壓機種積極戰隨這類變離進動對務惡應奧薦組織員淨評價歡狀樣確實歷揮徹懷尋幫單題測點裡週後並幾據鬆]/u;

describe('every instrument text ships in en, zh-Hans, zh-Hant and pl', () => {
  it('covers all four product locales', () => {
    expect(LOCALES).toEqual(['en', 'zh-Hans', 'zh-Hant', 'pl']);
  });

  it.each(PUBLISHED)('%s has non-empty text in every locale', (_what, text) => {
    for (const locale of LOCALES) expect(text[locale]?.text.trim()).toBeTruthy();
  });

  it.each(PUBLISHED)('%s: English is the published wording; our translations are marked unvalidated', (_what, text) => {
    // INSTRUMENTS.md names no published validated translation for any of our languages.
    expect(text.en.validated).toBe(true);
    expect([text['zh-Hans'].validated, text['zh-Hant'].validated, text.pl.validated]).toEqual([false, false, false]);
  });

  it.each(PUBLISHED)('%s: no translation is a copy of the English', (_what, text) => {
    for (const locale of ['zh-Hans', 'zh-Hant', 'pl'] as const) expect(text[locale].text).not.toBe(text.en.text);
  });

  it.each(PUBLISHED)('%s: Simplified and Traditional Chinese are each in their own script', (_what, text) => {
    expect(text['zh-Hans'].text).not.toMatch(TRADITIONAL_ONLY);
    expect(text['zh-Hant'].text).not.toMatch(SIMPLIFIED_ONLY);
  });

  it.each(INSTRUMENT_LIBRARY.map((i) => [`${i.id}@${i.version}`, i] as const))('%s has a name and subscale names in every locale', (_key, instrument) => {
    const names = [instrument.name, ...(instrument.scoring.kind === 'subscale-means' ? instrument.scoring.subscales.map((s) => s.name) : [])];
    for (const name of names) for (const locale of LOCALES) expect(name[locale].trim()).toBeTruthy();
  });

  it('the Likert answer labels (used by every HR-authored item) are complete too', () => {
    const draft = defineLikertInstrument({
      id: 'custom.check',
      version: 1,
      name: { en: 'Check', 'zh-Hans': '检查', 'zh-Hant': '檢查', pl: 'Sprawdzenie' },
      items: [
        { key: 'a', points: 5, text: { en: 'A', 'zh-Hans': '甲', 'zh-Hant': '甲', pl: 'A (pl)' } },
        { key: 'b', points: 7, text: { en: 'B', 'zh-Hans': '乙', 'zh-Hant': '乙', pl: 'B (pl)' } },
      ],
    });
    if (!draft.ok) throw new Error(draft.errors.join('\n'));
    expect(draft.value.answerScales).toEqual([LIKERT_AGREEMENT_5, LIKERT_AGREEMENT_7]);
    for (const [, text] of wordings(draft.value).filter(([what]) => what.startsWith('likert.'))) {
      for (const locale of LOCALES) expect(text[locale].text.trim()).toBeTruthy();
      expect(text['zh-Hant'].text).not.toMatch(SIMPLIFIED_ONLY);
      expect(text['zh-Hans'].text).not.toMatch(TRADITIONAL_ONLY);
    }
  });
});
