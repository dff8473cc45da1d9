import { inAudience, teamLineage, type Audience, type AudienceCandidate } from './audience';

const parentOf = new Map<string, string | null>([
  ['support', null],
  ['emea', 'support'],
  ['billing', 'emea'],
  ['apac', 'support'],
]);
const person = (patch: Partial<AudienceCandidate> = {}): AudienceCandidate => ({
  teamLineage: teamLineage('billing', parentOf),
  workMode: 'REMOTE',
  level: 'L2',
  hireDate: '2024-01-01',
  exitDate: null,
  ...patch,
});
const everyone: Audience = { teamIds: [], workModes: [], levels: [] };

describe('the audience is people in the chosen team subtrees, work modes and levels who are employed', () => {
  it('lineage is the team and its ancestors, nearest first', () => expect(teamLineage('billing', parentOf)).toEqual(['billing', 'emea', 'support']));
  it('lineage survives a cycle', () => expect(teamLineage('a', new Map([['a', 'b'], ['b', 'a']]))).toEqual(['a', 'b']));
  it('no team means no lineage', () => expect(teamLineage(null, parentOf)).toEqual([]));

  it.each<[string, Partial<Audience>, Partial<AudienceCandidate>, boolean]>([
    ['empty audience is everyone', {}, {}, true],
    ['own team', { teamIds: ['billing'] }, {}, true],
    ['ancestor team includes its subtree', { teamIds: ['support'] }, {}, true],
    ['sibling subtree is out', { teamIds: ['apac'] }, {}, false],
    ['work mode matches', { workModes: ['REMOTE', 'HYBRID'] }, {}, true],
    ['work mode does not match', { workModes: ['OFFICE'] }, {}, false],
    ['level matches', { levels: ['L2'] }, {}, true],
    ['no level when levels are chosen', { levels: ['L2'] }, { level: null }, false],
    ['left before the period', {}, { exitDate: '2026-03-01' }, false],
    ['leaves on the period start', {}, { exitDate: '2026-03-02' }, false],
    ['leaves later', {}, { exitDate: '2026-04-01' }, true],
    ['not yet hired', {}, { hireDate: '2026-03-03' }, false],
    ['all dimensions together', { teamIds: ['emea'], workModes: ['REMOTE'], levels: ['L2'] }, {}, true],
  ])('%s', (_name, audience, patch, expected) => {
    expect(inAudience({ ...everyone, ...audience }, person(patch), '2026-03-02')).toBe(expected);
  });
});
