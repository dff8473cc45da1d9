import { suppressSmallGroups, type CellDecision, type GroupSplit } from './suppression';

/** `{ org: 20, A: 10 }` → groups; the result as `{ org: 'shown', B: 'COMPLEMENTARY' }`. */
const run = (k: number, counts: Record<string, number>, splits: GroupSplit[]) =>
  Object.fromEntries(
    suppressSmallGroups({ k, groups: Object.entries(counts).map(([id, respondents]) => ({ id, respondents })), splits }).map(
      (d: CellDecision) => [d.groupId, d.shown ? 'shown' : d.reason],
    ),
  );
const split = (parentId: string, ...childIds: string[]): GroupSplit => ({ parentId, childIds });

describe('small groups are hidden, and so are enough siblings that no small group can be recovered by subtraction', () => {
  it.each([
    [
      'every team has at least k: all shown',
      5,
      { org: 20, A: 10, B: 5, C: 5 },
      [split('org', 'A', 'B', 'C')],
      { org: 'shown', A: 'shown', B: 'shown', C: 'shown' },
    ],
    [
      'a team of 3 hides its smallest sibling too, or org − A − B would give it away',
      5,
      { org: 20, A: 10, B: 7, C: 3 },
      [split('org', 'A', 'B', 'C')],
      { org: 'shown', A: 'shown', B: 'COMPLEMENTARY', C: 'FEWER_THAN_K' },
    ],
    [
      'two small teams that together reach k need no complementary cell',
      5,
      { org: 20, A: 15, B: 2, C: 3 },
      [split('org', 'A', 'B', 'C')],
      { org: 'shown', A: 'shown', B: 'FEWER_THAN_K', C: 'FEWER_THAN_K' },
    ],
    [
      'two small teams that together stay below k hide one more',
      5,
      { org: 20, A: 10, B: 8, C: 1, D: 1 },
      [split('org', 'A', 'B', 'C', 'D')],
      { org: 'shown', A: 'shown', B: 'COMPLEMENTARY', C: 'FEWER_THAN_K', D: 'FEWER_THAN_K' },
    ],
    [
      'ties go to the first listed sibling',
      5,
      { org: 20, A: 8, B: 4, C: 8 },
      [split('org', 'A', 'B', 'C')],
      { org: 'shown', A: 'COMPLEMENTARY', B: 'FEWER_THAN_K', C: 'shown' },
    ],
    [
      'a group below k hides everything under it',
      5,
      { team: 4, remote: 3, office: 1 },
      [split('team', 'remote', 'office')],
      { team: 'FEWER_THAN_K', remote: 'FEWER_THAN_K', office: 'FEWER_THAN_K' },
    ],
    [
      'people in no child (no team yet) are protected too: org − A − B would be 2 people',
      5,
      { org: 12, A: 5, B: 5 },
      [split('org', 'A', 'B')],
      { org: 'shown', A: 'COMPLEMENTARY', B: 'shown' },
    ],
    [
      'a group with no respondents is not shown, and hiding it reveals no one',
      5,
      { org: 10, A: 10, B: 0 },
      [split('org', 'A', 'B')],
      { org: 'shown', A: 'shown', B: 'FEWER_THAN_K' },
    ],
    [
      'k = 3 is the floor',
      3,
      { org: 9, A: 3, B: 3, C: 2, D: 1 },
      [split('org', 'A', 'B', 'C', 'D')],
      { org: 'shown', A: 'shown', B: 'shown', C: 'FEWER_THAN_K', D: 'FEWER_THAN_K' },
    ],
    [
      'the rule applies at every level: a hidden team protects its own split too',
      5,
      { org: 30, A: 20, B: 10, A1: 16, A2: 4 },
      [split('org', 'A', 'B'), split('A', 'A1', 'A2')],
      { org: 'shown', A: 'shown', B: 'shown', A1: 'COMPLEMENTARY', A2: 'FEWER_THAN_K' },
    ],
    [
      'a team hidden as a complement is still the sum of its sub-teams, so a sub-team goes too',
      5,
      { org: 18, A: 5, B: 10, C: 3, A1: 5, B1: 5, B2: 5 },
      [split('org', 'A', 'B', 'C'), split('A', 'A1'), split('B', 'B1', 'B2')],
      { org: 'shown', A: 'COMPLEMENTARY', B: 'shown', C: 'FEWER_THAN_K', A1: 'COMPLEMENTARY', B1: 'shown', B2: 'shown' },
    ],
  ])('%s', (_name, k, counts, splits, expected) => {
    expect(run(k, counts, splits)).toEqual(expected);
  });

  it('a cross-cut (team × work mode) hides a whole rectangle, not just one cell per row', () => {
    // org = A + B = remote + office; each team and each mode is split into team × mode cells.
    // Hiding only B×office and B×remote would still let someone compute A×office = A − A×remote,
    // then B×office = office − A×office = 3.
    const counts = { org: 20, A: 10, B: 10, remote: 12, office: 8, 'A×remote': 5, 'A×office': 5, 'B×remote': 7, 'B×office': 3 };
    const splits = [
      split('org', 'A', 'B'),
      split('org', 'remote', 'office'),
      split('A', 'A×remote', 'A×office'),
      split('B', 'B×remote', 'B×office'),
      split('remote', 'A×remote', 'B×remote'),
      split('office', 'A×office', 'B×office'),
    ];
    expect(run(5, counts, splits)).toEqual({
      org: 'shown',
      A: 'shown',
      B: 'shown',
      remote: 'shown',
      office: 'shown',
      'A×remote': 'COMPLEMENTARY',
      'A×office': 'COMPLEMENTARY',
      'B×remote': 'COMPLEMENTARY',
      'B×office': 'FEWER_THAN_K',
    });
  });

  it('a parent hidden as a complement but rebuildable from its sub-teams cannot be used to subtract either', () => {
    // C (3) forces a complement at org level; A is the smallest sibling but A = A1 + A2, and A − Ax
    // would give Ay (3). Hiding A1 makes A unknown, which protects org, C and Ay at once.
    const counts = { org: 24, A: 10, B: 11, C: 3, A1: 5, A2: 5, Ax: 7, Ay: 3, B1: 6, B2: 5 };
    const splits = [split('org', 'A', 'B', 'C'), split('A', 'A1', 'A2'), split('A', 'Ax', 'Ay'), split('B', 'B1', 'B2')];
    const result = run(5, counts, splits);
    expect(result).toEqual({
      org: 'shown',
      A: 'COMPLEMENTARY',
      B: 'shown',
      C: 'FEWER_THAN_K',
      A1: 'COMPLEMENTARY',
      A2: 'shown',
      Ax: 'shown',
      Ay: 'FEWER_THAN_K',
      B1: 'shown',
      B2: 'shown',
    });
    const shown = (id: string) => result[id] === 'shown';
    const aDerivable = shown('A') || (shown('A1') && shown('A2'));
    expect(aDerivable && shown('Ax')).toBe(false);
  });

  it.each([
    ['k below 3', { k: 2, groups: [], splits: [] }, /k must be a whole number of at least 3/],
    ['a fractional k', { k: 4.5, groups: [], splits: [] }, /k must be a whole number/],
    ['a negative count', { k: 5, groups: [{ id: 'a', respondents: -1 }], splits: [] }, /respondents must be a whole number/],
    ['a group listed twice', { k: 5, groups: [{ id: 'a', respondents: 1 }, { id: 'a', respondents: 1 }], splits: [] }, /listed twice/],
    ['an unknown parent', { k: 5, groups: [{ id: 'a', respondents: 1 }], splits: [split('x', 'a')] }, /unknown parent/],
    ['an unknown child', { k: 5, groups: [{ id: 'a', respondents: 1 }], splits: [split('a', 'x')] }, /unknown child group x/],
    ['a split with no children', { k: 5, groups: [{ id: 'a', respondents: 1 }], splits: [split('a')] }, /no children/],
    ['a child listed twice', { k: 5, groups: [{ id: 'a', respondents: 9 }, { id: 'b', respondents: 1 }], splits: [split('a', 'b', 'b')] }, /listed twice/],
    ['children larger than the parent', { k: 5, groups: [{ id: 'a', respondents: 5 }, { id: 'b', respondents: 6 }], splits: [split('a', 'b')] }, /more than the parent's 5/],
  ])('rejects %s', (_name, input, message) => {
    expect(() => suppressSmallGroups(input)).toThrow(message);
  });
});
