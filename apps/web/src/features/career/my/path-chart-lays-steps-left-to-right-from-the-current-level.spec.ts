import { isContinuousPath, pathLayout, type PathStepLike } from './pathLayout';

const step = (from: string, to: string, percent: number, ready = false, kind: PathStepLike['kind'] = 'PROMOTION'): PathStepLike => ({
  fromLevelKey: from,
  toLevelKey: to,
  kind,
  readiness: { percent, ready },
});

describe('path chart layout', () => {
  it.each([
    { steps: [], nodes: 1 },
    { steps: [step('agent-1', 'agent-2', 80)], nodes: 2 },
    { steps: [step('agent-1', 'agent-2', 80), step('agent-2', 'senior-agent', 40)], nodes: 3 },
  ])('draws the current level plus one node per step ($nodes nodes)', ({ steps, nodes }) => {
    const layout = pathLayout('agent-1', steps);
    expect(layout.nodes).toHaveLength(nodes);
    expect(layout.edges).toHaveLength(nodes - 1);
    expect(layout.nodes[0]).toMatchObject({ levelKey: 'agent-1', percent: null });
  });

  it('places every node to the right of the one before, without overlap, and sizes the drawing to fit', () => {
    const layout = pathLayout('agent-1', [step('agent-1', 'agent-2', 80), step('agent-2', 'senior-agent', 40), step('senior-agent', 'quality-analyst', 10, false, 'LATERAL')], {
      nodeWidth: 100,
      gap: 20,
      padding: 5,
    });
    const xs = layout.nodes.map((n) => n.x);
    expect(xs).toEqual([5, 125, 245, 365]);
    expect(layout.width).toBe(5 + 4 * 100 + 3 * 20 + 5);
    for (const e of layout.edges) expect(e.x2 - e.x1).toBe(20);
    expect(layout.edges[2].kind).toBe('LATERAL');
  });

  it('marks only steps after the first as projected, and carries each step readiness to its target node', () => {
    const layout = pathLayout('agent-1', [step('agent-1', 'agent-2', 100, true), step('agent-2', 'senior-agent', 35)]);
    expect(layout.nodes.map((n) => [n.levelKey, n.percent, n.ready, n.projected])).toEqual([
      ['agent-1', null, false, false],
      ['agent-2', 100, true, false],
      ['senior-agent', 35, false, true],
    ]);
  });

  it.each([
    { steps: [step('agent-1', 'agent-2', 0), step('agent-2', 'senior-agent', 0)], continuous: true },
    { steps: [step('agent-1', 'agent-2', 0), step('specialist', 'team-lead', 0)], continuous: false },
    { steps: [step('agent-2', 'senior-agent', 0)], continuous: false },
  ])('refuses a path whose steps do not follow on (continuous: $continuous)', ({ steps, continuous }) => {
    expect(isContinuousPath('agent-1', steps)).toBe(continuous);
  });
});
