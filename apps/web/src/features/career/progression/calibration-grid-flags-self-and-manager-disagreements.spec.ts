import { calibrationView, flaggedPerCompetency } from './calibration';

const cell = (personId: string, competencyKey: string, self: number | null, manager: number | null, expected = 3) => ({ personId, competencyKey, self, manager, peer: null, expected });

describe('calibration grid', () => {
  const cells = [cell('p1', 'empathy', 4, 2), cell('p1', 'communication', 3, 3), cell('p2', 'empathy', null, 2), cell('p2', 'communication', 2, 3)];
  const view = calibrationView(cells);

  it.each([
    ['p1', 'empathy', -2, true, true],
    ['p1', 'communication', 0, false, false],
    ['p2', 'empathy', null, false, true],
    ['p2', 'communication', 1, true, false],
  ])('%s × %s: difference %s, flagged %s, below expected %s', (person, competency, difference, flagged, below) => {
    expect(view(person, competency)).toMatchObject({ difference, flagged, belowExpected: below });
  });

  it('shows an unassessed pair as an empty cell, not as a disagreement', () => {
    expect(view('p3', 'empathy')).toEqual({ cell: null, difference: null, flagged: false, belowExpected: false });
  });

  it('counts disagreements per competency, with a stricter threshold counting fewer', () => {
    expect(Object.fromEntries(flaggedPerCompetency(cells))).toEqual({ empathy: 1, communication: 1 });
    expect(Object.fromEntries(flaggedPerCompetency(cells, 2))).toEqual({ empathy: 1 });
  });
});
