import type { LadderLike } from '../ladderIndex';
import { ladderGraphLayout, levelTiers } from './ladderGraph';

const name = (en: string) => ({ en, zhHans: en, zhHant: en, pl: en });
const level = (key: string, trackKey: string, rank: number) => ({ key, trackKey, rank, name: name(key), minMonthsInLevel: 0, entry: rank === 1, expectations: [] });
const move = (from: string, to: string, kind: 'PROMOTION' | 'LATERAL' = 'PROMOTION', requiredCertifications: string[] = []) => ({
  fromLevelKey: from,
  toLevelKey: to,
  kind,
  requiredCertifications,
});

const support: LadderLike = {
  competencies: [],
  tracks: [
    { key: 'support-ic', name: name('Support') },
    { key: 'team-leadership', name: name('Leadership') },
    { key: 'quality', name: name('Quality') },
  ],
  levels: [
    level('agent-1', 'support-ic', 1),
    level('agent-2', 'support-ic', 2),
    level('senior-agent', 'support-ic', 3),
    level('team-lead', 'team-leadership', 1),
    level('support-manager', 'team-leadership', 2),
    level('quality-analyst', 'quality', 1),
  ],
  moves: [
    move('agent-1', 'agent-2'),
    move('agent-2', 'senior-agent'),
    move('senior-agent', 'team-lead'),
    move('team-lead', 'support-manager'),
    move('senior-agent', 'quality-analyst', 'LATERAL', ['QA calibration']),
    move('quality-analyst', 'senior-agent', 'LATERAL'),
  ],
};

describe('ladder graph layout', () => {
  it.each([
    ['agent-1', 0],
    ['agent-2', 1],
    ['senior-agent', 2],
    ['team-lead', 3],
    ['support-manager', 4],
    ['quality-analyst', 2],
  ])('puts %s on tier %i: above every level it is promoted from, level with its laterals', (key, tier) => {
    expect(levelTiers(support).get(key)).toBe(tier);
  });

  it('gives each track its own column in the ladder order and draws every promotion upwards', () => {
    const layout = ladderGraphLayout(support);
    expect(layout.columns.map((c) => c.trackKey)).toEqual(['support-ic', 'team-leadership', 'quality']);
    const node = new Map(layout.nodes.map((n) => [n.key, n]));
    expect(node.get('team-lead')?.column).toBe(1);
    for (const m of support.moves.filter((mv) => mv.kind === 'PROMOTION')) {
      expect(node.get(m.toLevelKey)?.y).toBeLessThan(node.get(m.fromLevelKey)?.y ?? 0);
    }
    expect(layout.tiers).toBe(5);
    expect(layout.height).toBeGreaterThanOrEqual(5 * layout.nodeHeight);
  });

  it('keeps no two levels in the same cell', () => {
    const layout = ladderGraphLayout(support);
    const cells = layout.nodes.map((n) => `${n.x},${n.y}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('draws one edge per move, bends two-way laterals apart and carries the certification label', () => {
    const layout = ladderGraphLayout(support);
    expect(layout.edges).toHaveLength(support.moves.length);
    const there = layout.edges.find((e) => e.from === 'senior-agent' && e.to === 'quality-analyst');
    const back = layout.edges.find((e) => e.from === 'quality-analyst' && e.to === 'senior-agent');
    expect(there?.requiredCertifications).toEqual(['QA calibration']);
    expect(there?.d).toContain('Q');
    expect(there?.labelY).not.toBe(back?.labelY);
  });

  it('still lays out a draft with a promotion cycle and moves to unknown levels', () => {
    const broken: LadderLike = {
      ...support,
      moves: [...support.moves, move('support-manager', 'agent-1'), move('agent-1', 'nowhere')],
    };
    const layout = ladderGraphLayout(broken);
    expect(layout.nodes).toHaveLength(6);
    expect(layout.edges.some((e) => e.to === 'nowhere')).toBe(false);
  });

  it('routes a move that skips a column around the levels in between, never through them', () => {
    const wide: LadderLike = {
      ...support,
      tracks: [...support.tracks, { key: 'workforce', name: name('Workforce') }],
      levels: [...support.levels, level('workforce-analyst', 'workforce', 1)],
      moves: [...support.moves, move('senior-agent', 'workforce-analyst', 'LATERAL'), move('workforce-analyst', 'senior-agent', 'LATERAL')],
    };
    const layout = ladderGraphLayout(wide);
    for (const edge of layout.edges.filter((e) => e.from === 'workforce-analyst' || e.to === 'workforce-analyst')) {
      const [x1, y1, cx, cy, x2, y2] = (edge.d.match(/-?[\d.]+/g) ?? []).map(Number);
      for (let i = 1; i < 50; i++) {
        const t = i / 50;
        const x = (1 - t) ** 2 * x1 + 2 * (1 - t) * t * cx + t ** 2 * x2;
        const y = (1 - t) ** 2 * y1 + 2 * (1 - t) * t * cy + t ** 2 * y2;
        const inside = layout.nodes.filter((n) => n.key !== edge.from && n.key !== edge.to && x > n.x && x < n.x + layout.nodeWidth && y > n.y && y < n.y + layout.nodeHeight);
        expect(inside.map((n) => n.key)).toEqual([]);
      }
      expect(edge.labelY).toBeGreaterThan(0);
      expect(edge.labelY).toBeLessThan(layout.height);
    }
  });
});
