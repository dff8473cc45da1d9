import type { LadderDefinition, LadderIssueCode } from './ladder';
import { competency, level, move, supportLadder, text, track } from './test-support/ladder-fixtures';
import { validateLadder } from './validate-ladder';

type Edit = (ladder: LadderDefinition) => LadderDefinition;

const withLevels = (edit: (levels: LadderDefinition['levels']) => LadderDefinition['levels']): Edit => (l) => ({ ...l, levels: edit(l.levels) });
const withMoves = (edit: (moves: LadderDefinition['moves']) => LadderDefinition['moves']): Edit => (l) => ({ ...l, moves: edit(l.moves) });
const replaceLevel = (key: string, edit: (lv: LadderDefinition['levels'][number]) => LadderDefinition['levels'][number]): Edit =>
  withLevels((levels) => levels.map((lv) => (lv.key === key ? edit(lv) : lv)));

describe('validateLadder', () => {
  it('accepts the demo support ladder', () => {
    expect(validateLadder(supportLadder())).toEqual([]);
  });

  it.each<[string, Edit, LadderIssueCode, string, string[]]>([
    [
      'a key that is not a lower-case slug',
      (l) => ({ ...l, tracks: [...l.tracks, track('Support IC')] }),
      'INVALID_KEY',
      'tracks/5/key',
      ['Track key "Support IC"', 'lower-case slug'],
    ],
    ['a key with a double hyphen', (l) => ({ ...l, tracks: [...l.tracks, track('qa--team')] }), 'INVALID_KEY', 'tracks/5/key', ['"qa--team"']],
    [
      'a competency key used twice',
      (l) => ({ ...l, competencies: [...l.competencies, competency('empathy')] }),
      'DUPLICATE_KEY',
      'competencies/9/key',
      ['Competency key "empathy"', 'more than once'],
    ],
    [
      'a level key used twice',
      withLevels((levels) => [...levels, level('trainer', 'training', 2)]),
      'DUPLICATE_KEY',
      'levels/9/key',
      ['Level key "trainer"'],
    ],
    [
      'a level listing a competency twice',
      replaceLevel('agent-1', (lv) => ({ ...lv, expectations: [...lv.expectations, { competencyKey: 'empathy', proficiency: 3 }] })),
      'DUPLICATE_KEY',
      'levels/0/expectations/2/competencyKey',
      ['"agent-1"', '"empathy" more than once'],
    ],
    [
      'a competency name missing in Polish',
      (l) => ({ ...l, competencies: l.competencies.map((c, i) => (i === 1 ? { ...c, name: { ...c.name, pl: '  ' } } : c)) }),
      'MISSING_TEXT',
      'competencies/1/name/pl',
      ['Competency "communication" has no name in pl'],
    ],
    [
      'a competency description missing in Traditional Chinese',
      (l) => ({ ...l, competencies: l.competencies.map((c, i) => (i === 0 ? { ...c, description: { ...c.description, 'zh-Hant': '' } } : c)) }),
      'MISSING_TEXT',
      'competencies/0/description/zh-Hant',
      ['"empathy" has no description in zh-Hant'],
    ],
    [
      'an anchor missing in Simplified Chinese',
      (l) => ({
        ...l,
        competencies: l.competencies.map((c, i) => (i === 0 ? { ...c, anchors: c.anchors.map((a, j) => (j === 2 ? { ...a, 'zh-Hans': '' } : a)) } : c)),
      }),
      'MISSING_TEXT',
      'competencies/0/anchors/2/zh-Hans',
      ['"empathy" has no anchor text for proficiency 3 in zh-Hans'],
    ],
    ['a track name missing in English', (l) => ({ ...l, tracks: [{ ...l.tracks[0]!, name: { ...l.tracks[0]!.name, en: '' } }, ...l.tracks.slice(1)] }), 'MISSING_TEXT', 'tracks/0/name/en', ['Track "support-ic" has no name in en']],
    ['a level name missing in English', replaceLevel('trainer', (lv) => ({ ...lv, name: { ...lv.name, en: '' } })), 'MISSING_TEXT', 'levels/8/name/en', ['Level "trainer" has no name in en']],
    [
      'a required certification with no name',
      withMoves((moves) => moves.map((m, i) => (i === 6 ? { ...m, requiredCertifications: [' '] } : m))),
      'MISSING_TEXT',
      'moves/6/requiredCertifications/0',
      ['"senior-agent" → "quality-analyst"', 'no name'],
    ],
    [
      'four anchors',
      (l) => ({ ...l, competencies: l.competencies.map((c, i) => (i === 2 ? { ...c, anchors: c.anchors.slice(0, 4) } : c)) }),
      'ANCHORS_NOT_FIVE',
      'competencies/2/anchors',
      ['"product-knowledge" has 4 behavioural anchors', 'exactly 5'],
    ],
    [
      'six anchors',
      (l) => ({ ...l, competencies: l.competencies.map((c, i) => (i === 2 ? { ...c, anchors: [...c.anchors, text('extra')] } : c)) }),
      'ANCHORS_NOT_FIVE',
      'competencies/2/anchors',
      ['has 6 behavioural anchors'],
    ],
    ['a level on an unknown track', replaceLevel('trainer', (lv) => ({ ...lv, trackKey: 'coaching' })), 'UNKNOWN_TRACK', 'levels/8/trackKey', ['Level "trainer"', 'track "coaching"']],
    ['two levels with one rank in a track', replaceLevel('agent-2', (lv) => ({ ...lv, rank: 1 })), 'DUPLICATE_RANK', 'levels/1/rank', ['"agent-1" and "agent-2" both have rank 1 in track "support-ic"']],
    ['rank 0', replaceLevel('trainer', (lv) => ({ ...lv, rank: 0 })), 'INVALID_RANK', 'levels/8/rank', ['"trainer" has rank 0']],
    ['a fractional rank', replaceLevel('trainer', (lv) => ({ ...lv, rank: 1.5 })), 'INVALID_RANK', 'levels/8/rank', ['rank 1.5']],
    [
      'an expectation of an unknown competency',
      replaceLevel('agent-2', (lv) => ({ ...lv, expectations: [...lv.expectations, { competencyKey: 'empathyy', proficiency: 2 }] })),
      'UNKNOWN_COMPETENCY',
      'levels/1/expectations/3/competencyKey',
      ['Level "agent-2" expects competency "empathyy"'],
    ],
    ...[0, 6, 2.5].map((p): [string, Edit, LadderIssueCode, string, string[]] => [
      `proficiency ${p}`,
      replaceLevel('agent-1', (lv) => ({ ...lv, expectations: [{ competencyKey: 'empathy', proficiency: p as 1 }] })),
      'PROFICIENCY_OUT_OF_RANGE',
      'levels/0/expectations/0/proficiency',
      [`"agent-1" expects "empathy" at ${p}`, 'from 1 to 5'],
    ]),
    ...[-1, 121, 1.5].map((m): [string, Edit, LadderIssueCode, string, string[]] => [
      `minimum ${m} months in level`,
      replaceLevel('agent-1', (lv) => ({ ...lv, minMonthsInLevel: m })),
      'MIN_MONTHS_OUT_OF_RANGE',
      'levels/0/minMonthsInLevel',
      [`"agent-1" asks for ${m} months`, 'from 0 to 120'],
    ]),
    ['a move from an unknown level', withMoves((moves) => [...moves, move('agent-0', 'agent-1')]), 'UNKNOWN_LEVEL', 'moves/12/fromLevelKey', ['"agent-0" → "agent-1"', 'names level "agent-0"']],
    ['a move to an unknown level', withMoves((moves) => [...moves, move('agent-1', 'agent-9')]), 'UNKNOWN_LEVEL', 'moves/12/toLevelKey', ['names level "agent-9"']],
    ['a move to the same level', withMoves((moves) => [...moves, move('agent-2', 'agent-2', 'LATERAL')]), 'SELF_MOVE', 'moves/12', ['level "agent-2" to itself']],
    [
      'the same move listed twice (even as another kind)',
      withMoves((moves) => [...moves, move('agent-1', 'agent-2', 'LATERAL')]),
      'DUPLICATE_MOVE',
      'moves/12',
      ['"agent-1" → "agent-2" is listed twice (first at moves/0)'],
    ],
    [
      'no entry level',
      withLevels((levels) => levels.map((lv) => ({ ...lv, entry: false }))),
      'NO_ENTRY_LEVEL',
      'levels',
      ['No level is marked as an entry level'],
    ],
    [
      'a level no move leads to',
      withMoves((moves) => moves.filter((m) => m.toLevelKey !== 'trainer')),
      'UNREACHABLE_LEVEL',
      'levels/8',
      ['Level "trainer" cannot be reached from any entry level ("agent-1")'],
    ],
  ])('refuses %s', (_case, edit, code, path, phrases) => {
    const issues = validateLadder(edit(supportLadder()));
    const issue = issues.find((i) => i.code === code);
    expect(issue).toMatchObject({ code, path });
    for (const phrase of phrases) expect(issue!.message).toContain(phrase);
    expect(issues.filter((i) => i.code !== code)).toEqual([]);
  });

  it.each<[string, [string, string][], string]>([
    ['a two-level loop', [['agent-2', 'agent-1']], '"agent-1" → "agent-2" → "agent-1"'],
    ['a loop through three levels', [['senior-agent', 'agent-1']], '"agent-1" → "agent-2" → "senior-agent" → "agent-1"'],
    ['a loop across tracks', [['support-manager', 'specialist']], '"specialist" → "team-lead" → "support-manager" → "specialist"'],
  ])('reports promotions that form %s with the keys in order', (_case, extra, cycle) => {
    const ladder = supportLadder();
    const issues = validateLadder({ ...ladder, moves: [...ladder.moves, ...extra.map(([f, t]) => move(f, t))] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'PROMOTION_CYCLE' });
    expect(issues[0]!.message).toContain(cycle);
    // The same keys, structured, so a screen can word the cycle in its reader's language.
    expect(issues[0]!.params?.cycle?.map((key) => `"${key}"`).join(' → ')).toBe(cycle);
    expect(issues[0]!.path).toMatch(/^moves\/\d+$/);
  });

  it('allows lateral moves both ways (they are not promotions)', () => {
    const ladder = supportLadder();
    expect(ladder.moves.some((m) => m.fromLevelKey === 'quality-analyst' && m.toLevelKey === 'senior-agent')).toBe(true);
    expect(validateLadder(ladder)).toEqual([]);
  });

  it('reports each separate promotion cycle once', () => {
    const ladder = supportLadder();
    const issues = validateLadder({ ...ladder, moves: [...ladder.moves, move('agent-2', 'agent-1'), move('support-manager', 'team-lead')] });
    expect(issues.map((i) => [i.code, i.message.split(':')[1]!.split(';')[0]!.trim()])).toEqual([
      ['PROMOTION_CYCLE', '"agent-1" → "agent-2" → "agent-1"'],
      ['PROMOTION_CYCLE', '"support-manager" → "team-lead" → "support-manager"'],
    ]);
  });

  it('reports every unreachable level but not, with no entry level, each level again', () => {
    const ladder = supportLadder();
    const noMoves = validateLadder({ ...ladder, moves: [] });
    expect(noMoves.map((i) => i.path)).toEqual(['levels/1', 'levels/2', 'levels/3', 'levels/4', 'levels/5', 'levels/6', 'levels/7', 'levels/8']);
    const noEntry = validateLadder({ ...ladder, levels: ladder.levels.map((lv) => ({ ...lv, entry: false })) });
    expect(noEntry.map((i) => i.code)).toEqual(['NO_ENTRY_LEVEL']);
  });

  it('judges reachability over moves to known levels only', () => {
    const ladder = supportLadder();
    const issues = validateLadder({
      ...ladder,
      moves: ladder.moves.map((m) => (m.toLevelKey === 'trainer' ? { ...m, fromLevelKey: `nobody-from-${m.fromLevelKey}` } : m)),
    });
    expect(issues.map((i) => i.code).sort()).toEqual(['UNKNOWN_LEVEL', 'UNKNOWN_LEVEL', 'UNREACHABLE_LEVEL']);
  });
});
