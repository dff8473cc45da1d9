import type { AnswerScale, InstrumentDefinition, SingleItemThresholdRule } from '../instrument';
import { sourceWording } from '../localized-text';

const LEVEL: AnswerScale = {
  id: 'single-item-burnout.level',
  name: 'burnout level',
  min: 1,
  max: 5,
  options: [
    {
      value: 1,
      label: sourceWording('I enjoy my work. I have no symptoms of burnout.', {
        'zh-Hans': '我喜欢我的工作。我没有任何倦怠症状。',
        'zh-Hant': '我喜歡我的工作。我沒有任何倦怠症狀。',
        pl: 'Lubię swoją pracę. Nie mam żadnych objawów wypalenia.',
      }),
    },
    {
      value: 2,
      label: sourceWording(
        "Occasionally I am under stress, and I don't always have as much energy as I once did, but I don't feel burned out.",
        {
          'zh-Hans': '我偶尔会有压力，也不总是像以前那样精力充沛，但我不觉得自己倦怠了。',
          'zh-Hant': '我偶爾會有壓力，也不總是像以前那樣精力充沛，但我不覺得自己倦怠了。',
          pl: 'Czasami odczuwam stres i nie zawsze mam tyle energii co kiedyś, ale nie odczuwam wypalenia.',
        },
      ),
    },
    {
      value: 3,
      label: sourceWording(
        'I am definitely burning out and have one or more symptoms of burnout, such as physical and emotional exhaustion.',
        {
          'zh-Hans': '我确实正在走向倦怠，并有一种或多种倦怠症状，例如身体和情绪上的精疲力竭。',
          'zh-Hant': '我確實正在走向倦怠，並有一種或多種倦怠症狀，例如身體和情緒上的精疲力竭。',
          pl: 'Zdecydowanie się wypalam i mam co najmniej jeden objaw wypalenia, na przykład wyczerpanie fizyczne i emocjonalne.',
        },
      ),
    },
    {
      value: 4,
      label: sourceWording(
        "The symptoms of burnout that I'm experiencing won't go away. I think about frustration at work a lot.",
        {
          'zh-Hans': '我正在经历的倦怠症状挥之不去。我经常想到工作中的挫败感。',
          'zh-Hant': '我正在經歷的倦怠症狀揮之不去。我經常想到工作中的挫敗感。',
          pl: 'Objawy wypalenia, których doświadczam, nie ustępują. Często myślę o frustracji w pracy.',
        },
      ),
    },
    {
      value: 5,
      label: sourceWording(
        'I feel completely burned out and often wonder if I can go on. I am at the point where I may need some changes or may need to seek some sort of help.',
        {
          'zh-Hans': '我感到彻底倦怠，常常怀疑自己能否继续下去。我已经到了可能需要做出一些改变或寻求某种帮助的地步。',
          'zh-Hant': '我感到徹底倦怠，常常懷疑自己能否繼續下去。我已經到了可能需要做出一些改變或尋求某種幫助的地步。',
          pl: 'Odczuwam całkowite wypalenie i często zastanawiam się, czy dam radę dalej. Jestem w punkcie, w którym mogę potrzebować zmian lub jakiejś formy pomocy.',
        },
      ),
    },
  ],
};

export type SingleItemBurnoutInstrument = InstrumentDefinition<SingleItemThresholdRule>;

export const SINGLE_ITEM_BURNOUT_V1: SingleItemBurnoutInstrument = {
  id: 'single-item-burnout',
  version: 1,
  name: {
    en: 'Single-item burnout measure',
    'zh-Hans': '单题倦怠测量',
    'zh-Hant': '單題倦怠測量',
    pl: 'Jednopytaniowa miara wypalenia',
  },
  answerScales: [LEVEL],
  items: [
    {
      id: 'single-item-burnout.1',
      number: 1,
      text: sourceWording('Overall, based on your definition of burnout, how would you rate your level of burnout?', {
        'zh-Hans': '总体而言，根据你自己对倦怠的理解，你会如何评价自己的倦怠程度？',
        'zh-Hant': '總體而言，根據你自己對倦怠的理解，你會如何評價自己的倦怠程度？',
        pl: 'Ogólnie rzecz biorąc, jak oceniasz swój poziom wypalenia według własnego rozumienia tego pojęcia?',
      }),
      answerScaleId: LEVEL.id,
      reverse: false,
    },
  ],
  scoring: { kind: 'single-item-threshold', burnoutFrom: 3 },
  source: {
    citation:
      'Physician Worklife Study single item (non-proprietary). Dolan, E. D., Mohr, D., Lempa, M., et al. (2015). Using a single item to measure burnout in primary care staff: a psychometric evaluation. J Gen Intern Med, 30(5), 582–587.',
    urls: [
      'https://nam.edu/clinicianwellbeing/resources/using-a-single-item-to-measure-burnout-in-primary-care-staff-a-psychometric-evaluation/',
    ],
    licence: 'Non-proprietary.',
    adaptations: [],
    toVerify: ['Exact option wording against the appendix of Dolan et al. (2015).'],
  },
};
