import type { AnswerScale, InstrumentDefinition, InstrumentItem, SubscaleMeansRule } from '../instrument';
import { sourceWording } from '../localized-text';

export type OlbiSubscaleId = 'exhaustion' | 'disengagement';

/** 1 = strongly agree … 4 = strongly disagree (INSTRUMENTS.md); reverse items then make high = burnout. */
const AGREEMENT: AnswerScale = {
  id: 'olbi.agreement',
  name: 'OLBI agreement',
  min: 1,
  max: 4,
  options: [
    {
      value: 1,
      label: sourceWording('Strongly agree', { 'zh-Hans': '非常同意', 'zh-Hant': '非常同意', pl: 'Zdecydowanie się zgadzam' }),
    },
    { value: 2, label: sourceWording('Agree', { 'zh-Hans': '同意', 'zh-Hant': '同意', pl: 'Zgadzam się' }) },
    { value: 3, label: sourceWording('Disagree', { 'zh-Hans': '不同意', 'zh-Hant': '不同意', pl: 'Nie zgadzam się' }) },
    {
      value: 4,
      label: sourceWording('Strongly disagree', {
        'zh-Hans': '非常不同意',
        'zh-Hant': '非常不同意',
        pl: 'Zdecydowanie się nie zgadzam',
      }),
    },
  ],
};

const EXHAUSTION_ITEMS = new Set([2, 4, 5, 8, 10, 12, 14, 16]);
/** The negatively worded items: agreeing (1) with them must score as much burnout (4). */
const REVERSED_ITEMS = new Set([2, 3, 4, 6, 8, 9, 11, 12]);

// English: Demerouti & Bakker (2008). zh-Hans, zh-Hant, pl: our translations, unvalidated.
const ROWS: readonly [string, string, string, string][] = [
  ['I always find new and interesting aspects in my work', '我总能在工作中发现新的、有趣的方面', '我總能在工作中發現新的、有趣的方面', 'W swojej pracy zawsze odkrywam nowe i interesujące aspekty'],
  ['There are days when I feel tired before I arrive at work', '有些日子，我还没到岗就已经感到疲倦', '有些日子，我還沒到崗就已經感到疲倦', 'Zdarzają się dni, kiedy czuję zmęczenie, zanim jeszcze dotrę do pracy'],
  ['It happens more and more often that I talk about my work in a negative way', '我越来越常以负面的方式谈论我的工作', '我越來越常以負面的方式談論我的工作', 'Coraz częściej zdarza mi się mówić o swojej pracy w negatywny sposób'],
  ['After work, I tend to need more time than in the past in order to relax and feel better', '下班后，我往往比以前需要更多时间才能放松下来、感觉好一些', '下班後，我往往比以前需要更多時間才能放鬆下來、感覺好一些', 'Po pracy zwykle potrzebuję więcej czasu niż dawniej, żeby się zrelaksować i poczuć lepiej'],
  ['I can tolerate the pressure of my work very well', '我能很好地承受工作压力', '我能很好地承受工作壓力', 'Bardzo dobrze znoszę presję w pracy'],
  ['Lately, I tend to think less at work and do my job almost mechanically', '最近，我在工作时往往想得更少，几乎是机械地完成工作', '最近，我在工作時往往想得更少，幾乎是機械地完成工作', 'Ostatnio w pracy coraz mniej myślę i wykonuję swoje obowiązki niemal mechanicznie'],
  ['I find my work to be a positive challenge', '我觉得我的工作是一种积极的挑战', '我覺得我的工作是一種積極的挑戰', 'Moja praca jest dla mnie pozytywnym wyzwaniem'],
  ['During my work, I often feel emotionally drained', '工作期间，我常常感到情绪枯竭', '工作期間，我常常感到情緒枯竭', 'W trakcie pracy często odczuwam wyczerpanie emocjonalne'],
  ['Over time, one can become disconnected from this type of work', '随着时间推移，人可能会与这类工作变得疏离', '隨著時間推移，人可能會與這類工作變得疏離', 'Z czasem można stracić więź z tego rodzaju pracą'],
  ['After working, I have enough energy for my leisure activities', '工作之后，我有足够的精力进行休闲活动', '工作之後，我有足夠的精力進行休閒活動', 'Po pracy mam wystarczająco dużo energii na zajęcia w czasie wolnym'],
  ['Sometimes I feel sickened by my work tasks', '有时我对自己的工作任务感到厌恶', '有時我對自己的工作任務感到厭惡', 'Czasami moje zadania w pracy budzą we mnie obrzydzenie'],
  ['After my work, I usually feel worn out and weary', '下班后，我通常感到精疲力竭、身心疲惫', '下班後，我通常感到精疲力竭、身心疲憊', 'Po pracy zwykle odczuwam wyczerpanie i znużenie'],
  ['This is the only type of work that I can imagine myself doing', '这是我唯一能想象自己从事的工作类型', '這是我唯一能想像自己從事的工作類型', 'To jedyny rodzaj pracy, jaki wyobrażam sobie wykonywać'],
  ['Usually, I can manage the amount of my work well', '通常，我能很好地应对我的工作量', '通常，我能很好地應對我的工作量', 'Zazwyczaj dobrze radzę sobie z ilością pracy'],
  ['I feel more and more engaged in my work', '我越来越投入我的工作', '我越來越投入我的工作', 'Coraz bardziej angażuję się w swoją pracę'],
  ['When I work, I usually feel energized', '工作时，我通常感到精力充沛', '工作時，我通常感到精力充沛', 'Podczas pracy zazwyczaj czuję przypływ energii'],
];

const ITEMS: readonly InstrumentItem[] = ROWS.map(([en, zhHans, zhHant, pl], i) => {
  const number = i + 1;
  const subscale: OlbiSubscaleId = EXHAUSTION_ITEMS.has(number) ? 'exhaustion' : 'disengagement';
  return {
    id: `olbi.${subscale}.${number}`,
    number,
    text: sourceWording(en, { 'zh-Hans': zhHans, 'zh-Hant': zhHant, pl }),
    answerScaleId: AGREEMENT.id,
    reverse: REVERSED_ITEMS.has(number),
    subscaleId: subscale,
  };
});

const itemIdsOf = (subscale: OlbiSubscaleId) => ITEMS.filter((i) => i.subscaleId === subscale).map((i) => i.id);

export type OlbiInstrument = InstrumentDefinition<SubscaleMeansRule>;

export const OLBI_V1: OlbiInstrument = {
  id: 'olbi',
  version: 1,
  name: {
    en: 'Oldenburg Burnout Inventory',
    'zh-Hans': '奥尔登堡倦怠量表',
    'zh-Hant': '奧爾登堡倦怠量表',
    pl: 'Oldenburski Kwestionariusz Wypalenia',
  },
  answerScales: [AGREEMENT],
  items: ITEMS,
  scoring: {
    kind: 'subscale-means',
    // INSTRUMENTS.md gives no missing-item rule for OLBI: we require half of each subscale (4 of 8),
    // the same proportion as CBI's 3 of 6.
    subscales: [
      {
        id: 'exhaustion',
        name: { en: 'Exhaustion', 'zh-Hans': '耗竭', 'zh-Hant': '耗竭', pl: 'Wyczerpanie' },
        itemIds: itemIdsOf('exhaustion'),
        minimumAnswered: 4,
      },
      {
        id: 'disengagement',
        name: { en: 'Disengagement', 'zh-Hans': '疏离', 'zh-Hant': '疏離', pl: 'Brak zaangażowania' },
        itemIds: itemIdsOf('disengagement'),
        minimumAnswered: 4,
      },
    ],
  },
  source: {
    citation:
      'Demerouti, E., & Bakker, A. B. (2008). The Oldenburg Burnout Inventory: A good alternative to measure burnout and engagement. In J. Halbesleben (Ed.), Handbook of stress and burnout in health care. Nova Science.',
    urls: [
      'https://knowledge-builders.org/what-is-the-oldenburg-burnout-inventory',
      'https://statistics.suttong.com/2022/04/burnout-oldenburg-burnout-inventory-olbi.html',
    ],
    licence: 'Not stated in INSTRUMENTS.md; confirm the terms of use with the authors before a release.',
    adaptations: [],
    toVerify: [
      'Missing-item rule (at least 4 of 8 items per subscale) is our convention; INSTRUMENTS.md gives none.',
      'Terms of use (commercial) are not stated in INSTRUMENTS.md.',
      'Look for published validated zh-Hans, zh-Hant and pl versions; ours are unvalidated translations.',
    ],
  },
};
