import { readinessReasonItems, summariseReasons } from './reasons';

const standing = (competencyKey: string, current: number, expected: number, selfOnly = false) => ({
  competencyKey,
  current,
  expected,
  selfOnly,
  gap: Math.max(0, expected - current),
});

describe('readiness reasons', () => {
  it('lists unmet criteria first, the largest competency gap first, then the met ones', () => {
    const items = readinessReasonItems({
      standings: [standing('empathy', 3, 3), standing('communication', 1, 3), standing('product-knowledge', 2, 3, true)],
      monthsInLevel: 4,
      minMonthsInLevel: 6,
      requiredCertifications: ['QA calibration'],
      missingCertifications: ['QA calibration'],
    });
    expect(items.map((i) => [i.kind, i.met, 'competencyKey' in i ? i.competencyKey : 'name' in i ? i.name : ''])).toEqual([
      ['COMPETENCY', false, 'communication'],
      ['COMPETENCY', false, 'product-knowledge'],
      ['TIME_IN_LEVEL', false, ''],
      ['CERTIFICATION', false, 'QA calibration'],
      ['COMPETENCY', true, 'empathy'],
    ]);
    expect(items[1]).toMatchObject({ selfOnly: true, current: 2, expected: 3 });
    expect(items[2]).toMatchObject({ months: 4, minMonths: 6 });
  });

  it.each([
    { monthsInLevel: 6, minMonthsInLevel: 6, expected: [{ kind: 'TIME_IN_LEVEL', met: true }] },
    { monthsInLevel: 2, minMonthsInLevel: 0, expected: [] },
    { monthsInLevel: 0, minMonthsInLevel: 3, expected: [{ kind: 'TIME_IN_LEVEL', met: false }] },
  ])('time in level: $monthsInLevel of $minMonthsInLevel months', ({ monthsInLevel, minMonthsInLevel, expected }) => {
    const items = readinessReasonItems({ standings: [], monthsInLevel, minMonthsInLevel, requiredCertifications: [], missingCertifications: [] });
    expect(items.map((i) => ({ kind: i.kind, met: i.met }))).toEqual(expected);
  });

  it('shows a held certification as met and skips competencies the level does not expect', () => {
    const items = readinessReasonItems({
      standings: [standing('risk-control', 2, 0)],
      monthsInLevel: 0,
      minMonthsInLevel: 0,
      requiredCertifications: ['Train-the-trainer'],
      missingCertifications: [],
    });
    expect(items).toEqual([{ kind: 'CERTIFICATION', met: true, name: 'Train-the-trainer' }]);
  });

  it('keeps reasons of a kind it cannot rebuild, with the API message', () => {
    const items = readinessReasonItems({
      standings: [],
      monthsInLevel: 0,
      minMonthsInLevel: 0,
      requiredCertifications: [],
      missingCertifications: [],
      apiReasons: [
        { kind: 'COMPETENCY', met: false, message: 'Empathy 2 of 3 expected' },
        { kind: 'PROBATION', met: false, message: 'Still on probation' },
      ],
    });
    expect(items).toEqual([{ kind: 'OTHER', met: false, message: 'Still on probation' }]);
  });

  it('summarises a list row by kind without using the English messages', () => {
    expect(
      summariseReasons([
        { kind: 'COMPETENCY', met: true, message: 'x' },
        { kind: 'COMPETENCY', met: false, message: 'x' },
        { kind: 'COMPETENCY', met: false, message: 'x' },
        { kind: 'TIME_IN_LEVEL', met: true, message: 'x' },
        { kind: 'CERTIFICATION', met: false, message: 'x' },
      ]),
    ).toEqual({ competenciesMet: 1, competencies: 3, timeMet: true, certificationsMissing: 1 });
    expect(summariseReasons([])).toEqual({ competenciesMet: 0, competencies: 0, timeMet: null, certificationsMissing: 0 });
  });
});
