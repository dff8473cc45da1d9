import { currentProficiencies, proficiencyOf, type AssessmentRecord, type AssessorKind } from './proficiency';

const a = (assessorKind: AssessorKind, proficiency: number, assessedAt: string): AssessmentRecord => ({
  competencyKey: 'empathy',
  assessorKind,
  proficiency,
  assessedAt,
});

describe('currentProficiencies', () => {
  it.each<[string, AssessmentRecord[], number, boolean]>([
    ['not assessed', [], 0, false],
    ['only a self assessment', [a('SELF', 3, '2025-01-01T00:00:00Z')], 3, true],
    ['the latest of several self assessments', [a('SELF', 4, '2025-03-01T00:00:00Z'), a('SELF', 2, '2025-01-01T00:00:00Z')], 4, true],
    ['a manager assessment over a later self assessment', [a('MANAGER', 2, '2025-01-01T00:00:00Z'), a('SELF', 5, '2025-06-01T00:00:00Z')], 2, false],
    ['the latest manager assessment', [a('MANAGER', 2, '2025-01-01T00:00:00Z'), a('MANAGER', 4, '2025-05-01T00:00:00Z'), a('MANAGER', 3, '2025-03-01T00:00:00Z')], 4, false],
    ['a peer assessment alone counts for nothing', [a('PEER', 5, '2025-01-01T00:00:00Z')], 0, false],
    ['a peer assessment never overrides self', [a('SELF', 2, '2025-01-01T00:00:00Z'), a('PEER', 5, '2025-02-01T00:00:00Z')], 2, true],
    ['the later of two at the same instant (input order)', [a('MANAGER', 2, '2025-01-01T00:00:00Z'), a('MANAGER', 3, '2025-01-01T00:00:00Z')], 3, false],
    ['times compared as instants, not text', [a('MANAGER', 2, '2025-01-01T10:00:00+02:00'), a('MANAGER', 4, '2025-01-01T09:00:00Z')], 4, false],
  ])('%s', (_case, assessments, proficiency, selfOnly) => {
    expect(proficiencyOf(currentProficiencies(assessments), 'empathy')).toEqual({ proficiency, selfOnly });
  });

  it('keeps competencies apart', () => {
    const result = currentProficiencies([
      { competencyKey: 'empathy', assessorKind: 'MANAGER', proficiency: 3, assessedAt: new Date('2025-01-01T00:00:00Z') },
      { competencyKey: 'communication', assessorKind: 'SELF', proficiency: 4, assessedAt: '2025-01-02T00:00:00Z' },
    ]);
    expect([...result.values()].sort((x, y) => x.competencyKey.localeCompare(y.competencyKey))).toEqual([
      { competencyKey: 'communication', proficiency: 4, selfOnly: true },
      { competencyKey: 'empathy', proficiency: 3, selfOnly: false },
    ]);
  });

  it('reads a plain record as manager-confirmed and a missing key as 0', () => {
    expect(proficiencyOf({ empathy: 3 }, 'empathy')).toEqual({ proficiency: 3, selfOnly: false });
    expect(proficiencyOf({ empathy: 3 }, 'communication')).toEqual({ proficiency: 0, selfOnly: false });
  });

  it('refuses an assessment time that is not a date', () => {
    expect(() => currentProficiencies([a('SELF', 3, 'yesterday')])).toThrow(RangeError);
  });
});
