import fc from 'fast-check';
import { tenureBand, tenureBandCutOffs } from './index';

/** The band a hire date falls in by the cut-offs (what the submission statement does in SQL). */
const byCutOffs = (hire: string, on: string) => tenureBandCutOffs(on).find((c) => c.hiredAfter === null || hire > c.hiredAfter)!.band;

const day = (d: Date) => d.toISOString().slice(0, 10);
const date = fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map(day);

describe('tenure band cut-offs for a day place every hire date in the band of the tenure-band rule', () => {
  it.each([
    ['2026-08-31', '2026-02-28', 'MONTHS_6_12'],
    ['2026-08-31', '2026-03-01', 'MONTHS_0_6'],
    ['2024-02-29', '2023-08-29', 'MONTHS_6_12'],
    ['2024-02-29', '2023-08-30', 'MONTHS_0_6'],
    ['2026-11-30', '2024-11-30', 'YEARS_2_PLUS'],
    ['2026-11-30', '2024-12-01', 'YEARS_1_2'],
    ['2026-11-30', '2027-01-01', 'MONTHS_0_6'],
  ])('on %s, hired %s: %s', (on, hire, band) => {
    expect(tenureBand(hire, on)).toBe(band);
    expect(byCutOffs(hire, on)).toBe(band);
  });

  it('agrees with tenureBand for any day and hire date (month ends and leap days included)', () => {
    fc.assert(fc.property(date, date, (on, hire) => byCutOffs(hire, on) === tenureBand(hire, on)), { numRuns: 5_000 });
  });

  it('agrees around every cut-off, one day either side', () => {
    fc.assert(
      fc.property(date, (on) =>
        tenureBandCutOffs(on)
          .filter((c) => c.hiredAfter !== null)
          .every((c) => {
            const at = new Date(`${c.hiredAfter}T00:00:00Z`);
            return [-1, 0, 1].every((d) => {
              const hire = day(new Date(at.getTime() + d * 86_400_000));
              return byCutOffs(hire, on) === tenureBand(hire, on);
            });
          }),
      ),
      { numRuns: 2_000 },
    );
  });
});
