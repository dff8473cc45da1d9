import { ladderOrder, levelCountRows } from './levelCounts';

const name = (en: string) => ({ en, zhHans: en, zhHant: en, pl: en });
const level = (key: string, trackKey: string, rank: number) => ({ key, trackKey, rank, name: name(key), minMonthsInLevel: 0, entry: false, expectations: [] });
const ladder = {
  tracks: [
    { key: 'support-ic', name: name('Support') },
    { key: 'team-leadership', name: name('Leadership') },
  ],
  levels: [level('team-lead', 'team-leadership', 1), level('agent-2', 'support-ic', 2), level('agent-1', 'support-ic', 1)],
};

describe('people per level', () => {
  it('lists every level in ladder order, empty ones as zero, unknown keys last', () => {
    const rows = levelCountRows(ladder, [{ levelKey: 'team-lead', people: 3 }, { levelKey: 'agent-1', people: 9 }, { levelKey: 'retired-level', people: 2 }], (k) => k.toUpperCase());
    expect(rows.map((r) => [r.levelKey, r.people, r.label])).toEqual([
      ['agent-1', 9, 'AGENT-1'],
      ['agent-2', 0, 'AGENT-2'],
      ['team-lead', 3, 'TEAM-LEAD'],
      ['retired-level', 2, 'RETIRED-LEVEL'],
    ]);
  });

  it.each([
    [['team-lead', 'agent-2', 'agent-1'], ['agent-1', 'agent-2', 'team-lead']],
    [['ghost', 'agent-2'], ['agent-2', 'ghost']],
  ])('orders goal options %j as %j', (keys, ordered) => {
    expect(ladderOrder(ladder, keys)).toEqual(ordered);
    expect(ladderOrder(null, keys)).toEqual(keys);
  });
});
