import type { AnswerScale, InstrumentDefinition, InstrumentItem, SumTimesRule } from '../instrument';
import { sourceWording } from '../localized-text';

const WHO5_SCALE: AnswerScale = {
  id: 'who5.time',
  name: 'WHO-5',
  min: 0,
  max: 5,
  options: [
    { value: 5, label: sourceWording('All of the time', { 'zh-Hans': '所有时间', 'zh-Hant': '所有時間', pl: 'Przez cały czas' }) },
    {
      value: 4,
      label: sourceWording('Most of the time', { 'zh-Hans': '大部分时间', 'zh-Hant': '大部分時間', pl: 'Przez większość czasu' }),
    },
    {
      value: 3,
      label: sourceWording('More than half of the time', {
        'zh-Hans': '一半以上的时间',
        'zh-Hant': '一半以上的時間',
        pl: 'Przez ponad połowę czasu',
      }),
    },
    {
      value: 2,
      label: sourceWording('Less than half of the time', {
        'zh-Hans': '不到一半的时间',
        'zh-Hant': '不到一半的時間',
        pl: 'Przez mniej niż połowę czasu',
      }),
    },
    { value: 1, label: sourceWording('Some of the time', { 'zh-Hans': '偶尔', 'zh-Hant': '偶爾', pl: 'Od czasu do czasu' }) },
    { value: 0, label: sourceWording('At no time', { 'zh-Hans': '从未', 'zh-Hant': '從未', pl: 'Ani razu' }) },
  ],
};

// Polish avoids past-tense verbs, which are gendered, by naming the feeling as the subject.
const ROWS: readonly [string, string, string, string][] = [
  ['I have felt cheerful and in good spirits.', '我感到心情愉快、精神饱满。', '我感到心情愉快、精神飽滿。', 'Towarzyszyły mi radość i dobry nastrój.'],
  ['I have felt calm and relaxed.', '我感到平静、放松。', '我感到平靜、放鬆。', 'Towarzyszyły mi spokój i odprężenie.'],
  ['I have felt active and vigorous.', '我感到充满活力、精力充沛。', '我感到充滿活力、精力充沛。', 'Dopisywały mi energia i chęć do działania.'],
  ['I woke up feeling fresh and rested.', '我醒来时感到神清气爽、休息充分。', '我醒來時感到神清氣爽、休息充分。', 'Po przebudzeniu towarzyszyło mi uczucie świeżości i wypoczęcia.'],
  ['My daily life has been filled with things that interest me.', '我的日常生活中充满了我感兴趣的事情。', '我的日常生活中充滿了我感興趣的事情。', 'Moje codzienne życie było wypełnione rzeczami, które mnie interesują.'],
];

const ITEMS: readonly InstrumentItem[] = ROWS.map(([en, zhHans, zhHant, pl], i) => ({
  id: `who5.${i + 1}`,
  number: i + 1,
  text: sourceWording(en, { 'zh-Hans': zhHans, 'zh-Hant': zhHant, pl }),
  answerScaleId: WHO5_SCALE.id,
  reverse: false,
}));

export type Who5Instrument = InstrumentDefinition<SumTimesRule>;

/**
 * WHO-5 screens for depression: results go only to the respondent (with the organisation's
 * support / EAP link when flagged) and into aggregates, never individually to anyone else.
 */
export const WHO5_V1: Who5Instrument = {
  id: 'who5',
  version: 1,
  name: {
    en: 'WHO-5 Well-Being Index',
    'zh-Hans': 'WHO-5 幸福感指数',
    'zh-Hant': 'WHO-5 幸福感指數',
    pl: 'Indeks dobrostanu WHO-5',
  },
  stem: sourceWording('Over the last two weeks:', {
    'zh-Hans': '在过去两周里：',
    'zh-Hant': '在過去兩週裡：',
    pl: 'W ciągu ostatnich dwóch tygodni:',
  }),
  answerScales: [WHO5_SCALE],
  items: ITEMS,
  scoring: {
    kind: 'sum-times',
    multiplier: 4,
    // INSTRUMENTS.md gives no proration: the percentage is only defined with all five answered.
    minimumAnswered: 5,
    poorWellBeingBelow: 50,
    likelyDepressionAtOrBelow: 28,
  },
  source: {
    citation:
      'World Health Organization (1998). WHO-5 Well-Being Index. Review: Topp, C. W., Østergaard, S. D., Søndergaard, S., & Bech, P. (2015). The WHO-5 Well-Being Index: A systematic review of the literature. Psychotherapy and Psychosomatics, 84, 167–176.',
    urls: [
      'https://www.inspq.qc.ca/en/post-disaster-mental-health-impacts-surveillance-toolkit/standardized-measurement-instruments/information-sheets-standardized-measurement-instruments-recommended/well-being',
      'https://help.valant.com/who-five-well-being-index-who-5',
      'https://smaat.eu/library/scales/who-5',
    ],
    licence: 'Public domain; cite the source.',
    adaptations: [
      'Answer labels written out in full ("Most of the time", "More than half of the time", "Less than half of the time") where INSTRUMENTS.md abbreviates them.',
    ],
    toVerify: [
      'Official WHO-5 translations exist for many languages; compare ours (zh-Hans, zh-Hant, pl) and replace them with the published ones where they exist.',
    ],
  },
};
