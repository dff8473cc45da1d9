import { numericOptions, type AnswerScale, type InstrumentDefinition, type NetPromoterRule } from '../instrument';
import { sourceWording } from '../localized-text';

const LIKELIHOOD: AnswerScale = {
  id: 'enps.likelihood',
  name: 'eNPS',
  min: 0,
  max: 10,
  options: numericOptions(0, 10),
  anchors: {
    min: sourceWording('Not at all likely', { 'zh-Hans': '完全不可能', 'zh-Hant': '完全不可能', pl: 'Zupełnie nieprawdopodobne' }),
    max: sourceWording('Extremely likely', { 'zh-Hans': '极有可能', 'zh-Hant': '極有可能', pl: 'Niezwykle prawdopodobne' }),
  },
};

export type EnpsInstrument = InstrumentDefinition<NetPromoterRule>;

export const ENPS_V1: EnpsInstrument = {
  id: 'enps',
  version: 1,
  name: {
    en: 'Employee Net Promoter Score',
    'zh-Hans': '员工净推荐值',
    'zh-Hant': '員工淨推薦值',
    pl: 'Wskaźnik eNPS',
  },
  answerScales: [LIKELIHOOD],
  items: [
    {
      id: 'enps.recommend',
      number: 1,
      text: sourceWording('How likely are you to recommend this organisation as a place to work?', {
        'zh-Hans': '你有多大可能向他人推荐本组织作为工作的地方？',
        'zh-Hant': '你有多大可能向他人推薦本組織作為工作的地方？',
        pl: 'Jak bardzo prawdopodobne jest, że polecisz tę organizację jako miejsce pracy?',
      }),
      answerScaleId: LIKELIHOOD.id,
      reverse: false,
    },
  ],
  scoring: { kind: 'net-promoter', promoterFrom: 9, detractorUpTo: 6 },
  source: {
    citation: 'Employee Net Promoter Score: % promoters (9–10) − % detractors (0–6), from −100 to +100.',
    urls: [
      'https://help.zenefits.com/Human_Resources_(HR)/People_enablement/Engagement/Understanding_Engagement_Survey_Results/eNPS_Survey_Methodology',
    ],
    licence: 'Generic question; no licence needed.',
    adaptations: [
      '"[company]" reads "this organisation" (SPEC §4.1 wording): no per-organisation text to translate.',
      'Anchor labels "Not at all likely" / "Extremely likely" are the usual NPS anchors, not from INSTRUMENTS.md.',
    ],
    toVerify: [],
  },
};
