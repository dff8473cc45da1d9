import { compileLadder } from './compile-ladder';
import { currentProficiencies } from './proficiency';
import { competencyStandings, readiness } from './readiness';
import { supportLadder } from './test-support/ladder-fixtures';

const ladder = compileLadder(supportLadder());

describe('readiness for a move', () => {
  // agent-1 → agent-2 expects empathy 3, communication 3, product-knowledge 2; agent-1 asks 6 months.
  it.each<[string, Record<string, number>, number, number, boolean]>([
    ['everything met', { empathy: 3, communication: 3, 'product-knowledge': 2 }, 6, 100, true],
    ['above expectation counts as met, not extra', { empathy: 5, communication: 5, 'product-knowledge': 5 }, 30, 100, true],
    ['nothing assessed, no time served', {}, 0, 0, false],
    // (2/3 + 1 + 1 + 4/6) / 4 = 0.8333
    ['empathy 2 of 3 and 4 of 6 months', { empathy: 2, communication: 3, 'product-knowledge': 2 }, 4, 83, false],
    // (1/3 + 1/3 + 1/2 + 1) / 4 = 0.5417
    ['one point each, time served', { empathy: 1, communication: 1, 'product-knowledge': 1 }, 7, 54, false],
    // (1 + 1 + 1 + 0.5) / 4 = 0.875
    ['all competencies, half the time', { empathy: 3, communication: 3, 'product-knowledge': 2 }, 3, 88, false],
  ])('%s → %d %%', (_case, proficiency, months, percent, ready) => {
    const result = readiness(ladder, 'agent-1', 'agent-2', proficiency, months, [])!;
    expect(result.percent).toBe(percent);
    expect(result.ready).toBe(ready);
    expect(result.projected).toBe(false);
  });

  it('lists unmet criteria first with translatable data and an English message, then the met ones', () => {
    const result = readiness(ladder, 'agent-1', 'agent-2', { empathy: 2, communication: 3, 'product-knowledge': 2 }, 4, [])!;
    expect(result.reasons).toEqual([
      { kind: 'COMPETENCY', met: false, message: 'Empathy 2 of 3 expected', competencyKey: 'empathy', current: 2, expected: 3, selfOnly: false },
      { kind: 'TIME_IN_LEVEL', met: false, message: '4 of 6 months in level', months: 4, minMonths: 6 },
      { kind: 'COMPETENCY', met: true, message: 'communication 3 of 3 expected', competencyKey: 'communication', current: 3, expected: 3, selfOnly: false },
      { kind: 'COMPETENCY', met: true, message: 'product-knowledge 2 of 2 expected', competencyKey: 'product-knowledge', current: 2, expected: 2, selfOnly: false },
    ]);
  });

  it.each<[string, string[], number, boolean, string]>([
    // senior-agent → quality-analyst: risk-control 3, data-analysis 3, 12 months, 'QA calibration'
    ['missing', [], 75, false, "Certification 'QA calibration' missing"],
    ['held, whatever its case and spacing', ['  qa Calibration '], 100, true, "Certification 'QA calibration' held"],
    ['held among others', ['Train-the-trainer', 'QA calibration'], 100, true, "Certification 'QA calibration' held"],
  ])('a required certification %s', (_case, held, percent, ready, message) => {
    const result = readiness(ladder, 'senior-agent', 'quality-analyst', { 'risk-control': 3, 'data-analysis': 3 }, 12, held)!;
    expect(result).toMatchObject({ percent, ready });
    expect(result.reasons.find((r) => r.kind === 'CERTIFICATION')).toEqual({
      kind: 'CERTIFICATION',
      met: ready,
      message,
      certification: 'QA calibration',
    });
  });

  it.each([
    // 9 competencies met + 23/24 months = (9 + 0.9583) / 10 = 99.58 → would round to 100
    [23, 99, false],
    [24, 100, true],
  ])('never shows 100 %% while a criterion is unmet (%d months)', (months, percent, ready) => {
    const wide = supportLadder();
    const all = Object.fromEntries(wide.competencies.map((c) => [c.key, 3]));
    const def = {
      ...wide,
      levels: wide.levels.map((lv) =>
        lv.key === 'team-lead' ? { ...lv, expectations: wide.competencies.map((c) => ({ competencyKey: c.key, proficiency: 3 as const })) } : lv.key === 'specialist' ? { ...lv, minMonthsInLevel: 24 } : lv,
      ),
    };
    expect(readiness(def, 'specialist', 'team-lead', all, months, [])).toMatchObject({ percent, ready });
  });

  it('has no time criterion when the level asks no minimum', () => {
    const def = supportLadder();
    const noMinimum = { ...def, levels: def.levels.map((lv) => (lv.key === 'agent-1' ? { ...lv, minMonthsInLevel: 0 } : lv)) };
    const result = readiness(noMinimum, 'agent-1', 'agent-2', { empathy: 3, communication: 3, 'product-knowledge': 2 }, 0, [])!;
    expect(result.reasons.map((r) => r.kind)).toEqual(['COMPETENCY', 'COMPETENCY', 'COMPETENCY']);
    expect(result).toMatchObject({ percent: 100, ready: true });
  });

  it('is 100 % and ready when a move has no criteria at all', () => {
    const def = supportLadder();
    const bare = {
      ...def,
      levels: def.levels.map((lv) => (lv.key === 'agent-2' ? { ...lv, expectations: [] } : lv.key === 'agent-1' ? { ...lv, minMonthsInLevel: 0 } : lv)),
    };
    expect(readiness(bare, 'agent-1', 'agent-2', {}, 0, [])).toEqual({ percent: 100, ready: true, reasons: [], projected: false });
  });

  it.each([
    ['an unknown current level', 'agent-0', 'agent-2'],
    ['an unknown target level', 'agent-1', 'director'],
  ])('is null for %s (a key from another ladder version)', (_case, from, to) => {
    expect(readiness(ladder, from, to, {}, 0, [])).toBeNull();
  });

  it('marks a competency only the person assessed as self-only', () => {
    const proficiency = currentProficiencies([
      { competencyKey: 'empathy', assessorKind: 'SELF', proficiency: 3, assessedAt: '2025-01-01T00:00:00Z' },
      { competencyKey: 'communication', assessorKind: 'MANAGER', proficiency: 3, assessedAt: '2025-01-01T00:00:00Z' },
    ]);
    const result = readiness(ladder, 'agent-1', 'agent-2', proficiency, 6, [])!;
    expect(result.reasons.filter((r) => r.kind === 'COMPETENCY').map((r) => r.kind === 'COMPETENCY' && [r.competencyKey, r.selfOnly])).toEqual([
      ['product-knowledge', false],
      ['empathy', true],
      ['communication', false],
    ]);
  });

  it('gives standings on every competency the level expects, with the gaps', () => {
    expect(competencyStandings(ladder, 'agent-2', { empathy: 4, communication: 1 })).toEqual([
      { competencyKey: 'empathy', current: 4, selfOnly: false, expected: 3, gap: 0 },
      { competencyKey: 'communication', current: 1, selfOnly: false, expected: 3, gap: 2 },
      { competencyKey: 'product-knowledge', current: 0, selfOnly: false, expected: 2, gap: 2 },
    ]);
    expect(competencyStandings(ladder, 'nowhere', {})).toEqual([]);
  });
});
