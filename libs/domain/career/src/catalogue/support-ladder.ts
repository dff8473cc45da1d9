import type { LadderDefinition, Level, Move, Track } from '../ladder';
import { DEFAULT_COMPETENCIES } from './competencies';
import { expectationsOf } from './expectations';

/** Certification names the demo ladder's moves require (the learning slice issues them). */
export const QA_CALIBRATION = 'QA calibration';
export const TRAIN_THE_TRAINER = 'Train-the-trainer';

export const SUPPORT_TRACK_KEYS = ['support-ic', 'team-leadership', 'quality', 'workforce', 'training'] as const;
export type SupportTrackKey = (typeof SUPPORT_TRACK_KEYS)[number];

export const SUPPORT_LEVEL_KEYS = [
  'agent-1',
  'agent-2',
  'senior-agent',
  'specialist',
  'team-lead',
  'support-manager',
  'quality-analyst',
  'workforce-analyst',
  'trainer',
] as const;
export type SupportLevelKey = (typeof SUPPORT_LEVEL_KEYS)[number];

const TRACKS: readonly (Track & { readonly key: SupportTrackKey })[] = [
  {
    key: 'support-ic',
    name: {
      en: 'Support (individual contributor)',
      'zh-Hans': '客服（专业序列）',
      'zh-Hant': '客服（專業職系）',
      pl: 'Obsługa klienta (ścieżka ekspercka)',
    },
  },
  {
    key: 'team-leadership',
    name: { en: 'Team leadership', 'zh-Hans': '团队管理', 'zh-Hant': '團隊管理', pl: 'Kierowanie zespołem' },
  },
  {
    key: 'quality',
    name: { en: 'Quality', 'zh-Hans': '质量管理', 'zh-Hant': '品質管理', pl: 'Jakość' },
  },
  {
    key: 'workforce',
    name: { en: 'Workforce management', 'zh-Hans': '排班与人力规划', 'zh-Hant': '排班與人力規劃', pl: 'Planowanie obsady' },
  },
  {
    key: 'training',
    name: { en: 'Training and knowledge', 'zh-Hans': '培训与知识管理', 'zh-Hant': '教育訓練與知識管理', pl: 'Szkolenia i wiedza' },
  },
];

/**
 * Expectations rise with each promotion (a promotion never asks for less of a competency the level
 * below already expected); the specialist tracks ask most of the competencies their work is made of.
 */
const LEVELS: readonly (Level & { readonly key: SupportLevelKey; readonly trackKey: SupportTrackKey })[] = [
  {
    key: 'agent-1',
    trackKey: 'support-ic',
    rank: 1,
    name: { en: 'Agent I', 'zh-Hans': '客服专员 I', 'zh-Hant': '客服專員 I', pl: 'Konsultant I' },
    minMonthsInLevel: 6,
    entry: true,
    expectations: expectationsOf({
      empathy: 2,
      communication: 2,
      'product-knowledge': 1,
      'digital-tools': 1,
      'customer-insight': 1,
      'risk-control': 1,
    }),
  },
  {
    key: 'agent-2',
    trackKey: 'support-ic',
    rank: 2,
    name: { en: 'Agent II', 'zh-Hans': '客服专员 II', 'zh-Hant': '客服專員 II', pl: 'Konsultant II' },
    minMonthsInLevel: 12,
    entry: false,
    expectations: expectationsOf({
      empathy: 3,
      communication: 3,
      'product-knowledge': 2,
      'digital-tools': 2,
      'customer-insight': 2,
      'data-analysis': 1,
      'risk-control': 2,
      'cost-awareness': 1,
    }),
  },
  {
    key: 'senior-agent',
    trackKey: 'support-ic',
    rank: 3,
    name: { en: 'Senior Agent', 'zh-Hans': '高级客服专员', 'zh-Hant': '資深客服專員', pl: 'Starszy konsultant' },
    minMonthsInLevel: 12,
    entry: false,
    expectations: expectationsOf({
      empathy: 3,
      communication: 3,
      'product-knowledge': 3,
      'digital-tools': 3,
      'customer-insight': 3,
      'data-analysis': 2,
      'risk-control': 3,
      'cost-awareness': 2,
      'coaching-leadership': 2,
    }),
  },
  {
    key: 'specialist',
    trackKey: 'support-ic',
    rank: 4,
    name: {
      en: 'Specialist / Tier 2',
      'zh-Hans': '专家（二线支持）',
      'zh-Hant': '專家（二線支援）',
      pl: 'Specjalista / II linia wsparcia',
    },
    minMonthsInLevel: 12,
    entry: false,
    expectations: expectationsOf({
      empathy: 4,
      communication: 4,
      'product-knowledge': 4,
      'digital-tools': 3,
      'customer-insight': 3,
      'data-analysis': 3,
      'risk-control': 3,
      'cost-awareness': 2,
      'coaching-leadership': 2,
    }),
  },
  {
    key: 'team-lead',
    trackKey: 'team-leadership',
    rank: 1,
    name: { en: 'Team Lead', 'zh-Hans': '客服组长', 'zh-Hant': '客服組長', pl: 'Lider zespołu' },
    minMonthsInLevel: 18,
    entry: false,
    expectations: expectationsOf({
      empathy: 4,
      communication: 4,
      'product-knowledge': 4,
      'digital-tools': 3,
      'customer-insight': 3,
      'data-analysis': 3,
      'risk-control': 3,
      'cost-awareness': 3,
      'coaching-leadership': 4,
    }),
  },
  {
    key: 'support-manager',
    trackKey: 'team-leadership',
    rank: 2,
    name: { en: 'Support Manager', 'zh-Hans': '客服经理', 'zh-Hant': '客服經理', pl: 'Kierownik obsługi klienta' },
    minMonthsInLevel: 0,
    // Managers are also hired from outside, straight into this level.
    entry: true,
    expectations: expectationsOf({
      empathy: 4,
      communication: 5,
      'product-knowledge': 4,
      'digital-tools': 3,
      'customer-insight': 4,
      'data-analysis': 4,
      'risk-control': 4,
      'cost-awareness': 4,
      'coaching-leadership': 5,
    }),
  },
  {
    key: 'quality-analyst',
    trackKey: 'quality',
    rank: 1,
    name: { en: 'Quality Analyst', 'zh-Hans': '质检分析师', 'zh-Hant': '品質分析師', pl: 'Analityk jakości' },
    minMonthsInLevel: 12,
    entry: false,
    expectations: expectationsOf({
      empathy: 3,
      communication: 4,
      'product-knowledge': 4,
      'digital-tools': 3,
      'customer-insight': 3,
      'data-analysis': 4,
      'risk-control': 4,
      'cost-awareness': 2,
      'coaching-leadership': 3,
    }),
  },
  {
    key: 'workforce-analyst',
    trackKey: 'workforce',
    rank: 1,
    name: { en: 'Workforce Analyst', 'zh-Hans': '人力规划分析师', 'zh-Hant': '人力規劃分析師', pl: 'Analityk planowania obsady' },
    minMonthsInLevel: 12,
    entry: false,
    expectations: expectationsOf({
      communication: 3,
      'product-knowledge': 3,
      'digital-tools': 4,
      'customer-insight': 2,
      'data-analysis': 4,
      'risk-control': 2,
      'cost-awareness': 4,
    }),
  },
  {
    key: 'trainer',
    trackKey: 'training',
    rank: 1,
    name: { en: 'Trainer', 'zh-Hans': '培训师', 'zh-Hant': '培訓講師', pl: 'Trener' },
    minMonthsInLevel: 12,
    entry: false,
    expectations: expectationsOf({
      empathy: 4,
      communication: 4,
      'product-knowledge': 4,
      'digital-tools': 3,
      'customer-insight': 3,
      'risk-control': 3,
      'coaching-leadership': 4,
    }),
  },
];

const promotion = (fromLevelKey: SupportLevelKey, toLevelKey: SupportLevelKey): Move => ({
  fromLevelKey,
  toLevelKey,
  kind: 'PROMOTION',
  requiredCertifications: [],
});
const lateral = (fromLevelKey: SupportLevelKey, toLevelKey: SupportLevelKey, ...requiredCertifications: string[]): Move => ({
  fromLevelKey,
  toLevelKey,
  kind: 'LATERAL',
  requiredCertifications,
});

const MOVES: readonly Move[] = [
  promotion('agent-1', 'agent-2'),
  promotion('agent-2', 'senior-agent'),
  promotion('senior-agent', 'specialist'),
  promotion('specialist', 'team-lead'),
  promotion('team-lead', 'support-manager'),
  // A strong senior agent may lead a team without passing through Tier 2.
  promotion('senior-agent', 'team-lead'),
  lateral('senior-agent', 'quality-analyst', QA_CALIBRATION),
  lateral('quality-analyst', 'senior-agent'),
  lateral('senior-agent', 'workforce-analyst'),
  lateral('workforce-analyst', 'senior-agent'),
  lateral('senior-agent', 'trainer', TRAIN_THE_TRAINER),
  lateral('specialist', 'trainer', TRAIN_THE_TRAINER),
];

/** The demo support ladder (issue 11 §8), built on the default competencies. */
export const SUPPORT_LADDER: LadderDefinition = {
  competencies: DEFAULT_COMPETENCIES,
  tracks: TRACKS,
  levels: LEVELS,
  moves: MOVES,
};
