import { freshKey, parseList, removeCompetency, removeLevel, renameCompetency, renameLevel, renameTrack, setExpectation, toDraft, toInput, type LadderDraft } from './draft';

const name = (en: string) => ({ en, zhHans: en, zhHant: en, pl: en });

function draft(): LadderDraft {
  return toDraft(
    {
      competencies: [
        { key: 'empathy', name: name('Empathy'), description: name('d'), anchors: [1, 2, 3, 4, 5].map((n) => name(`a${n}`)) },
        { key: 'communication', name: name('Communication'), description: name('d'), anchors: [1, 2, 3, 4, 5].map((n) => name(`c${n}`)) },
      ],
      tracks: [{ key: 'support-ic', name: name('Support') }],
      levels: [
        { key: 'agent-1', trackKey: 'support-ic', rank: 1, name: name('Agent I'), minMonthsInLevel: 6, entry: true, expectations: [{ competencyKey: 'empathy', proficiency: 2 }] },
        { key: 'agent-2', trackKey: 'support-ic', rank: 2, name: name('Agent II'), minMonthsInLevel: 12, entry: false, expectations: [{ competencyKey: 'empathy', proficiency: 3 }, { competencyKey: 'communication', proficiency: 3 }] },
      ],
      moves: [{ fromLevelKey: 'agent-1', toLevelKey: 'agent-2', kind: 'PROMOTION', requiredCertifications: [] }],
    },
    '2027-01-01',
  );
}

describe('ladder draft', () => {
  it.each([
    { competency: 'empathy', proficiency: 4, expectations: [['empathy', 4], ['communication', 3]] },
    { competency: 'communication', proficiency: 0, expectations: [['empathy', 3]] },
    { competency: 'risk-control', proficiency: 2, expectations: [['empathy', 3], ['communication', 3], ['risk-control', 2]] },
  ])('sets $competency to $proficiency on a level, keeping the other expectations in place', ({ competency, proficiency, expectations }) => {
    const next = setExpectation(draft(), 1, competency, proficiency);
    expect(next.levels[1].expectations.map((e) => [e.competencyKey, e.proficiency])).toEqual(expectations);
    expect(next.levels[0]).toEqual(draft().levels[0]);
  });

  it('removes the moves of a removed level and the expectations of a removed competency', () => {
    expect(removeLevel(draft(), 0).moves).toEqual([]);
    expect(removeCompetency(draft(), 0).levels.map((l) => l.expectations.map((e) => e.competencyKey))).toEqual([[], ['communication']]);
  });

  it('sends an empty note as null and nothing but input fields', () => {
    const input = toInput(draft());
    expect(input.note).toBeNull();
    expect(JSON.stringify(input)).not.toContain('__typename');
    expect(input.effectiveFrom).toBe('2027-01-01');
  });

  it.each([
    [['level-1', 'level-3'], 'level-4'],
    [['agent-1'], 'level-2'],
    [['level-2', 'level-3'], 'level-4'],
  ])('finds an unused key among %j', (used, key) => {
    expect(freshKey('level', used)).toBe(key);
  });

  it('reads a comma-separated list of certifications', () => {
    expect(parseList('QA calibration, , Train-the-trainer ')).toEqual(['QA calibration', 'Train-the-trainer']);
  });

  it('renaming a key carries the moves, expectations and levels that name it along', () => {
    const level = renameLevel(draft(), 0, 'agent-one');
    expect(level.moves[0]).toMatchObject({ fromLevelKey: 'agent-one', toLevelKey: 'agent-2' });
    const competency = renameCompetency(draft(), 0, 'care');
    expect(competency.levels.map((l) => l.expectations.map((e) => e.competencyKey))).toEqual([['care'], ['care', 'communication']]);
    const track = renameTrack(draft(), 0, 'support');
    expect(track.levels.map((l) => l.trackKey)).toEqual(['support', 'support']);
  });
});
