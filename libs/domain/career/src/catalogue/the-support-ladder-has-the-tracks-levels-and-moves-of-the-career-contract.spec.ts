import { LOCALES } from '@pulse/shared';
import type { Level, LocalizedString } from '../ladder';
import { QA_CALIBRATION, SUPPORT_LADDER, SUPPORT_LEVEL_KEYS, SUPPORT_TRACK_KEYS, TRAIN_THE_TRAINER } from './support-ladder';

const level = (key: string): Level => {
  const found = SUPPORT_LADDER.levels.find((l) => l.key === key);
  if (!found) throw new Error(`no level ${key}`);
  return found;
};
const expected = (levelKey: string, competencyKey: string): number =>
  level(levelKey).expectations.find((e) => e.competencyKey === competencyKey)?.proficiency ?? 0;

const TEXTS: readonly (readonly [string, LocalizedString])[] = [
  ...SUPPORT_LADDER.tracks.map((t) => [`track ${t.key}`, t.name] as const),
  ...SUPPORT_LADDER.levels.map((l) => [`level ${l.key}`, l.name] as const),
];

describe('the demo support ladder (issue 11 §8)', () => {
  it('has the five tracks of the career contract', () => {
    expect(SUPPORT_LADDER.tracks.map((t) => t.key)).toEqual(['support-ic', 'team-leadership', 'quality', 'workforce', 'training']);
    expect(SUPPORT_TRACK_KEYS).toEqual(SUPPORT_LADDER.tracks.map((t) => t.key));
  });

  it.each([
    ['agent-1', 'support-ic', 1, 'Agent I'],
    ['agent-2', 'support-ic', 2, 'Agent II'],
    ['senior-agent', 'support-ic', 3, 'Senior Agent'],
    ['specialist', 'support-ic', 4, 'Specialist / Tier 2'],
    ['team-lead', 'team-leadership', 1, 'Team Lead'],
    ['support-manager', 'team-leadership', 2, 'Support Manager'],
    ['quality-analyst', 'quality', 1, 'Quality Analyst'],
    ['workforce-analyst', 'workforce', 1, 'Workforce Analyst'],
    ['trainer', 'training', 1, 'Trainer'],
  ])('level %s sits in track %s at rank %i and is called "%s"', (key, trackKey, rank, name) => {
    expect(level(key)).toMatchObject({ trackKey, rank, name: { en: name } });
  });

  it('has exactly the nine levels of the contract', () => {
    expect(SUPPORT_LADDER.levels.map((l) => l.key)).toEqual([...SUPPORT_LEVEL_KEYS]);
  });

  it.each([
    ['agent-1', 6],
    ['agent-2', 12],
    ['senior-agent', 12],
    ['specialist', 12],
    ['team-lead', 18],
    ['support-manager', 0],
  ])('%s asks for at least %i months in level before moving on', (key, months) => {
    expect(level(key).minMonthsInLevel).toBe(months);
  });

  it('people start the ladder as Agent I (and managers may be hired in)', () => {
    expect(SUPPORT_LADDER.levels.filter((l) => l.entry).map((l) => l.key)).toEqual(['agent-1', 'support-manager']);
  });

  it('allows exactly the moves of the career contract, with their certifications', () => {
    const moves = SUPPORT_LADDER.moves.map((m) => `${m.kind} ${m.fromLevelKey} -> ${m.toLevelKey} [${m.requiredCertifications.join(', ')}]`);
    expect(moves.sort()).toEqual(
      [
        'PROMOTION agent-1 -> agent-2 []',
        'PROMOTION agent-2 -> senior-agent []',
        'PROMOTION senior-agent -> specialist []',
        'PROMOTION specialist -> team-lead []',
        'PROMOTION team-lead -> support-manager []',
        'PROMOTION senior-agent -> team-lead []',
        'LATERAL senior-agent -> quality-analyst [QA calibration]',
        'LATERAL quality-analyst -> senior-agent []',
        'LATERAL senior-agent -> workforce-analyst []',
        'LATERAL workforce-analyst -> senior-agent []',
        'LATERAL senior-agent -> trainer [Train-the-trainer]',
        'LATERAL specialist -> trainer [Train-the-trainer]',
      ].sort(),
    );
    expect([QA_CALIBRATION, TRAIN_THE_TRAINER]).toEqual(['QA calibration', 'Train-the-trainer']);
  });

  it('uses the default competency catalogue', () => {
    expect(SUPPORT_LADDER.competencies.map((c) => c.key)).toHaveLength(9);
  });

  it.each(SUPPORT_LADDER.levels.map((l) => [l.key, l] as const))('%s expects only known competencies, each once, at 1–5', (_key, l) => {
    const known = new Set(SUPPORT_LADDER.competencies.map((c) => c.key));
    for (const e of l.expectations) {
      expect(known.has(e.competencyKey)).toBe(true);
      expect(e.proficiency).toBeGreaterThanOrEqual(1);
      expect(e.proficiency).toBeLessThanOrEqual(5);
    }
    expect(new Set(l.expectations.map((e) => e.competencyKey)).size).toBe(l.expectations.length);
  });

  it.each(SUPPORT_LADDER.moves.filter((m) => m.kind === 'PROMOTION').map((m) => [m.fromLevelKey, m.toLevelKey] as const))(
    'promotion %s -> %s never expects less of a competency the level below expected',
    (from, to) => {
      for (const e of level(from).expectations) expect(expected(to, e.competencyKey)).toBeGreaterThanOrEqual(e.proficiency);
    },
  );

  it.each(SUPPORT_LADDER.moves.filter((m) => m.kind === 'PROMOTION').map((m) => [m.fromLevelKey, m.toLevelKey] as const))(
    'promotion %s -> %s asks for more of at least one competency',
    (from, to) => {
      const total = (key: string) => level(key).expectations.reduce((sum, e) => sum + e.proficiency, 0);
      expect(total(to)).toBeGreaterThan(total(from));
    },
  );

  it.each([
    ['team-lead', 'coaching-leadership', 4],
    ['support-manager', 'coaching-leadership', 5],
    ['quality-analyst', 'data-analysis', 4],
    ['quality-analyst', 'risk-control', 4],
    ['workforce-analyst', 'data-analysis', 4],
    ['workforce-analyst', 'cost-awareness', 4],
    ['trainer', 'communication', 4],
    ['trainer', 'coaching-leadership', 4],
  ])('%s expects %s at %i, more than a senior agent', (key, competencyKey, proficiency) => {
    expect(expected(key, competencyKey)).toBe(proficiency);
    expect(expected(key, competencyKey)).toBeGreaterThan(expected('senior-agent', competencyKey));
  });

  it.each(TEXTS)('%s has a name in every locale, translated rather than copied', (_what, name) => {
    for (const locale of LOCALES) expect(name[locale].trim()).not.toBe('');
    for (const locale of ['zh-Hans', 'zh-Hant', 'pl'] as const) expect(name[locale]).not.toBe(name.en);
  });
});
