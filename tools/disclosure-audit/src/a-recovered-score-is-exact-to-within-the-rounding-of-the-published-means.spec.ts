import { ALL, auditPublication, type PublishedCell } from './auditor';

/** What a reader sees: n and the mean rounded to two decimals, so n × mean is known to ±0.005·n. */
const published = (team: string, tenureBand: string, scores: number[]): PublishedCell => {
  const mean = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
  return { team, workMode: ALL, tenureBand, n: scores.length, sum: { value: mean * scores.length, tolerance: 0.005 * scores.length } };
};

describe('a recovered score is exact to within the rounding of the published means', () => {
  it.each([
    { lone: 2, settled: [3, 4, 3.5, 3, 3.5] },
    { lone: 58.33, settled: [41.67, 50, 62.5, 37.5, 45.83] },
    { lone: 100, settled: [0, 12.5, 25, 33.33, 66.67, 75, 87.5] },
  ])('one new starter scoring $lone among settled people', ({ lone, settled }) => {
    const cells = [published('T', ALL, [...settled, lone]), published('T', 'SETTLED', settled)];
    const report = auditPublication({ k: 5, teams: [{ key: 'T', parent: null }], workModes: ['REMOTE'], tenureBands: ['NEW', 'SETTLED'], cells });
    const leak = report.leaks.find((l) => l.target === 'T|ALL|NEW');
    expect(leak).toBeDefined();
    expect(leak!.count).toBe(1);
    // The bound the auditor states holds, and it is what rounding allows: 0.005 per person in each cell used.
    expect(Math.abs(leak!.sum!.value - lone)).toBeLessThanOrEqual(leak!.sum!.tolerance + 1e-9);
    expect(leak!.sum!.tolerance).toBeCloseTo(0.005 * (settled.length + 1) + 0.005 * settled.length, 9);
    expect(leak!.mean!.value).toBeCloseTo(leak!.sum!.value, 9);
  });
});
