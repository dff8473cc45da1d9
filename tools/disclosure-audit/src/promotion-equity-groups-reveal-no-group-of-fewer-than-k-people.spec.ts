import fc from 'fast-check';
import { TENURE_BANDS } from '@pulse/domain-pulse';
// The API's equity cell publication is pure (it only calls protectLinkedTables); it is attacked here as
// a black box, like the pulse rollup. It lives in the API module because suppression is the API's job.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { decideEquityCells, type EquityInnerCell } from '../../../apps/api/src/modules/career/equity-publication';
import { ALL, auditPublication, ORG, type PublishedCell } from './auditor';
import { organisationArbitrary, WORK_MODES, type GeneratedOrganisation } from './testing/generated-organisation';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
/** Equity groups are not split by tenure: one band, and every published cell covers it. */
const BANDS = ['ANY'];

const teamKey = (i: number) => `t${i}`;
type Shown = (cell: { people: number; shown: boolean }, k: number) => boolean;

/** People at risk per team × work mode (everyone generated is at risk; whether they answered a pulse does not matter here). */
function innerCells(org: GeneratedOrganisation): EquityInnerCell[] {
  const counts = new Map<string, EquityInnerCell>();
  for (const p of org.people) {
    const key = `${p.team}|${p.mode}`;
    const c = counts.get(key);
    counts.set(key, { teamId: teamKey(p.team), workMode: p.mode, people: (c?.people ?? 0) + 1 });
  }
  return [...counts.values()];
}

/** What HR can read of the equity report over every request (all teams, both dimensions): n of each shown group. */
function published(org: GeneratedOrganisation, shown: Shown): PublishedCell[] {
  const cells = decideEquityCells({ k: org.k, teams: org.parents.map((p, i) => ({ id: teamKey(i), parentId: p === null ? null : teamKey(p) })), workModes: WORK_MODES, inner: innerCells(org) });
  return cells
    .filter((c) => shown({ people: c.people, shown: c.decision.shown }, org.k))
    .map((c) => ({ team: c.team === 'ORG' ? ORG : c.team, workMode: c.workMode === 'ALL' ? ALL : c.workMode, tenureBand: ALL, n: c.people }));
}

function audit(org: GeneratedOrganisation, shown: Shown) {
  return auditPublication({
    k: org.k,
    teams: org.parents.map((p, i) => ({ key: teamKey(i), parent: p === null ? null : teamKey(p) })),
    workModes: WORK_MODES,
    tenureBands: BANDS,
    cells: published(org, shown),
  });
}

const product: Shown = (c) => c.shown;
/** The rule people reach for first: hide each group below k on its own. */
const naive: Shown = (c, k) => c.people === 0 || c.people >= k;

describe('promotion equity groups reveal no group of 1…k−1 people at risk', () => {
  it(`holds for ${RUNS} generated organisations with awkward shapes (people in parent teams, rare work modes, small sites)`, () => {
    fc.assert(
      fc.property(organisationArbitrary, (org) => {
        const report = audit(org, product);
        expect(report.leaks.map((l) => `${l.target}: ${l.count}`)).toEqual([]);
        expect(report.inconsistencies).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('catches hiding each group below k on its own: a team of six minus its sub-team of five is one person', () => {
    const person = (team: number) => ({ team, mode: 'OFFICE' as const, band: TENURE_BANDS[0], responded: true, cbi: 0, who5: null });
    const org: GeneratedOrganisation = { k: 5, parents: [null, 0], people: [person(0), ...Array.from({ length: 5 }, () => person(1))] };
    const leaks = audit(org, naive).leaks;
    expect(leaks.length).toBeGreaterThan(0);
    expect(leaks.some((l) => l.count === 1)).toBe(true);
    expect(audit(org, product).leaks).toEqual([]);
  });

  it('the naive rule also leaks on generated organisations, so the property above is not vacuous', () => {
    let leaking = 0;
    fc.assert(
      fc.property(organisationArbitrary, (org) => {
        if (audit(org, naive).leaks.length) leaking++;
      }),
      { numRuns: 50, seed: 11 },
    );
    expect(leaking).toBeGreaterThan(0);
  });
});
