import { findManagerCycle, reportingLine, workModeOn } from './reporting-line';

describe('reporting line', () => {
  const edges = [
    { id: 'head', managerId: null },
    { id: 'mgr', managerId: 'head' },
    { id: 'lead', managerId: 'mgr' },
    { id: 'a1', managerId: 'lead' },
    { id: 'peer', managerId: 'head' },
  ];
  it("a manager's scope is their whole reporting line, direct and indirect, not peers", () => {
    expect([...reportingLine(edges, 'mgr')].sort()).toEqual(['a1', 'lead']);
    expect(reportingLine(edges, 'a1').size).toBe(0);
  });
  it('finds a loop of managers', () => {
    expect(findManagerCycle(edges)).toBeNull();
    const loop = findManagerCycle([...edges.slice(1), { id: 'head', managerId: 'a1' }]);
    // Walks up the manager chain and closes the loop where it started.
    expect(loop).toEqual(['mgr', 'head', 'a1', 'lead', 'mgr']);
  });
});

describe('effective-dated work mode', () => {
  const history = [
    { workMode: 'OFFICE' as const, effectiveFrom: '2024-01-01' },
    { workMode: 'HYBRID' as const, effectiveFrom: '2025-06-01' },
  ];
  it.each([
    ['2023-12-31', null],
    ['2024-01-01', 'OFFICE'],
    ['2025-05-31', 'OFFICE'],
    ['2025-06-01', 'HYBRID'],
  ])('on %s the mode is %s', (date, mode) => expect(workModeOn(history, date)).toBe(mode));
});
