import fc from 'fast-check';
import { ALL, measureIsReportable, ORG_KEY, rollupWave, TENURE_BANDS, type RollupCell, type RollupInvitations, type RollupResponse } from '@pulse/domain-pulse';
import { auditPublication, type Leak, type PublishedCell } from '../auditor';

export const WORK_MODES = ['REMOTE', 'HYBRID', 'OFFICE'] as const;
export const MEASURES = ['cbi.work', 'who5'] as const;

export type GeneratedPerson = {
  readonly team: number;
  readonly mode: (typeof WORK_MODES)[number];
  readonly band: (typeof TENURE_BANDS)[number];
  readonly responded: boolean;
  readonly cbi: number;
  /** null: skipped the WHO-5 items, so this person is in the wave's count but not in that measure's. */
  readonly who5: number | null;
};

export type GeneratedOrganisation = {
  readonly k: number;
  /** parents[i]: the parent of team i (an earlier team) or null for a site directly under the organisation. */
  readonly parents: ReadonlyArray<number | null>;
  readonly people: readonly GeneratedPerson[];
};

/**
 * Organisations with the awkward shapes of DISCLOSURE.md: uneven team sizes, people filed in parent
 * teams (any team, not only leaves), rare work modes (one-person groups), small sites, and
 * respondents who skipped a measure.
 */
export const organisationArbitrary: fc.Arbitrary<GeneratedOrganisation> = fc
  .record({
    k: fc.constantFrom(3, 5),
    parentPicks: fc.array(fc.option(fc.nat(), { freq: 3 }), { minLength: 1, maxLength: 14 }),
    people: fc.array(
      fc.record({
        // Skewed picks make team sizes uneven: squaring crowds people into the first teams.
        teamPick: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        modePick: fc.nat({ max: 19 }),
        bandPick: fc.nat({ max: 9 }),
        responded: fc.nat({ max: 9 }).map((x) => x < 8),
        cbi: fc.integer({ min: 0, max: 100 }),
        who5: fc.option(fc.integer({ min: 0, max: 25 }).map((x) => x * 4), { freq: 5 }),
      }),
      { minLength: 3, maxLength: 150 },
    ),
  })
  .map(({ k, parentPicks, people }) => {
    const parents = parentPicks.map((p, i) => (i === 0 || p === null ? null : p % i));
    return {
      k,
      parents,
      people: people.map((p) => ({
        team: Math.min(parents.length - 1, Math.floor(p.teamPick * p.teamPick * parents.length)),
        // Office and hybrid are common, remote rare: one-person work-mode groups are frequent.
        mode: p.modePick < 10 ? 'OFFICE' : p.modePick < 18 ? 'HYBRID' : 'REMOTE',
        band: TENURE_BANDS[p.bandPick < 1 ? 0 : p.bandPick < 2 ? 1 : p.bandPick < 5 ? 2 : 3],
        responded: p.responded,
        cbi: p.cbi,
        who5: p.who5,
      })),
    };
  });

const teamKey = (i: number) => `t${i}`;

/** The person's team and every ancestor, nearest first (as the rollup snapshots it). */
function teamIds(org: GeneratedOrganisation, team: number): string[] {
  const ids: string[] = [];
  for (let t: number | null = team; t !== null; t = org.parents[t]) ids.push(teamKey(t));
  return ids;
}

/** Runs the product's rollup as a black box: one wave's cells with its suppression decision. */
export function rollup(org: GeneratedOrganisation): RollupCell[] {
  const responses: RollupResponse[] = org.people
    .filter((p) => p.responded)
    .map((p) => ({
      teamIds: teamIds(org, p.team),
      workMode: p.mode,
      tenureBand: p.band,
      scores: p.who5 === null ? { 'cbi.work': p.cbi } : ({ 'cbi.work': p.cbi, who5: p.who5 } as Record<string, number>),
      hasComment: false,
    }));
  const invited = new Map<string, RollupInvitations & { count: number }>();
  for (const p of org.people) {
    const key = `${p.team}|${p.mode}|${p.band}`;
    const g = invited.get(key);
    if (g) g.count++;
    else invited.set(key, { teamIds: teamIds(org, p.team), workMode: p.mode, tenureBand: p.band, count: 1 });
  }
  return rollupWave(org.k, responses, [...invited.values()]);
}

/** Whether a measure aggregate says it is shown: the suppression contract's flag when present. */
function aggregateShown(agg: object | undefined): boolean {
  return !(agg && 'shown' in agg && agg.shown === false);
}

/**
 * What readers can see of the wave, per quantity ('respondents' or a measure): every cell a view
 * offers (team or organisation × work mode or all × tenure band or all, never a mode × band cross),
 * with its count when shown; a group with no cell at all reads as "no responses", a public zero.
 */
export function publishedCells(org: GeneratedOrganisation, cells: readonly RollupCell[]): Map<string, PublishedCell[]> {
  const byKey = new Map(cells.map((c) => [`${c.teamKey}|${c.workMode}|${c.tenureBand}`, c]));
  const out = new Map<string, PublishedCell[]>([['respondents', []], ...MEASURES.map((m): [string, PublishedCell[]] => [m, []])]);
  const teams = [ORG_KEY, ...org.parents.map((_, i) => teamKey(i))];
  for (const team of teams)
    for (const workMode of [ALL, ...WORK_MODES])
      for (const tenureBand of [ALL, ...TENURE_BANDS]) {
        if (workMode !== ALL && tenureBand !== ALL) continue;
        const c = byKey.get(`${team}|${workMode}|${tenureBand}`);
        const key = { team, workMode, tenureBand };
        if (!c) {
          for (const list of out.values()) list.push({ ...key, n: 0 });
          continue;
        }
        if (!c.shown) continue;
        out.get('respondents')!.push({ ...key, n: c.respondents });
        for (const m of MEASURES) {
          const agg = c.measures[m];
          if (!agg) out.get(m)!.push({ ...key, n: 0 });
          else if (measureIsReportable(agg, org.k) && aggregateShown(agg)) out.get(m)!.push({ ...key, n: agg.n, sum: { value: agg.sum, tolerance: 0 } });
        }
      }
  return out;
}

export type Finding = { readonly quantity: string; readonly leak: Leak };

/** Audits every quantity of the generated wave; an empty list means nothing small is derivable. */
export function auditOrganisation(org: GeneratedOrganisation): { findings: Finding[]; inconsistencies: string[] } {
  const cells = rollup(org);
  const findings: Finding[] = [];
  const inconsistencies: string[] = [];
  for (const [quantity, published] of publishedCells(org, cells)) {
    const report = auditPublication({
      k: org.k,
      teams: org.parents.map((p, i) => ({ key: teamKey(i), parent: p === null ? null : teamKey(p) })),
      workModes: WORK_MODES,
      tenureBands: TENURE_BANDS,
      cells: published,
    });
    for (const leak of report.leaks) findings.push({ quantity, leak });
    for (const i of report.inconsistencies) inconsistencies.push(`${quantity}: ${i.description}`);
  }
  return { findings, inconsistencies };
}
