import { ALL, auditPublication, cellLabel, ORG, type AuditReport, type CellKey, type Leak, type PublishedCell } from './auditor';

/**
 * The attacker's collection step: signs in like a user, requests every pulse view the role can reach
 * (results of every program × every team in the picker and the organisation × every measure, with
 * the trend over all closed waves; the heatmap; alerts; action plans) and turns the answers into
 * published cells per wave and quantity. The quantity 'respondents' is the wave's respondent count;
 * each measure is its own quantity (a respondent who skipped it is not in its count).
 */

export const WORK_MODES = ['REMOTE', 'HYBRID', 'OFFICE'] as const;
export const TENURE_BANDS = ['MONTHS_0_6', 'MONTHS_6_12', 'YEARS_1_2', 'YEARS_2_PLUS'] as const;
const RESPONDENTS = 'respondents';

type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** Signs in with e-mail and password and returns a GraphQL client carrying the session cookie. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<Gql> {
  let cookie = '';
  const gql: Gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const res = await fetch(`${baseUrl.replace(/\/$/, '')}/graphql`, {
      method: 'POST',
      // JSON bodies pass Apollo's CSRF prevention; the session is the httpOnly cookie.
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0];
    const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${body.errors?.map((e) => e.message).join('; ') ?? res.status}`);
    return body.data;
  };
  await gql(`mutation($i: SignInInput!) { signIn(input: $i) { accountId } }`, { i: { email, password } });
  if (!cookie) throw new Error('sign-in set no session cookie');
  return gql;
}

type MeasureFigure = { measure: string; value: number | null; respondents: number | null; previous: number | null; hiddenReason: string | null };
type GroupFigures = { teamId: string | null; workMode: string; tenureBand: string; shown: boolean; respondents: number | null; measures: MeasureFigure[] };
type Series = { key: string; values: Array<number | null>; respondents: Array<number | null>; hiddenReasons: Array<string | null> };
type Results = {
  k: number;
  canSeeOrganisation: boolean;
  teamId: string | null;
  measures: string[];
  periodStart: string | null;
  programs: Array<{ id: string; name: string }>;
  teams: Array<{ id: string; name: string; path: string }>;
  overall: GroupFigures | null;
  byWorkMode: GroupFigures[];
  byTenure: GroupFigures[];
  byTeam: GroupFigures[];
  trend: { measure: string; periods: string[]; series: Series[] };
};

const FIGURES = `teamId workMode tenureBand shown respondents measures { measure value respondents previous hiddenReason }`;
const RESULTS = `query($p: ID, $t: ID, $m: String) {
  pulseResults(programId: $p, teamId: $t, measure: $m, periods: 500) {
    k canSeeOrganisation teamId measures periodStart programs { id name } teams { id name path }
    overall { ${FIGURES} } byWorkMode { ${FIGURES} } byTenure { ${FIGURES} } byTeam { ${FIGURES} }
    trend { measure periods series { key values respondents hiddenReasons } }
  } }`;

/** One figure as seen through one view. */
type Observation = { n?: number; mean?: number; hidden?: boolean; view: string };

export type Finding = { readonly kind: 'disagreement'; readonly wave: string; readonly quantity: string; readonly cell: string; readonly detail: string };

export type WaveQuantity = {
  readonly program: string;
  readonly period: string;
  readonly quantity: string;
  readonly cells: PublishedCell[];
  /** Cells a view showed as hidden (or a measure hidden inside a shown cell). */
  readonly hidden: string[];
  /** Means published without the measure's count (trend points, heatmap, alerts, action plans). */
  readonly meanOnly: number;
};

export type Collection = {
  readonly k: number;
  readonly teams: ReadonlyArray<{ key: string; parent: string | null; name: string }>;
  readonly waves: WaveQuantity[];
  readonly findings: Finding[];
  readonly requests: number;
  /** Views the API failed to answer (the attacker then knows less; the audit says so). */
  readonly failures: string[];
};

/** Everything the signed-in role can request about closed waves, as published cells per wave and quantity. */
export type CollectOptions = {
  /**
   * Trend points, the heatmap, alerts and action plans give a measure's mean but not how many
   * answered it. An attacker assumes everyone counted in the cell did (true unless items were
   * skipped); a wrong guess shows up as an inconsistency in the audit, not as a silent leak.
   */
  readonly assumeMeasureCountFromRespondents?: boolean;
  /** Measures to ask every program for besides those discovered (a role that cannot read the programs' items). */
  readonly measures?: readonly string[];
  readonly log?: (line: string) => void;
};

export async function collect(gql: Gql, options: CollectOptions = {}): Promise<Collection> {
  const log = options.log ?? (() => undefined);
  const assume = options.assumeMeasureCountFromRespondents ?? true;
  let requests = 0;
  const failures: string[] = [];
  const ask = async <T>(q: string, v?: Record<string, unknown>): Promise<T> => {
    requests++;
    return gql<T>(q, v);
  };
  const { teams: allTeams } = await ask<{ teams: Array<{ id: string; parentId: string | null; name: string }> }>(`{ teams { id parentId name } }`);
  const first = (await ask<{ pulseResults: Results }>(RESULTS, {})).pulseResults;
  const k = first.k;
  // A program's results list only the measures of its latest wave, but items rotate: a measure
  // asked every other wave is readable in every other wave. Its items tell which measures it has,
  // when the role may read them (a refusal is no failure of the views audited).
  const scalesOfProgram = new Map<string, Set<string>>();
  const library = await ask<{ pulseItemLibrary: Array<{ items: Array<{ id: string; scale: string }> }> }>(`{ pulseItemLibrary { items { id scale } } }`).catch(() => null);
  const programItems = await ask<{ pulsePrograms: Array<{ id: string; itemIds: string[] }> }>(`{ pulsePrograms { id itemIds } }`).catch(() => null);
  if (library && programItems) {
    const scaleOf = new Map(library.pulseItemLibrary.flatMap((i) => i.items.map((it): [string, string] => [it.id, it.scale])));
    for (const p of programItems.pulsePrograms) scalesOfProgram.set(p.id, new Set(p.itemIds.flatMap((id) => (scaleOf.has(id) ? [scaleOf.get(id)!] : []))));
  }

  // wave key -> quantity -> cell label -> observations
  const seen = new Map<string, Map<string, Map<string, Observation[]>>>();
  const periodsOf = new Map<string, Set<string>>();
  const programName = new Map(first.programs.map((p) => [p.id, p.name]));
  const waveKey = (program: string, period: string) => `${program}@${period}`;
  const observe = (program: string, period: string, quantity: string, cell: CellKey, o: Observation) => {
    const w = waveKey(program, period);
    let byQ = seen.get(w);
    if (!byQ) seen.set(w, (byQ = new Map()));
    let byCell = byQ.get(quantity);
    if (!byCell) byQ.set(quantity, (byCell = new Map()));
    const key = cellLabel(cell);
    (byCell.get(key) ?? byCell.set(key, []).get(key)!).push(o);
  };
  const teamOf = (id: string | null) => id ?? ORG;

  const figures = (program: string, period: string, g: GroupFigures, view: string, previousPeriod: string | undefined) => {
    const cell = { team: teamOf(g.teamId), workMode: g.workMode, tenureBand: g.tenureBand };
    if (!g.shown) {
      observe(program, period, RESPONDENTS, cell, { hidden: true, view });
      return;
    }
    observe(program, period, RESPONDENTS, cell, { n: g.respondents ?? undefined, view });
    for (const m of g.measures) {
      if (m.value === null || m.respondents === null) observe(program, period, m.measure, cell, { hidden: true, view });
      else observe(program, period, m.measure, cell, { n: m.respondents, mean: m.value, view });
      if (m.previous !== null && previousPeriod) observe(program, previousPeriod, m.measure, cell, { mean: m.previous, view: `${view} (previous)` });
    }
  };

  const programs = first.programs;
  for (const program of programs) {
    const base = (await ask<{ pulseResults: Results }>(RESULTS, { p: program.id })).pulseResults;
    const groups: Array<string | null> = [...(base.canSeeOrganisation ? [null] : []), ...base.teams.map((t) => t.id)];
    const measures = new Set<string>();
    // Measures differ by wave (items rotate): ask for every measure any group reports.
    const byGroup = new Map<string | null, Results>();
    for (const t of groups) {
      const r = (await ask<{ pulseResults: Results }>(RESULTS, { p: program.id, t })).pulseResults;
      byGroup.set(t, r);
      for (const m of r.measures) measures.add(m);
    }
    const heat = await ask<{ pulseHeatmap: { periodStart: string | null; measures: string[]; rows: Array<{ teamId: string; respondents: number | null; values: Array<number | null>; hiddenReasons: Array<string | null> }> } }>(
      `query($p: ID) { pulseHeatmap(programId: $p) { periodStart measures rows { teamId respondents values hiddenReasons } } }`,
      { p: program.id },
    ).catch(() => null);
    for (const m of heat?.pulseHeatmap.measures ?? []) measures.add(m);
    for (const m of [...(scalesOfProgram.get(program.id) ?? []), ...(options.measures ?? [])]) measures.add(m);
    log(JSON.stringify({ collecting: program.name, groups: groups.length, measures: [...measures].sort() }));

    for (const t of groups) {
      for (const m of measures) {
        let r: Results;
        try {
          r = (await ask<{ pulseResults: Results }>(RESULTS, { p: program.id, t, m })).pulseResults;
        } catch (e) {
          failures.push(`pulseResults(program ${program.name}, team ${t ?? 'org'}, measure ${m}): ${e instanceof Error ? e.message : String(e)}`);
          continue;
        }
        const periods = r.trend.periods;
        for (const p of periods) (periodsOf.get(program.id) ?? periodsOf.set(program.id, new Set()).get(program.id)!).add(p);
        const latest = r.periodStart;
        const previous = latest ? periods[periods.indexOf(latest) - 1] : undefined;
        if (latest) {
          const view = `pulseResults(${t ?? 'org'}, ${m})`;
          for (const g of [r.overall, ...r.byWorkMode, ...r.byTenure, ...r.byTeam]) if (g) figures(program.id, latest, g, view, previous);
        }
        for (const s of r.trend.series) {
          const cell = { team: teamOf(r.teamId), workMode: s.key, tenureBand: ALL };
          periods.forEach((period, i) => {
            const view = `trend(${t ?? 'org'}, ${m}, ${s.key})`;
            if (s.hiddenReasons[i] === 'NOT_ASKED') {
              // Shown cell, nobody in it scored the measure (the wave did not ask it): a zero, not a hidden figure.
              observe(program.id, period, RESPONDENTS, cell, s.respondents[i] === null ? { hidden: true, view } : { n: s.respondents[i]!, view });
              observe(program.id, period, m, cell, { n: 0, view });
              return;
            }
            if (s.hiddenReasons[i] === 'NO_RESPONSES') {
              // No cell at all: nobody answered, so every quantity is zero there.
              observe(program.id, period, RESPONDENTS, cell, { n: 0, view });
              observe(program.id, period, m, cell, { n: 0, view });
              return;
            }
            if (s.respondents[i] === null) observe(program.id, period, RESPONDENTS, cell, { hidden: true, view });
            else observe(program.id, period, RESPONDENTS, cell, { n: s.respondents[i]!, view });
            if (s.values[i] !== null) observe(program.id, period, m, cell, { mean: s.values[i]!, view });
            else if (s.respondents[i] !== null) observe(program.id, period, m, cell, { hidden: true, view });
          });
        }
      }
    }
    if (heat?.pulseHeatmap.periodStart) {
      const period = heat.pulseHeatmap.periodStart;
      for (const row of heat.pulseHeatmap.rows) {
        const cell = { team: row.teamId, workMode: ALL, tenureBand: ALL };
        if (row.respondents === null) {
          observe(program.id, period, RESPONDENTS, cell, { hidden: true, view: 'heatmap' });
          continue;
        }
        observe(program.id, period, RESPONDENTS, cell, { n: row.respondents, view: 'heatmap' });
        heat.pulseHeatmap.measures.forEach((m, i) => {
          if (row.values[i] !== null) observe(program.id, period, m, cell, { mean: row.values[i]!, view: 'heatmap' });
          else if (row.hiddenReasons[i] === 'NOT_ASKED') observe(program.id, period, m, cell, { n: 0, view: 'heatmap' });
          else observe(program.id, period, m, cell, { hidden: true, view: 'heatmap' });
        });
      }
    }
  }

  // Alerts and action plans name a period but no program: used where the period is one program's only.
  const programOfPeriod = (period: string): string | null => {
    const owners = [...periodsOf].filter(([, ps]) => ps.has(period)).map(([p]) => p);
    return owners.length === 1 ? owners[0] : null;
  };
  const alerts = await ask<{ pulseAlerts: Array<{ teamId: string | null; workMode: string; periodStart: string; measure: string | null; previous: number | null; current: number | null }> }>(
    `{ pulseAlerts(first: 1000) { teamId workMode periodStart measure previous current } }`,
  ).catch(() => ({ pulseAlerts: [] }));
  for (const a of alerts.pulseAlerts) {
    const program = programOfPeriod(a.periodStart);
    if (!program || !a.measure || a.measure === 'participation') continue;
    const cell = { team: teamOf(a.teamId), workMode: a.workMode, tenureBand: ALL };
    if (a.current !== null) observe(program, a.periodStart, a.measure, cell, { mean: a.current, view: 'alert (current)' });
    const periods = [...(periodsOf.get(program) ?? [])].sort();
    const prev = periods[periods.indexOf(a.periodStart) - 1];
    if (a.previous !== null && prev) observe(program, prev, a.measure, cell, { mean: a.previous, view: 'alert (previous)' });
  }
  const plans = await ask<{ actionPlans: Array<{ teamId: string; measure: string; before: number | null; beforePeriod: string | null; after: number | null; afterPeriod: string | null }> }>(
    `{ actionPlans { teamId measure before beforePeriod after afterPeriod } }`,
  ).catch(() => ({ actionPlans: [] }));
  for (const p of plans.actionPlans) {
    for (const [value, period, view] of [
      [p.before, p.beforePeriod, 'action plan (before)'],
      [p.after, p.afterPeriod, 'action plan (after)'],
    ] as const) {
      const program = period ? programOfPeriod(period) : null;
      if (value !== null && period && program) observe(program, period, p.measure, { team: p.teamId, workMode: ALL, tenureBand: ALL }, { mean: value, view });
    }
  }

  // Dedupe: one figure per cell; two views that disagree are a finding of their own.
  const findings: Finding[] = [];
  const waves: WaveQuantity[] = [];
  for (const [w, byQ] of seen) {
    const [program, period] = w.split('@');
    for (const [quantity, byCell] of byQ) {
      const cells: PublishedCell[] = [];
      const hidden: string[] = [];
      let meanOnly = 0;
      const respondents = byQ.get(RESPONDENTS);
      for (const [label, obs] of byCell) {
        const [team, workMode, tenureBand] = label.split('|');
        const ns = new Set(obs.flatMap((o) => (o.n === undefined ? [] : [o.n])));
        if (assume && quantity !== RESPONDENTS && ns.size === 0 && obs.some((o) => o.mean !== undefined)) {
          const counted = new Set((respondents?.get(label) ?? []).flatMap((o) => (o.n === undefined ? [] : [o.n])));
          if (counted.size === 1) ns.add([...counted][0]);
        }
        const means = new Set(obs.flatMap((o) => (o.mean === undefined ? [] : [o.mean])));
        const shownSomewhere = ns.size > 0 || means.size > 0;
        const hiddenSomewhere = obs.some((o) => o.hidden);
        const disagree = (detail: string) => findings.push({ kind: 'disagreement', wave: `${programName.get(program) ?? program} ${period}`, quantity, cell: label, detail });
        if (ns.size > 1) disagree(`counts ${[...ns].join(' vs ')} (${obs.map((o) => o.view).join(', ')})`);
        if (means.size > 1) disagree(`means ${[...means].join(' vs ')} (${obs.map((o) => `${o.view}: ${o.mean ?? o.n ?? 'hidden'}`).join(', ')})`);
        if (shownSomewhere && hiddenSomewhere && !(ns.size === 1 && ns.has(0)))
          disagree(`shown in ${obs.filter((o) => !o.hidden).map((o) => o.view).join(', ')} but hidden in ${obs.filter((o) => o.hidden).map((o) => o.view).join(', ')}`);
        if (hiddenSomewhere) hidden.push(label);
        if (ns.size === 0) {
          if (means.size) meanOnly++;
          continue;
        }
        const n = [...ns][0];
        const mean = [...means][0];
        cells.push({ team, workMode, tenureBand, n, ...(mean !== undefined && n > 0 ? { sum: { value: mean * n, tolerance: 0.005 * n } } : {}) });
      }
      const stillHidden = hidden.filter((h) => !cells.some((c) => cellLabel(c) === h));
      // A measure the wave did not ask (every cell a zero, nothing hidden) has nothing to audit.
      if (quantity !== RESPONDENTS && stillHidden.length === 0 && meanOnly === 0 && cells.every((c) => c.n === 0)) continue;
      waves.push({ program: programName.get(program) ?? program, period, quantity, cells, hidden: stillHidden, meanOnly });
    }
  }
  waves.sort((a, b) => a.program.localeCompare(b.program) || a.period.localeCompare(b.period) || a.quantity.localeCompare(b.quantity));
  return { k, teams: allTeams.map((t) => ({ key: t.id, parent: t.parentId, name: t.name })), waves, findings, requests, failures };
}

export type WaveAudit = {
  readonly program: string;
  readonly period: string;
  readonly quantity: string;
  readonly cells: number;
  readonly hidden: number;
  readonly hiddenRecomputed: ReadonlyArray<{ cell: string; count: number }>;
  readonly meanOnly: number;
  readonly leaks: readonly Leak[];
  readonly inconsistencies: AuditReport['inconsistencies'];
  readonly coverage: string;
};

/** Runs the auditor on every wave and quantity of a collection. */
export function auditCollection(c: Collection): WaveAudit[] {
  return c.waves.map((w) => {
    const report = auditPublication({ k: c.k, teams: c.teams, workModes: WORK_MODES, tenureBands: TENURE_BANDS, cells: w.cells });
    const hidden = new Set(w.hidden);
    return {
      program: w.program,
      period: w.period,
      quantity: w.quantity,
      cells: w.cells.length,
      hidden: w.hidden.length,
      hiddenRecomputed: report.derivableUnpublishedCells.filter((d) => hidden.has(d.cell)),
      meanOnly: w.meanOnly,
      leaks: report.leaks,
      inconsistencies: report.inconsistencies,
      coverage: report.search.coverage,
    };
  });
}

/** Cell and inner-cell labels with team names instead of ids, for people reading a report. */
export function cellNamer(teams: Collection['teams']): (label: string) => string {
  const names = new Map(teams.map((t) => [t.key, t.name]));
  return (label) => label.replace(/^[^|:]+/, (id) => names.get(id) ?? id);
}

/** One line per leak: the quantity, how many people, what they score, and the published cells that give them away. */
export function describeLeak(name: (label: string) => string, quantity: string, l: Leak): string {
  const mean = l.mean ? ` mean ${l.mean.value.toFixed(2)} ± ${l.mean.tolerance.toFixed(2)}` : '';
  return `${quantity}: ${l.count} respondent(s)${mean} = ${l.derivation.map((t) => `${t.coefficient} × [${name(t.cell)}]`).join(' ')}`;
}
