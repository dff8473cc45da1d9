import fc from 'fast-check';
import { auditOrganisation, organisationArbitrary } from './testing/generated-organisation';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

/**
 * The product's own rollup (rollupWave, a black box here) decides what is shown; an attacker that
 * holds every shown cell of a wave and solves them exactly must find no group of 1..k-1 respondents,
 * for the wave's count and for each measure (DISCLOSURE.md "The guarantee").
 */
describe('no set of fewer than k respondents is derivable from the published cells', () => {
  it(`holds for ${RUNS} generated organisations with awkward shapes`, () => {
    fc.assert(
      fc.property(organisationArbitrary, (org) => {
        const { findings, inconsistencies } = auditOrganisation(org);
        const summary = findings.slice(0, 3).map(({ quantity, leak }) => ({
          quantity,
          target: leak.target,
          count: leak.count,
          derivation: leak.derivation.map((t) => `${t.coefficient} × ${t.cell}`).join(' '),
        }));
        expect(summary).toEqual([]);
        expect(inconsistencies).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
