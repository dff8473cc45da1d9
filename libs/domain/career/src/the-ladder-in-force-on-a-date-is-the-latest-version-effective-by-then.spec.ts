import { effectiveFromError, ladderAsOf } from './ladder-versions';

const versions = [
  { id: 'v2', effectiveFrom: '2024-07-01' },
  { id: 'v1', effectiveFrom: '2024-01-01' },
  { id: 'v3', effectiveFrom: '2025-03-01' },
];

describe('ladderAsOf', () => {
  it.each<[string, string | null]>([
    ['2023-12-31', null],
    ['2024-01-01', 'v1'],
    ['2024-06-30', 'v1'],
    ['2024-07-01', 'v2'],
    ['2025-02-28', 'v2'],
    ['2025-03-01', 'v3'],
    ['2030-01-01', 'v3'],
    ['2024-07-01T08:00:00Z', 'v2'],
  ])('on %s is %s', (date, id) => {
    expect(ladderAsOf(versions, date)?.id ?? null).toBe(id);
  });

  it('is null with no versions at all', () => {
    expect(ladderAsOf([], '2024-01-01')).toBeNull();
  });
});

describe('effectiveFromError (when a new version may take effect)', () => {
  const existing = [{ effectiveFrom: '2024-01-01' }, { effectiveFrom: '2025-09-01' }];
  const today = '2025-06-15';

  it.each<[string, string, string | null]>([
    ['after the latest version', '2025-09-02', null],
    ['long after it', '2027-01-01', null],
    ['on the latest version’s date while it is still in the future (replaces it)', '2025-09-01', null],
    ['before the latest version', '2025-08-31', 'a later version already takes effect on 2025-09-01'],
    ['before the first version', '2023-01-01', 'a later version already takes effect on 2025-09-01'],
    ['not a date', '2025-02-30', 'is not a date'],
  ])('%s', (_case, date, error) => {
    const result = effectiveFromError(date, existing, today);
    if (error === null) expect(result).toBeNull();
    else expect(result).toContain(error);
  });

  it.each<[string, string]>([
    ['a past date (back-dating is allowed up to the latest version)', '2024-07-01'],
    ['today', '2025-01-01'],
    ['a future date', '2025-02-01'],
  ])('with the latest version in force, accepts a date after it: %s', (_case, date) => {
    expect(effectiveFromError(date, [{ effectiveFrom: '2024-06-30' }], '2025-01-01')).toBeNull();
  });

  it.each([
    ['in force since before today', '2025-01-01'],
    ['in force from today', '2025-06-15'],
  ])('refuses to replace the version %s', (_case, latest) => {
    expect(effectiveFromError(latest, [{ effectiveFrom: latest }], today)).toBe(
      `The version effective on ${latest} is already in force and cannot be replaced; choose a date after ${latest}.`,
    );
  });

  it('lets the first version take any date (back-dated to cover people already employed)', () => {
    expect(effectiveFromError('2019-01-01', [], today)).toBeNull();
  });
});
