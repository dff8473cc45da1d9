import { ALL, ORG_KEY, rollupWave, type RollupResponse } from './rollup-cells';

const person = (team: string, mode: string, scores: Record<string, number>): RollupResponse => ({
  teamIds: [team, 'root'],
  workMode: mode,
  tenureBand: 'YEARS_1_2',
  scores,
  hasComment: false,
});

describe('a measure published only as a flag follows its cell', () => {
  // Team a: 6 people, team b: 5; in team b only 4 have a change (they answered in both periods).
  const responses = [
    ...Array.from({ length: 6 }, (_, i) => person('a', i < 3 ? 'REMOTE' : 'OFFICE', { 'cbi.work': 40, 'change:cbi.work': 5 })),
    ...Array.from({ length: 5 }, (_, i) => person('b', 'OFFICE', i < 4 ? { 'cbi.work': 50, 'change:cbi.work': -5 } : { 'cbi.work': 50 })),
  ];
  const cells = rollupWave(5, responses, [], { flagOnly: (m) => m.startsWith('change:') });
  const cell = (team: string) => cells.find((c) => c.teamKey === team && c.workMode === ALL && c.tenureBand === ALL)!;

  it.each([
    ['a team of 6, all with a change', 'a', true, null],
    ['a team of 5 where only 4 have a change', 'b', false, 'FEWER_THAN_K'],
    ['the organisation', ORG_KEY, true, null],
  ])('%s', (_name, team, shown, reason) => {
    expect(cell(team).shown).toBe(true);
    expect(cell(team).measures['change:cbi.work']).toMatchObject({ shown, hiddenReason: reason, bandsShown: false });
  });

  it('is hidden wherever its cell is hidden', () => {
    for (const c of cells) if (!c.shown && c.measures['change:cbi.work']) expect(c.measures['change:cbi.work'].shown).toBe(false);
  });

  it('the figures that add up keep their own decision', () => {
    // Team b's cbi.work is shown with the wave's counts (everyone answered it).
    expect(cell('b').measures['cbi.work'].shown).toBe(true);
  });
});
