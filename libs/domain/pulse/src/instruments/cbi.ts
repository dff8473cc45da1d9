import type { AnswerScale, InstrumentDefinition, InstrumentItem, ScoreBand, SubscaleMeansRule } from '../instrument';
import { sourceWording } from '../localized-text';

export type CbiScaleId = 'personal' | 'work' | 'customer';
export type CbiBand = 'low' | 'moderate' | 'high' | 'severe';

/** Response set F (frequency). */
const FREQUENCY: AnswerScale = {
  id: 'cbi.frequency',
  name: 'frequency',
  min: 0,
  max: 100,
  options: [
    { value: 100, label: sourceWording('Always', { 'zh-Hans': '总是', 'zh-Hant': '總是', pl: 'Zawsze' }) },
    { value: 75, label: sourceWording('Often', { 'zh-Hans': '经常', 'zh-Hant': '經常', pl: 'Często' }) },
    { value: 50, label: sourceWording('Sometimes', { 'zh-Hans': '有时', 'zh-Hant': '有時', pl: 'Czasami' }) },
    { value: 25, label: sourceWording('Seldom', { 'zh-Hans': '很少', 'zh-Hant': '很少', pl: 'Rzadko' }) },
    {
      value: 0,
      label: sourceWording('Never/almost never', {
        'zh-Hans': '从不/几乎从不',
        'zh-Hant': '從不/幾乎從不',
        pl: 'Nigdy/prawie nigdy',
      }),
    },
  ],
};

/** Response set D (degree). */
const DEGREE: AnswerScale = {
  id: 'cbi.degree',
  name: 'degree',
  min: 0,
  max: 100,
  options: [
    {
      value: 100,
      label: sourceWording('To a very high degree', {
        'zh-Hans': '程度非常高',
        'zh-Hant': '程度非常高',
        pl: 'W bardzo dużym stopniu',
      }),
    },
    {
      value: 75,
      label: sourceWording('To a high degree', { 'zh-Hans': '程度较高', 'zh-Hant': '程度較高', pl: 'W dużym stopniu' }),
    },
    { value: 50, label: sourceWording('Somewhat', { 'zh-Hans': '有些', 'zh-Hant': '有些', pl: 'W pewnym stopniu' }) },
    {
      value: 25,
      label: sourceWording('To a low degree', { 'zh-Hans': '程度较低', 'zh-Hant': '程度較低', pl: 'W małym stopniu' }),
    },
    {
      value: 0,
      label: sourceWording('To a very low degree', {
        'zh-Hans': '程度非常低',
        'zh-Hant': '程度非常低',
        pl: 'W bardzo małym stopniu',
      }),
    },
  ],
};

type Row = [number, CbiScaleId, 'F' | 'D', string, string, string, string, boolean?];

// Item number, scale, response set, English (Kristensen et al. 2005, "client" read as "customers"),
// zh-Hans, zh-Hant, pl (our translations, unvalidated), reverse-scored.
const ROWS: readonly Row[] = [
  [1, 'personal', 'F', 'How often do you feel tired?', '你多常感到疲倦？', '你多常感到疲倦？', 'Jak często odczuwasz zmęczenie?'],
  [2, 'personal', 'F', 'How often are you physically exhausted?', '你多常感到身体上精疲力竭？', '你多常感到身體上精疲力竭？', 'Jak często odczuwasz wyczerpanie fizyczne?'],
  [3, 'personal', 'F', 'How often are you emotionally exhausted?', '你多常感到情绪上精疲力竭？', '你多常感到情緒上精疲力竭？', 'Jak często odczuwasz wyczerpanie emocjonalne?'],
  [4, 'personal', 'F', 'How often do you think: "I can\'t take it anymore"?', '你多常会想：“我再也受不了了”？', '你多常會想：「我再也受不了了」？', 'Jak często myślisz: „Nie mogę już tego znieść”?'],
  [5, 'personal', 'F', 'How often do you feel worn out?', '你多常感到身心俱疲？', '你多常感到身心俱疲？', 'Jak często czujesz, że opadasz z sił?'],
  [6, 'personal', 'F', 'How often do you feel weak and susceptible to illness?', '你多常感到虚弱、容易生病？', '你多常感到虛弱、容易生病？', 'Jak często odczuwasz osłabienie i podatność na choroby?'],
  [7, 'work', 'D', 'Is your work emotionally exhausting?', '你的工作是否让你在情绪上精疲力竭？', '你的工作是否讓你在情緒上精疲力竭？', 'Czy Twoja praca jest wyczerpująca emocjonalnie?'],
  [8, 'work', 'D', 'Do you feel burnt out because of your work?', '你是否因为工作而感到倦怠？', '你是否因為工作而感到倦怠？', 'Czy odczuwasz wypalenie z powodu swojej pracy?'],
  [9, 'work', 'D', 'Does your work frustrate you?', '你的工作是否让你感到挫败？', '你的工作是否讓你感到挫敗？', 'Czy Twoja praca Cię frustruje?'],
  [10, 'work', 'F', 'Do you feel worn out at the end of the working day?', '在一天的工作结束时，你是否感到身心俱疲？', '在一天的工作結束時，你是否感到身心俱疲？', 'Czy pod koniec dnia pracy czujesz, że opadasz z sił?'],
  [11, 'work', 'F', 'Are you exhausted in the morning at the thought of another day at work?', '早上一想到又要工作一天，你是否就感到精疲力竭？', '早上一想到又要工作一天，你是否就感到精疲力竭？', 'Czy rano czujesz wyczerpanie na myśl o kolejnym dniu w pracy?'],
  [12, 'work', 'F', 'Do you feel that every working hour is tiring for you?', '你是否觉得工作中的每个小时都让你疲惫？', '你是否覺得工作中的每個小時都讓你疲憊？', 'Czy masz poczucie, że każda godzina pracy Cię męczy?'],
  [13, 'work', 'F', 'Do you have enough energy for family and friends during leisure time?', '在闲暇时间，你是否有足够的精力陪伴家人和朋友？', '在閒暇時間，你是否有足夠的精力陪伴家人和朋友？', 'Czy w czasie wolnym masz wystarczająco dużo energii dla rodziny i przyjaciół?', true],
  [14, 'customer', 'D', 'Do you find it hard to work with customers?', '你是否觉得与客户打交道很困难？', '你是否覺得與客戶打交道很困難？', 'Czy praca z klientami sprawia Ci trudność?'],
  [15, 'customer', 'D', 'Do you find it frustrating to work with customers?', '你是否觉得与客户打交道令人沮丧？', '你是否覺得與客戶打交道令人沮喪？', 'Czy praca z klientami Cię frustruje?'],
  [16, 'customer', 'D', 'Does it drain your energy to work with customers?', '与客户打交道是否会耗尽你的精力？', '與客戶打交道是否會耗盡你的精力？', 'Czy praca z klientami odbiera Ci energię?'],
  [17, 'customer', 'D', 'Do you feel that you give more than you get back when you work with customers?', '与客户打交道时，你是否觉得自己付出的比得到的多？', '與客戶打交道時，你是否覺得自己付出的比得到的多？', 'Czy masz poczucie, że w pracy z klientami dajesz więcej, niż otrzymujesz w zamian?'],
  [18, 'customer', 'F', 'Are you tired of working with customers?', '你是否厌倦了与客户打交道？', '你是否厭倦了與客戶打交道？', 'Czy masz dość pracy z klientami?'],
  [19, 'customer', 'F', 'Do you sometimes wonder how long you will be able to continue working with customers?', '你是否有时会想，自己还能继续与客户打交道多久？', '你是否有時會想，自己還能繼續與客戶打交道多久？', 'Czy zdarza Ci się zastanawiać, jak długo jeszcze będziesz w stanie pracować z klientami?'],
];

const ITEMS: readonly InstrumentItem[] = ROWS.map(([number, scale, set, en, zhHans, zhHant, pl, reverse]) => ({
  id: `cbi.${scale}.${number}`,
  number,
  text: sourceWording(en, { 'zh-Hans': zhHans, 'zh-Hant': zhHant, pl }),
  answerScaleId: set === 'F' ? FREQUENCY.id : DEGREE.id,
  reverse: reverse ?? false,
  subscaleId: scale,
}));

const itemIdsOf = (scale: CbiScaleId) => ITEMS.filter((i) => i.subscaleId === scale).map((i) => i.id);

/** < 50 low, 50–74 moderate, 75–99 high, 100 severe (a secondary convention; no clinical cut-off). */
export const CBI_BANDS: readonly ScoreBand<CbiBand>[] = [
  { id: 'low', from: 0 },
  { id: 'moderate', from: 50 },
  { id: 'high', from: 75 },
  { id: 'severe', from: 100 },
];

export type CbiInstrument = InstrumentDefinition<SubscaleMeansRule & { readonly bands: readonly ScoreBand<CbiBand>[] }>;

export const CBI_V1: CbiInstrument = {
  id: 'cbi',
  version: 1,
  name: {
    en: 'Copenhagen Burnout Inventory',
    'zh-Hans': '哥本哈根倦怠量表',
    'zh-Hant': '哥本哈根倦怠量表',
    pl: 'Kopenhaski Kwestionariusz Wypalenia',
  },
  answerScales: [FREQUENCY, DEGREE],
  items: ITEMS,
  scoring: {
    kind: 'subscale-means',
    // PUMA convention: a scale with fewer than 3 answered items is missing. No total across scales.
    subscales: [
      {
        id: 'personal',
        name: { en: 'Personal burnout', 'zh-Hans': '个人倦怠', 'zh-Hant': '個人倦怠', pl: 'Wypalenie osobiste' },
        itemIds: itemIdsOf('personal'),
        minimumAnswered: 3,
      },
      {
        id: 'work',
        name: { en: 'Work-related burnout', 'zh-Hans': '工作相关倦怠', 'zh-Hant': '工作相關倦怠', pl: 'Wypalenie związane z pracą' },
        itemIds: itemIdsOf('work'),
        minimumAnswered: 3,
      },
      {
        id: 'customer',
        name: {
          en: 'Customer-related burnout',
          'zh-Hans': '客户相关倦怠',
          'zh-Hant': '客戶相關倦怠',
          pl: 'Wypalenie związane z klientami',
        },
        itemIds: itemIdsOf('customer'),
        minimumAnswered: 3,
      },
    ],
    bands: CBI_BANDS,
  },
  source: {
    citation:
      'Kristensen, T. S., Borritz, M., Villadsen, E., & Christensen, K. B. (2005). The Copenhagen Burnout Inventory: A new tool for the assessment of burnout. Work & Stress, 19(3), 192–207.',
    urls: [
      'https://nfa.dk/vaerktoejer/spoergeskemaer/spoergeskema-til-maaling-af-udbraendthed-cbi/copenhagen-burnout-inventory-cbi',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC9358756/table/emp212797-tbl-0001',
    ],
    licence: 'Free to use; cite the source.',
    adaptations: ['"Client" replaced by "customers", as the authors allow for the group a worker serves.'],
    toVerify: [
      'Missing-item rule (fewer than 3 answered items: scale missing) is the PUMA convention; check the nfa.dk scale sheet.',
      'Bands 50–74 / 75–99 / 100 are a secondary convention, not a clinical cut-off; compare with the nfa.dk norms.',
      'Look for published validated zh-Hans, zh-Hant and pl versions; ours are unvalidated translations.',
    ],
  },
};
