import type { SingleLineFault } from '@pulse/shared';
import type { LadderDefinition, LocalizedString } from './ladder';
import { supportLadder } from './test-support/ladder-fixtures';
import { validateLadder } from './validate-ladder';

type Edit = (ladder: LadderDefinition) => LadderDefinition;
const inPl = (t: LocalizedString, pl: string): LocalizedString => ({ ...t, pl });

describe('ladder names and certifications are single-line; descriptions and anchors keep line breaks', () => {
  it.each<[string, Edit, string, string, SingleLineFault]>([
    ['a level name with a line break', (l) => ({ ...l, levels: l.levels.map((v, i) => (i === 1 ? { ...v, name: inPl(v.name, 'Agent\n2') } : v)) }), 'levels/1/name/pl', 'line break', 'LINE_BREAK'],
    ['a track name with a tab', (l) => ({ ...l, tracks: l.tracks.map((v, i) => (i === 0 ? { ...v, name: inPl(v.name, 'Support\tIC') } : v)) }), 'tracks/0/name/pl', 'tab', 'TAB'],
    [
      'a competency name with a line separator',
      (l) => ({ ...l, competencies: l.competencies.map((v, i) => (i === 2 ? { ...v, name: inPl(v.name, 'Empathy\u2028') } : v)) }),
      'competencies/2/name/pl',
      'line break',
      'LINE_BREAK',
    ],
    [
      'a required certification with a carriage return',
      (l) => ({ ...l, moves: l.moves.map((m, i) => (i === 0 ? { ...m, requiredCertifications: ['ITIL\r'] } : m)) }),
      'moves/0/requiredCertifications/0',
      'line break',
      'LINE_BREAK',
    ],
    [
      'a level name with a bell character',
      (l) => ({ ...l, levels: l.levels.map((v, i) => (i === 0 ? { ...v, name: inPl(v.name, 'Agent\u0007') } : v)) }),
      'levels/0/name/pl',
      'control character',
      'CONTROL_CHARACTER',
    ],
  ])('%s is refused at its path, with what breaks the line', (_name, edit, path, why, lineProblem) => {
    const issues = validateLadder(edit(supportLadder()));
    expect(issues).toEqual([{ code: 'NOT_SINGLE_LINE', path, message: expect.stringContaining(why), params: { lineProblem } }]);
  });

  it('descriptions and anchors may span lines', () => {
    const ladder = supportLadder();
    const edited: LadderDefinition = {
      ...ladder,
      competencies: ladder.competencies.map((c, i) =>
        i === 0 ? { ...c, description: inPl(c.description, 'First line\nsecond line'), anchors: c.anchors.map((a) => inPl(a, 'Does this;\n\tand that')) } : c,
      ),
    };
    expect(validateLadder(edited)).toEqual([]);
  });
});
