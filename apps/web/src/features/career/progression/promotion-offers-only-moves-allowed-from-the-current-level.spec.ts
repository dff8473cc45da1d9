import { allowedMoves, todayIso } from './promotion';

const move = (from: string, to: string, kind: 'PROMOTION' | 'LATERAL' = 'PROMOTION') => ({ fromLevelKey: from, toLevelKey: to, kind, requiredCertifications: [] });
const levels = ['agent-2', 'senior-agent', 'specialist', 'team-lead', 'quality-analyst', 'trainer'].map((key) => ({
  key,
  trackKey: 't',
  rank: 1,
  name: { en: key, zhHans: key, zhHant: key, pl: key },
  minMonthsInLevel: 0,
  entry: false,
  expectations: [],
}));
const ladder = {
  levels,
  moves: [move('agent-2', 'senior-agent'), move('senior-agent', 'quality-analyst', 'LATERAL'), move('senior-agent', 'team-lead'), move('senior-agent', 'specialist'), move('senior-agent', 'gone')],
};

describe('recording a promotion', () => {
  it.each([
    ['senior-agent', ['specialist', 'team-lead', 'quality-analyst']],
    ['agent-2', ['senior-agent']],
    ['trainer', []],
    [null, []],
  ])('from %s offers %j (promotions first; never a level the ladder no longer has)', (from, targets) => {
    expect(allowedMoves(ladder, from).map((m) => m.toLevelKey)).toEqual(targets);
  });

  it('defaults the effective date to the local calendar day', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
