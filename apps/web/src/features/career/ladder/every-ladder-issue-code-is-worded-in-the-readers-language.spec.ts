import { LADDER_ISSUE_CODES, validateLadder, type LadderDefinition, type LadderIssue, type LadderIssueCode } from '@pulse/domain-career';
import { LOCALES, type Locale } from '@pulse/shared';
import type { i18n as I18n } from 'i18next';
import { testI18n } from '../../../test/render';
import type { LadderLike } from '../ladderIndex';
import { ladderIssueText, translateLadderIssue } from './issueText';

type Text = LadderDefinition['levels'][number]['name'];
const text = (en: string, zhHans: string, zhHant: string, pl: string): Text => ({ en, 'zh-Hans': zhHans, 'zh-Hant': zhHant, pl });

const NAMES = {
  'agent-1': text('Agent I', '一级客服', '一級客服', 'Konsultant I'),
  'agent-2': text('Agent II', '二级客服', '二級客服', 'Konsultant II'),
  'team-lead': text('Team lead', '组长', '組長', 'Lider zespołu'),
  support: text('Support', '客服支持', '客服支援', 'Obsługa klienta'),
  empathy: text('Empathy', '同理心', '同理心', 'Empatia'),
};
type Named = keyof typeof NAMES;
const name = (key: Named, locale: Locale) => NAMES[key][locale];

/** A valid ladder: one track, three levels, one competency; each case breaks one rule. */
function ladder(): LadderDefinition {
  const level = (key: 'agent-1' | 'agent-2' | 'team-lead', rank: number, entry: boolean) => ({
    key,
    trackKey: 'support',
    rank,
    name: NAMES[key],
    minMonthsInLevel: 6,
    entry,
    expectations: [{ competencyKey: 'empathy', proficiency: 2 as const }],
  });
  return {
    competencies: [
      {
        key: 'empathy',
        name: NAMES.empathy,
        description: text('Understands customers', '理解客户', '理解客戶', 'Rozumie klientów'),
        anchors: [1, 2, 3, 4, 5].map((n) => text(`Level ${n}`, `水平 ${n}`, `水準 ${n}`, `Poziom ${n}`)),
      },
    ],
    tracks: [{ key: 'support', name: NAMES.support }],
    levels: [level('agent-1', 1, true), level('agent-2', 2, false), level('team-lead', 3, false)],
    moves: [
      { fromLevelKey: 'agent-1', toLevelKey: 'agent-2', kind: 'PROMOTION', requiredCertifications: [] },
      { fromLevelKey: 'agent-2', toLevelKey: 'team-lead', kind: 'PROMOTION', requiredCertifications: ['QA calibration'] },
    ],
  };
}

type Edit = (l: LadderDefinition) => LadderDefinition;
const editLevel = (i: number, patch: Partial<LadderDefinition['levels'][number]>): Edit => (l) => ({ ...l, levels: l.levels.map((v, j) => (i === j ? { ...v, ...patch } : v)) });
const addMove = (move: LadderDefinition['moves'][number]): Edit => (l) => ({ ...l, moves: [...l.moves, move] });
const promotion = (fromLevelKey: string, toLevelKey: string) => ({ fromLevelKey, toLevelKey, kind: 'PROMOTION' as const, requiredCertifications: [] });
const withPl = (t: Text, pl: string): Text => ({ ...t, pl });

/** What the reader must see named, in their own language (keys and numbers are the same everywhere). */
type Expect = (locale: Locale) => string[];
const names = (...keys: Named[]): Expect => (locale) => keys.map((k) => name(k, locale));
const also = (expect: Expect, ...fixed: string[]): Expect => (locale) => [...expect(locale), ...fixed];

// [code, the rule broken, edit, path of the issue, names the text must contain]
const CASES: Array<[LadderIssueCode, string, Edit, string, Expect]> = [
  ['DUPLICATE_KEY', 'a level key used twice', editLevel(2, { key: 'agent-2' }), 'levels/2/key', () => ['agent-2']],
  ['DUPLICATE_KEY', 'a competency listed twice by a level', editLevel(0, { expectations: [{ competencyKey: 'empathy', proficiency: 1 }, { competencyKey: 'empathy', proficiency: 2 }] }), 'levels/0/expectations/1/competencyKey', names('agent-1', 'empathy')],
  ['INVALID_KEY', 'a track key that is not a slug', (l) => ({ ...l, tracks: [{ ...l.tracks[0]!, key: 'Support IC' }], levels: l.levels.map((v) => ({ ...v, trackKey: 'Support IC' })) }), 'tracks/0/key', () => ['Support IC']],
  ['MISSING_TEXT', 'a level without its Polish name', editLevel(1, { name: withPl(NAMES['agent-2'], ' ') }), 'levels/1/name/pl', (locale) => [locale === 'pl' ? NAMES['agent-2'].en : name('agent-2', locale), 'Polski']],
  ['MISSING_TEXT', 'a competency without the anchor for proficiency 3 in Traditional Chinese', (l) => ({ ...l, competencies: [{ ...l.competencies[0]!, anchors: l.competencies[0]!.anchors.map((a, i) => (i === 2 ? { ...a, 'zh-Hant': '' } : a)) }] }), 'competencies/0/anchors/2/zh-Hant', also(names('empathy'), '3', '繁體中文')],
  ['MISSING_TEXT', 'a required certification with no name', (l) => ({ ...l, moves: l.moves.map((m, i) => (i === 0 ? { ...m, requiredCertifications: [' '] } : m)) }), 'moves/0/requiredCertifications/0', names('agent-1', 'agent-2')],
  ['NOT_SINGLE_LINE', 'a Polish level name with a tab', editLevel(1, { name: withPl(NAMES['agent-2'], 'Konsultant\tII') }), 'levels/1/name/pl', (locale) => [locale === 'pl' ? 'Konsultant II' : name('agent-2', locale), 'Polski']],
  ['NOT_SINGLE_LINE', 'a certification with a line break', (l) => ({ ...l, moves: l.moves.map((m, i) => (i === 1 ? { ...m, requiredCertifications: ['QA', 'ITIL\nv4'] } : m)) }), 'moves/1/requiredCertifications/1', also(names('agent-2', 'team-lead'), '2')],
  ['ANCHORS_NOT_FIVE', 'a competency with four anchors', (l) => ({ ...l, competencies: [{ ...l.competencies[0]!, anchors: l.competencies[0]!.anchors.slice(0, 4) }] }), 'competencies/0/anchors', also(names('empathy'), '4', '5')],
  ['UNKNOWN_TRACK', 'a level on a track the ladder lacks', editLevel(2, { trackKey: 'sales' }), 'levels/2/trackKey', also(names('team-lead'), 'sales')],
  ['DUPLICATE_RANK', 'two levels with one rank', editLevel(2, { rank: 2 }), 'levels/2/rank', also(names('agent-2', 'team-lead', 'support'), '2')],
  ['INVALID_RANK', 'a rank of 0', editLevel(2, { rank: 0 }), 'levels/2/rank', also(names('team-lead'), '0')],
  ['UNKNOWN_COMPETENCY', 'an expectation of a competency the ladder lacks', editLevel(1, { expectations: [{ competencyKey: 'sales-skill', proficiency: 2 }] }), 'levels/1/expectations/0/competencyKey', also(names('agent-2'), 'sales-skill')],
  ['PROFICIENCY_OUT_OF_RANGE', 'a proficiency of 7', editLevel(1, { expectations: [{ competencyKey: 'empathy', proficiency: 7 as 5 }] }), 'levels/1/expectations/0/proficiency', also(names('agent-2', 'empathy'), '7')],
  ['MIN_MONTHS_OUT_OF_RANGE', '200 months in level', editLevel(0, { minMonthsInLevel: 200 }), 'levels/0/minMonthsInLevel', also(names('agent-1'), '200', '120')],
  ['UNKNOWN_LEVEL', 'a move to a level the ladder lacks', addMove(promotion('team-lead', 'director')), 'moves/2/toLevelKey', also(names('team-lead'), 'director')],
  ['SELF_MOVE', 'a move from a level to itself', addMove(promotion('agent-2', 'agent-2')), 'moves/2', also(names('agent-2'), '3')],
  ['DUPLICATE_MOVE', 'a move listed twice', addMove(promotion('agent-1', 'agent-2')), 'moves/2', also(names('agent-1', 'agent-2'), '3', '1')],
  ['PROMOTION_CYCLE', 'promotions back down to the first level', addMove(promotion('team-lead', 'agent-1')), 'moves/0', names('agent-1', 'agent-2', 'team-lead')],
  ['NO_ENTRY_LEVEL', 'no entry level', editLevel(0, { entry: false }), 'levels', () => []],
  ['UNREACHABLE_LEVEL', 'a level no move leads to', (l) => ({ ...l, moves: l.moves.slice(0, 1) }), 'levels/2', names('team-lead', 'agent-1')],
];

/** The definition as the editor holds it (field names of the GraphQL input: zhHans, not zh-Hans). */
function asDraft(definition: LadderDefinition): LadderLike {
  const loc = (t: Text) => ({ en: t.en, zhHans: t['zh-Hans'], zhHant: t['zh-Hant'], pl: t.pl });
  return {
    competencies: definition.competencies.map((c) => ({ key: c.key, name: loc(c.name), description: loc(c.description), anchors: c.anchors.map(loc) })),
    tracks: definition.tracks.map((t) => ({ key: t.key, name: loc(t.name) })),
    levels: definition.levels.map((l) => ({ ...l, name: loc(l.name), expectations: [...l.expectations] })),
    moves: definition.moves.map((m) => ({ ...m, requiredCertifications: [...m.requiredCertifications] })),
  };
}

const i18ns = new Map<Locale, I18n>();
beforeAll(async () => {
  for (const locale of LOCALES) i18ns.set(locale, await testI18n(locale));
});

function found(edit: Edit, path: string, code: LadderIssueCode): { issue: LadderIssue; draft: LadderLike } {
  const definition = edit(ladder());
  const issue = validateLadder(definition).find((i) => i.code === code && i.path === path);
  if (!issue) throw new Error(`validateLadder reported no ${code} at ${path}: ${JSON.stringify(validateLadder(definition))}`);
  return { issue, draft: asDraft(definition) };
}

describe('every ladder issue code is worded in the reader’s language', () => {
  it('starts from a ladder with no issues', () => {
    expect(validateLadder(ladder())).toEqual([]);
  });

  it('has a case for every code the domain can report', () => {
    expect([...new Set(CASES.map(([code]) => code))].sort()).toEqual([...LADDER_ISSUE_CODES].sort());
  });

  describe.each(LOCALES)('%s', (locale) => {
    it.each(CASES)('%s: %s', (code, _rule, edit, path, expected) => {
      const { issue, draft } = found(edit, path, code);
      const t = i18ns.get(locale)!.t;
      const shown = translateLadderIssue(issue, draft, t, locale);
      expect(shown).not.toBeNull();
      expect(shown!.trim()).not.toBe('');
      expect(shown).not.toMatch(/\{\{|career\.ladder\./);
      for (const part of expected(locale)) expect(shown).toContain(part);
      if (locale !== 'en') {
        expect(shown).not.toBe(issue.message);
        expect(shown).not.toBe(translateLadderIssue(issue, draft, i18ns.get('en')!.t, 'en'));
      }
    });
  });

  it('keeps the server’s English message for a code this screen does not know', () => {
    const t = i18ns.get('pl')!.t;
    const issue = { code: 'SOMETHING_NEW', path: 'levels/0', message: 'Something new is wrong with "agent-1".' };
    expect(translateLadderIssue(issue, asDraft(ladder()), t, 'pl')).toBeNull();
    expect(ladderIssueText(issue, asDraft(ladder()), t, 'pl')).toBe(issue.message);
  });

  it('keeps the server’s message when the path no longer points into the checked ladder', () => {
    const t = i18ns.get('pl')!.t;
    const issue = { code: 'INVALID_RANK', path: 'levels/9/rank', message: 'Level "x" has rank 0; ranks are whole numbers from 1.' };
    expect(ladderIssueText(issue, asDraft(ladder()), t, 'pl')).toBe(issue.message);
  });
});
