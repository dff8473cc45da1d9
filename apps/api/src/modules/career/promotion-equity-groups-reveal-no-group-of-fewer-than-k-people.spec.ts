import fc from 'fast-check';
import { ALL, auditPublication, ORG, type PublishedCell } from '@pulse/disclosure-audit';
import { WORK_MODES } from '@pulse/shared';
import { decideEquityCells, type EquityInnerCell } from './equity-publication';

/**
 * The equity report's cell publication attacked by the independent auditor of tools/disclosure-audit
 * (written without looking at the suppression), as a black box. It lives here rather than in the
 * auditor's package because the API already depends on the auditor (a test there would be a cycle).
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
/** Equity groups are not split by tenure: one band, and every published cell covers it. */
const BANDS = ['ANY'];

type Org = { k: number; parents: Array<number | null>; people: Array<{ team: number; mode: (typeof WORK_MODES)[number] }> };

/** Awkward shapes: uneven teams, people filed in parent teams, rare work modes (one-person groups), small sites. */
const organisation: fc.Arbitrary<Org> = fc
  .record({
    k: fc.constantFrom(3, 5),
    parentPicks: fc.array(fc.option(fc.nat(), { freq: 3 }), { minLength: 1, maxLength: 14 }),
    people: fc.array(fc.record({ teamPick: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), modePick: fc.nat({ max: 19 }) }), { minLength: 3, maxLength: 150 }),
  })
  .map(({ k, parentPicks, people }) => {
    const parents = parentPicks.map((p, i) => (i === 0 || p === null ? null : p % i));
    return {
      k,
      parents,
      people: people.map((p) => ({
        // Squaring crowds people into the first teams; remote is rare.
        team: Math.min(parents.length - 1, Math.floor(p.teamPick * p.teamPick * parents.length)),
        mode: p.modePick < 10 ? ('OFFICE' as const) : p.modePick < 18 ? ('HYBRID' as const) : ('REMOTE' as const),
      })),
    };
  });

const teamKey = (i: number) => `t${i}`;
type Shown = (cell: { people: number; shown: boolean }, k: number) => boolean;

function innerCells(org: Org): EquityInnerCell[] {
  const counts = new Map<string, EquityInnerCell>();
  for (const p of org.people) {
    const key = `${p.team}|${p.mode}`;
    counts.set(key, { teamId: teamKey(p.team), workMode: p.mode, people: (counts.get(key)?.people ?? 0) + 1 });
  }
  return [...counts.values()];
}

/** Everything HR can read over every request (all teams, both dimensions): n of each shown group. */
function published(org: Org, shown: Shown): PublishedCell[] {
  const cells = decideEquityCells({ k: org.k, teams: org.parents.map((p, i) => ({ id: teamKey(i), parentId: p === null ? null : teamKey(p) })), workModes: WORK_MODES, inner: innerCells(org) });
  return cells
    .filter((c) => shown({ people: c.people, shown: c.decision.shown }, org.k))
    .map((c) => ({ team: c.team === 'ORG' ? ORG : c.team, workMode: c.workMode === 'ALL' ? ALL : c.workMode, tenureBand: ALL, n: c.people }));
}

const audit = (org: Org, shown: Shown) =>
  auditPublication({
    k: org.k,
    teams: org.parents.map((p, i) => ({ key: teamKey(i), parent: p === null ? null : teamKey(p) })),
    workModes: WORK_MODES,
    tenureBands: BANDS,
    cells: published(org, shown),
  });

const product: Shown = (c) => c.shown;
/** The rule people reach for first: hide each group below k on its own. */
const naive: Shown = (c, k) => c.people === 0 || c.people >= k;

describe('promotion equity groups reveal no group of 1…k−1 people at risk', () => {
  it(`holds for ${RUNS} generated organisations with awkward shapes`, () => {
    fc.assert(
      fc.property(organisation, (org) => {
        const report = audit(org, product);
        expect(report.leaks.map((l) => `${l.target}: ${l.count}`)).toEqual([]);
        expect(report.inconsistencies).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('the auditor catches hiding each group below k on its own: a team of six minus its sub-team of five is one person', () => {
    const org: Org = { k: 5, parents: [null, 0], people: [{ team: 0, mode: 'OFFICE' }, ...Array.from({ length: 5 }, () => ({ team: 1, mode: 'OFFICE' as const }))] };
    expect(audit(org, naive).leaks.some((l) => l.count === 1)).toBe(true);
    expect(audit(org, product).leaks).toEqual([]);
  });

  it('the naive rule leaks on generated organisations too, so the property above is not vacuous', () => {
    let leaking = 0;
    fc.assert(
      fc.property(organisation, (org) => {
        if (audit(org, naive).leaks.length) leaking++;
      }),
      { numRuns: 50, seed: 11 },
    );
    expect(leaking).toBeGreaterThan(0);
  });
});
