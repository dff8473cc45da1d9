import { careerPath, nextPromotion, reachableLevels, type CareerPathResult } from './career-path';
import { compileLadder } from './compile-ladder';
import type { LadderDefinition } from './ladder';
import { competency, level, move, supportLadder, track } from './test-support/ladder-fixtures';
import { trainingCatalogFrom } from './training';

const support = compileLadder(supportLadder());
const keysOf = (result: CareerPathResult): string[] =>
  result.status === 'FOUND' ? [result.steps[0]?.fromLevelKey ?? '', ...result.steps.map((s) => s.toLevelKey)].filter(Boolean) : [];

/**
 * A diamond: start → {a, b} → goal, plus a long way start → c → d → goal.
 * a expects skill 4, b expects skill 2: with skill 1 the gap via a is 3, via b is 1.
 */
function diamond(aExpects: number, bExpects: number): LadderDefinition {
  return {
    competencies: [competency('skill')],
    tracks: [track('t')],
    levels: [
      level('start', 't', 1, {}, { entry: true }),
      level('a', 't', 2, { skill: aExpects }),
      level('b', 't', 3, { skill: bExpects }),
      level('c', 't', 4),
      level('d', 't', 5),
      level('goal', 't', 6, { skill: 2 }),
    ],
    moves: [move('start', 'b'), move('start', 'a'), move('a', 'goal'), move('b', 'goal'), move('start', 'c'), move('c', 'd'), move('d', 'goal')],
  };
}

describe('careerPath', () => {
  it.each<[string, string, string, string[]]>([
    ['one promotion up', 'agent-1', 'agent-2', ['agent-1', 'agent-2']],
    ['two levels up', 'agent-1', 'senior-agent', ['agent-1', 'agent-2', 'senior-agent']],
    ['the shortcut past specialist to team lead', 'senior-agent', 'team-lead', ['senior-agent', 'team-lead']],
    ['to the top', 'agent-1', 'support-manager', ['agent-1', 'agent-2', 'senior-agent', 'team-lead', 'support-manager']],
    ['a lateral move', 'senior-agent', 'quality-analyst', ['senior-agent', 'quality-analyst']],
    ['laterally back then up', 'quality-analyst', 'specialist', ['quality-analyst', 'senior-agent', 'specialist']],
    ['across two tracks', 'workforce-analyst', 'trainer', ['workforce-analyst', 'senior-agent', 'trainer']],
  ])('takes the fewest moves: %s', (_case, from, to, keys) => {
    expect(keysOf(careerPath(support, from, to, {}, 0, []))).toEqual(keys);
  });

  it.each<[string, number, number, Record<string, number>, string[], number]>([
    ['the smaller gap (b)', 4, 2, { skill: 1 }, ['start', 'b', 'goal'], 2],
    ['the smaller gap (a)', 2, 4, { skill: 1 }, ['start', 'a', 'goal'], 2],
    ['the first key when gaps are equal', 3, 3, { skill: 1 }, ['start', 'a', 'goal'], 3],
    ['the first key when nobody has a gap', 4, 2, { skill: 5 }, ['start', 'a', 'goal'], 0],
  ])('breaks a tie in moves by %s', (_case, a, b, proficiency, keys, gap) => {
    const result = careerPath(diamond(a, b), 'start', 'goal', proficiency, 0, []);
    expect(keysOf(result)).toEqual(keys);
    expect(result).toMatchObject({ status: 'FOUND', totalGap: gap });
  });

  it('returns no steps when the person is at the target already', () => {
    expect(careerPath(support, 'agent-2', 'agent-2', {}, 0, [])).toEqual({ status: 'FOUND', targetLevelKey: 'agent-2', steps: [], totalGap: 0 });
  });

  it.each<[string, string, string, string, string]>([
    ['a level below (promotions only go up)', 'senior-agent', 'agent-1', 'NO_ROUTE', 'No allowed moves lead from "senior-agent" to "agent-1".'],
    ['an unknown target', 'agent-1', 'director', 'UNKNOWN_TARGET_LEVEL', 'Level "director" is not in this ladder.'],
    ['from an unknown level', 'Agent III', 'agent-2', 'UNKNOWN_CURRENT_LEVEL', 'Level "Agent III" is not in this ladder.'],
  ])('says so, without throwing, for %s', (_case, from, to, reason, message) => {
    expect(careerPath(support, from, to, {}, 0, [])).toEqual({ status: 'UNREACHABLE', targetLevelKey: to, reason, message });
  });

  describe('per step', () => {
    const proficiency = { empathy: 2, communication: 3, 'product-knowledge': 1 };
    const training = trainingCatalogFrom({ empathy: ['Listening lab', 'De-escalation basics'], 'product-knowledge': ['Product deep dive'] });
    const result = careerPath(support, 'agent-1', 'senior-agent', proficiency, 4, ['QA calibration'], training);
    const steps = result.status === 'FOUND' ? result.steps : [];

    it('lists the gaps against each target level, only where one exists', () => {
      expect(steps.map((s) => s.gaps.map((g) => [g.competencyKey, g.current, g.expected, g.gap]))).toEqual([
        [
          ['empathy', 2, 3, 1],
          ['product-knowledge', 1, 2, 1],
        ],
        [
          ['empathy', 2, 3, 1],
          ['product-knowledge', 1, 3, 2],
        ],
      ]);
      expect(result).toMatchObject({ totalGap: 5 });
    });

    it('suggests the training that closes each gap', () => {
      expect(steps[0]!.training).toEqual([
        { competencyKey: 'empathy', title: 'Listening lab' },
        { competencyKey: 'empathy', title: 'De-escalation basics' },
        { competencyKey: 'product-knowledge', title: 'Product deep dive' },
      ]);
    });

    it('needs the rest of the current level first, then each level’s minimum', () => {
      expect(steps.map((s) => s.monthsInLevelNeeded)).toEqual([6 - 4, 12]);
    });

    it('judges the first step for real and later steps projected with today’s proficiency', () => {
      // step 1: (2/3 + 1 + 1/2 + 4/6) / 4 = 0.7083; step 2: (2/3 + 1 + 1/3 + 1) / 4 = 0.75 (time counted as served)
      expect(steps.map((s) => [s.readiness.percent, s.readiness.ready, s.readiness.projected])).toEqual([
        [71, false, false],
        [75, false, true],
      ]);
    });
  });

  it.each<[string, string[], string[][]]>([
    ['missing', [], [[], ['Train-the-trainer']]],
    ['held', ['train-the-trainer'], [[], []]],
  ])('names certifications a step requires that are %s', (_case, held, missing) => {
    const result = careerPath(support, 'agent-2', 'trainer', {}, 0, held);
    expect(result.status === 'FOUND' && result.steps.map((s) => s.missingCertifications)).toEqual(missing);
  });

  it('returns no training when no catalogue is given (the learning slice is not there yet)', () => {
    const result = careerPath(support, 'agent-1', 'agent-2', {}, 0, []);
    expect(result.status === 'FOUND' && result.steps[0]!.training).toEqual([]);
  });

  it('accepts a plain definition as well as a compiled one', () => {
    expect(careerPath(supportLadder(), 'agent-1', 'senior-agent', {}, 0, [])).toEqual(careerPath(support, 'agent-1', 'senior-agent', {}, 0, []));
  });
});

describe('reachableLevels', () => {
  it.each<[string, string[]]>([
    ['agent-1', ['agent-2', 'senior-agent', 'quality-analyst', 'specialist', 'team-lead', 'trainer', 'workforce-analyst', 'support-manager']],
    ['team-lead', ['support-manager']],
    ['support-manager', []],
    ['quality-analyst', ['senior-agent', 'specialist', 'team-lead', 'trainer', 'workforce-analyst', 'support-manager']],
    ['unknown', []],
  ])('from %s: nearest first, then by key', (from, keys) => {
    expect(reachableLevels(support, from)).toEqual(keys);
  });
});

describe('nextPromotion', () => {
  it.each<[string, string | null]>([
    ['agent-1', 'agent-2'],
    ['senior-agent', 'specialist'], // same track before the cross-track shortcut to team-lead
    ['specialist', 'team-lead'],
    ['quality-analyst', null], // only a lateral move out
    ['support-manager', null],
  ])('from %s is %s', (from, to) => {
    expect(nextPromotion(support, from)?.toLevelKey ?? null).toBe(to);
  });
});
