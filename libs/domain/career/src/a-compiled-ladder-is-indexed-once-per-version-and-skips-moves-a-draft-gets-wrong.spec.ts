import { careerPath, reachableLevels } from './career-path';
import { compileLadder, moveBetween } from './compile-ladder';
import { move, supportLadder } from './test-support/ladder-fixtures';

describe('compileLadder', () => {
  it('returns the same index for the same definition object (built once per version)', () => {
    const definition = supportLadder();
    expect(compileLadder(definition)).toBe(compileLadder(definition));
    expect(compileLadder(supportLadder())).not.toBe(compileLadder(definition));
  });

  it.each<[string, string, string, number]>([
    ['one move', 'agent-1', 'agent-2', 1],
    ['two moves', 'agent-1', 'senior-agent', 2],
    ['four moves', 'agent-1', 'support-manager', 4],
    ['none (itself)', 'trainer', 'trainer', 0],
    ['unreachable', 'trainer', 'agent-1', -1],
  ])('knows the fewest moves between levels: %s', (_case, from, to, distance) => {
    const ladder = compileLadder(supportLadder());
    expect(ladder.distance[ladder.levelIndex.get(from)!]![ladder.levelIndex.get(to)!]).toBe(distance);
  });

  it.each<[string, ReturnType<typeof move>[]]>([
    ['a move to an unknown level', [move('agent-1', 'director')]],
    ['a move from an unknown level', [move('director', 'support-manager')]],
    ['a move to itself', [move('agent-1', 'agent-1')]],
    ['a repeated move of another kind', [move('agent-1', 'agent-2', 'LATERAL')]],
  ])('ignores %s in a draft instead of failing', (_case, extra) => {
    const definition = supportLadder();
    const ladder = compileLadder({ ...definition, moves: [...definition.moves, ...extra] });
    expect(reachableLevels(ladder, 'agent-1')).toEqual(reachableLevels(definition, 'agent-1'));
    expect(moveBetween(ladder, 'agent-1', 'agent-2')?.kind).toBe('PROMOTION');
    expect(careerPath(ladder, 'agent-1', 'agent-2', {}, 0, [])).toMatchObject({ status: 'FOUND' });
  });
});
