import { careerPath } from '../career-path';
import type { LadderDefinition } from '../ladder';
import { validateLadder } from '../validate-ladder';
import { generateLargeLadder, LADDER_TEMPLATE_30 } from './large-ladder';
import { QA_CALIBRATION, SUPPORT_LADDER, TRAIN_THE_TRAINER } from './support-ladder';

describe('the default ladders can be published as they are', () => {
  it.each<readonly [string, LadderDefinition]>([
    ['the support ladder', SUPPORT_LADDER],
    ['the 30-level template', LADDER_TEMPLATE_30],
    ...[6, 13, 31, 100].map((n) => [`a generated ladder of ${n} levels`, generateLargeLadder(n)] as const),
  ])('%s: validateLadder finds no issue', (_what, ladder) => {
    expect(validateLadder(ladder)).toEqual([]);
  });
});

describe('the support ladder gives the paths the demo tells', () => {
  // An agent who meets nothing yet, long enough in level: the path's shape depends on the moves alone.
  const path = (from: string, to: string, certifications: readonly string[] = []) => careerPath(SUPPORT_LADDER, from, to, {}, 0, certifications);

  it.each([
    ['agent-1', 'senior-agent', ['agent-2', 'senior-agent']],
    ['agent-2', 'specialist', ['senior-agent', 'specialist']],
    ['senior-agent', 'support-manager', ['team-lead', 'support-manager']],
    ['specialist', 'support-manager', ['team-lead', 'support-manager']],
    ['agent-2', 'quality-analyst', ['senior-agent', 'quality-analyst']],
    ['quality-analyst', 'team-lead', ['senior-agent', 'team-lead']],
    ['workforce-analyst', 'trainer', ['senior-agent', 'trainer']],
    ['agent-1', 'support-manager', ['agent-2', 'senior-agent', 'team-lead', 'support-manager']],
  ])('%s to %s goes through %j', (from, to, steps) => {
    const found = path(from, to);
    if (found.status !== 'FOUND') throw new Error(found.message);
    expect(found.steps.map((s) => s.toLevelKey)).toEqual(steps);
  });

  it.each([
    ['senior-agent', 'quality-analyst', QA_CALIBRATION],
    ['senior-agent', 'trainer', TRAIN_THE_TRAINER],
    ['specialist', 'trainer', TRAIN_THE_TRAINER],
  ])('%s to %s misses the certification "%s" until it is held', (from, to, certification) => {
    const without = path(from, to);
    const withIt = path(from, to, [certification]);
    if (without.status !== 'FOUND' || withIt.status !== 'FOUND') throw new Error('no path');
    expect(without.steps.map((s) => s.missingCertifications)).toEqual([[certification]]);
    expect(withIt.steps.map((s) => s.missingCertifications)).toEqual([[]]);
  });

  it.each([
    ['support-manager', 'agent-1'],
    ['trainer', 'senior-agent'],
    ['team-lead', 'specialist'],
  ])('%s cannot move to %s: the ladder has no way back down', (from, to) => {
    expect(path(from, to)).toMatchObject({ status: 'UNREACHABLE', reason: 'NO_ROUTE' });
  });
});
