// Test fixtures only (not exported from the package): small ladders built in a line, so each table
// row states just what it is about.
import type { Competency, Expectation, LadderDefinition, Level, LocalizedString, Move, MoveKind, Proficiency, Track } from '../ladder';

export function text(en: string): LocalizedString {
  return { en, 'zh-Hans': `${en}（简）`, 'zh-Hant': `${en}（繁）`, pl: `${en} (pl)` };
}

export function competency(key: string, name = key): Competency {
  return {
    key,
    name: text(name),
    description: text(`What ${name} means`),
    anchors: [1, 2, 3, 4, 5].map((p) => text(`${name} at ${p}`)),
  };
}

export function track(key: string): Track {
  return { key, name: text(key) };
}

export function level(
  key: string,
  trackKey: string,
  rank: number,
  expects: Readonly<Record<string, number>> = {},
  options: { minMonths?: number; entry?: boolean } = {},
): Level {
  return {
    key,
    trackKey,
    rank,
    name: text(key),
    minMonthsInLevel: options.minMonths ?? 0,
    entry: options.entry ?? false,
    expectations: Object.entries(expects).map(([competencyKey, proficiency]): Expectation => ({
      competencyKey,
      proficiency: proficiency as Proficiency,
    })),
  };
}

export function move(fromLevelKey: string, toLevelKey: string, kind: MoveKind = 'PROMOTION', requiredCertifications: string[] = []): Move {
  return { fromLevelKey, toLevelKey, kind, requiredCertifications };
}

export const SUPPORT_COMPETENCIES = [
  'empathy',
  'communication',
  'product-knowledge',
  'digital-tools',
  'customer-insight',
  'data-analysis',
  'risk-control',
  'cost-awareness',
  'coaching-leadership',
];

/** The demo support ladder of CAREER.md (issue 11 §8), with expectations chosen for the tests. */
export function supportLadder(): LadderDefinition {
  return {
    competencies: SUPPORT_COMPETENCIES.map((key) => competency(key, key === 'empathy' ? 'Empathy' : key)),
    tracks: ['support-ic', 'team-leadership', 'quality', 'workforce', 'training'].map(track),
    levels: [
      level('agent-1', 'support-ic', 1, { empathy: 2, communication: 2 }, { minMonths: 6, entry: true }),
      level('agent-2', 'support-ic', 2, { empathy: 3, communication: 3, 'product-knowledge': 2 }, { minMonths: 12 }),
      level('senior-agent', 'support-ic', 3, { empathy: 3, communication: 3, 'product-knowledge': 3 }, { minMonths: 12 }),
      level('specialist', 'support-ic', 4, { 'product-knowledge': 4, 'data-analysis': 3 }, { minMonths: 12 }),
      level('team-lead', 'team-leadership', 1, { communication: 4, 'coaching-leadership': 3 }, { minMonths: 18 }),
      level('support-manager', 'team-leadership', 2, { 'coaching-leadership': 4, 'cost-awareness': 3 }, { minMonths: 24 }),
      level('quality-analyst', 'quality', 1, { 'risk-control': 3, 'data-analysis': 3 }, { minMonths: 12 }),
      level('workforce-analyst', 'workforce', 1, { 'data-analysis': 4, 'cost-awareness': 2 }, { minMonths: 12 }),
      level('trainer', 'training', 1, { communication: 4, 'coaching-leadership': 2 }, { minMonths: 12 }),
    ],
    moves: [
      move('agent-1', 'agent-2'),
      move('agent-2', 'senior-agent'),
      move('senior-agent', 'specialist'),
      move('specialist', 'team-lead'),
      move('team-lead', 'support-manager'),
      move('senior-agent', 'team-lead'),
      move('senior-agent', 'quality-analyst', 'LATERAL', ['QA calibration']),
      move('quality-analyst', 'senior-agent', 'LATERAL'),
      move('senior-agent', 'workforce-analyst', 'LATERAL'),
      move('workforce-analyst', 'senior-agent', 'LATERAL'),
      move('senior-agent', 'trainer', 'LATERAL', ['Train-the-trainer']),
      move('specialist', 'trainer', 'LATERAL', ['Train-the-trainer']),
    ],
  };
}
