import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ALL,
  BURNOUT_MEASURES,
  changeBeyondNoise,
  dedupeAndRankAlerts,
  measureIsReportable,
  ORG_KEY,
  participationFellBeyondNoise,
  summariseMeasure,
  TENURE_BANDS,
  type MeasureAggregate,
  type MeasureAggregateWithChange,
} from '@pulse/domain-pulse';
import { WORK_MODES } from '@pulse/shared';
import type { Actor } from '../../platform/auth/actor';
import type {
  ActionPlanModel,
  PulseAlertModel,
  PulseGroupFiguresModel,
  PulseHeatmapModel,
  PulseMeasureFigureModel,
  PulseResultsModel,
  PulseResultsTeamModel,
  PulseTrendModel,
} from './models/pulse-results.model';

/** Charts never carry more points than this per series (SPEC: series capped server-side). */
export const MAX_POINTS = 500;
/** Unacknowledged alerts read (newest first) before merging repeats and ranking by severity. */
const ALERTS_CONSIDERED = 500;

type CellRow = {
  wave_id: string;
  period_start: string;
  team_key: string;
  work_mode: string;
  tenure_band: string;
  invited: number;
  respondents: number;
  /** Each with its paired change against the earlier cycles (ADR 0011). */
  measures: Record<string, MeasureAggregateWithChange>;
  shown: boolean;
  hidden_reason: string | null;
};

type Scope = { all: boolean; teams: Map<string, PulseResultsTeamModel & { parentId: string | null }> };

/**
 * Everything managers and HR read about pulses: only ever from pulse_rollup, whose cells carry the
 * suppression decision made over the whole organisation's wave, so no combination of these
 * answers can be subtracted down to a small group. Results of a wave are shown once it has closed
 * (while it is open only participation is), so watching a number move while people answer cannot
 * single anyone out either.
 */
@Injectable()
export class PulseAnalyticsService {
  private readonly scopes = new WeakMap<Actor, Promise<Scope>>();

  constructor(private readonly db: DataSource) {}

  /**
   * The team's name when the caller may see its results, else null (unknown, foreign and
   * out-of-scope teams alike): HR sees every team; a manager a team that they, or anyone below them,
   * lead, or any team under it. Walks up from the team, never loads the whole scope.
   */
  private async visibleTeamName(actor: Actor, teamId: string): Promise<string | null> {
    const [t]: Array<{ name: string; allowed: boolean }> = await this.db.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, lead_id FROM team WHERE id = $1 AND organisation_id = $2
         UNION ALL SELECT p.id, p.parent_id, p.lead_id FROM team p JOIN up ON p.id = up.parent_id
       ), chain AS (
         -- A team is in a manager's scope when it or an ancestor is led by them or by anyone below them.
         SELECT lead_id AS person_id, 0 AS depth FROM up WHERE lead_id IS NOT NULL
         UNION ALL SELECT pe.manager_id, c.depth + 1 FROM person pe JOIN chain c ON pe.id = c.person_id WHERE pe.manager_id IS NOT NULL AND c.depth < 64
       )
       SELECT t.name, $3::boolean OR EXISTS (SELECT 1 FROM chain WHERE person_id = $4) AS allowed FROM team t WHERE t.id = $1 AND t.organisation_id = $2`,
      [teamId, actor.organisationId, actor.permissions.has('pulse:results:all'), actor.personId],
    );
    return t?.allowed ? t.name : null;
  }

  /**
   * The group a results request is about, checked against the caller's scope with targeted
   * queries (not the whole scope: an organisation has thousands of teams), and its direct sub-teams.
   * Null when a manager leads no team. Unknown, foreign and out-of-scope teams read alike.
   */
  private async group(actor: Actor, teamId: string | null | undefined): Promise<{ key: string; label: string; children: Array<{ id: string; name: string }> } | null> {
    const org = actor.organisationId;
    const all = actor.permissions.has('pulse:results:all');
    let key: string;
    let label = 'Organisation';
    if (teamId) {
      const name = await this.visibleTeamName(actor, teamId);
      if (name === null) throw new NotFoundException('No team with that id.');
      key = teamId;
      label = name;
    } else if (all) {
      key = ORG_KEY;
    } else {
      // A manager's default: the top-most team they may see.
      const scope = await this.scope(actor);
      const top = [...scope.teams.values()].find((t) => !t.parentId || !scope.teams.has(t.parentId));
      if (!top) return null;
      key = top.id;
      label = top.name;
    }
    // Two statements so both use the (organisation, parent) index: IS NOT DISTINCT FROM cannot.
    const children: Array<{ id: string; name: string }> =
      key === ORG_KEY
        ? await this.db.query(`SELECT id, name FROM team WHERE organisation_id = $1 AND parent_id IS NULL ORDER BY path`, [org])
        : await this.db.query(`SELECT id, name FROM team WHERE organisation_id = $1 AND parent_id = $2 ORDER BY path`, [org, key]);
    return { key, label, children };
  }

  /**
   * The organisation's current k (SPEC §4.3): only the label of a results page with no wave yet (the
   * k its first wave will get). Figures always use the k each wave recorded when it opened.
   */
  private async confidentialityK(org: string): Promise<number> {
    const [{ confidentiality_k: k }]: Array<{ confidentiality_k: number }> = await this.db.query(`SELECT confidentiality_k FROM organisation WHERE id = $1`, [org]);
    return k;
  }

  /**
   * Teams the caller may look at: all (HR) or those led by them or anyone in their reporting line,
   * with sub-teams. Read once per request (an actor lives for one request): the default group and
   * the team picker of the same results query share it.
   */
  scope(actor: Actor): Promise<Scope> {
    let scope = this.scopes.get(actor);
    if (!scope) this.scopes.set(actor, (scope = this.loadScope(actor)));
    return scope;
  }

  private async loadScope(actor: Actor): Promise<Scope> {
    const all = actor.permissions.has('pulse:results:all');
    const rows: Array<{ id: string; name: string; path: string; parent_id: string | null }> = all
      ? await this.db.query(`SELECT id, name, path, parent_id FROM team WHERE organisation_id = $1 ORDER BY path`, [actor.organisationId])
      : await this.db.query(
          `WITH RECURSIVE line AS (
             SELECT id FROM person WHERE organisation_id = $1 AND id = $2
             UNION SELECT p.id FROM person p JOIN line l ON p.manager_id = l.id WHERE p.organisation_id = $1
           ), sub AS (
             SELECT t.id FROM team t WHERE t.organisation_id = $1 AND t.lead_id IN (SELECT id FROM line)
             UNION SELECT t.id FROM team t JOIN sub s ON t.parent_id = s.id WHERE t.organisation_id = $1
           )
           SELECT t.id, t.name, t.path, t.parent_id FROM team t WHERE t.id IN (SELECT id FROM sub) ORDER BY t.path`,
          [actor.organisationId, actor.personId],
        );
    return { all, teams: new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, path: r.path, parentId: r.parent_id }])) };
  }

  async results(actor: Actor, args: { programId?: string | null; teamId?: string | null; measure?: string | null; periods: number }): Promise<PulseResultsModel> {
    const org = actor.organisationId;
    // Independent reads in parallel: the dashboard's latency is mostly round trips.
    const [group, programs, currentK] = await Promise.all([
      this.group(actor, args.teamId),
      this.db.query(`SELECT id, name, cadence FROM pulse_program WHERE organisation_id = $1 AND status <> 'DRAFT' ORDER BY name DESC`, [org]) as Promise<
        Array<{ id: string; name: string; cadence: string }>
      >,
      this.confidentialityK(org),
    ]);
    const program = args.programId ? programs.find((p) => p.id === args.programId) : programs[0];
    if (args.programId && !program) throw new NotFoundException('No pulse program with that id.');
    const teamKey = group?.key ?? null;
    const all = actor.permissions.has('pulse:results:all');
    // `teams` (the picker) is resolved only when asked for: PulseResultsFieldsResolver.
    const empty: PulseResultsModel = {
      programs, program: program ?? null, teams: [], canSeeOrganisation: all, teamId: teamKey === ORG_KEY ? null : teamKey, k: currentK, measures: [], periodStart: null,
      overall: null, byWorkMode: [], byTenure: [], byTeam: [], trend: { measure: args.measure ?? '', periods: [], series: [] },
      participation: { measure: 'participation', periods: [], series: [] }, openWave: null,
    };
    if (!program || !group || !teamKey) return empty;

    // Round trips are most of the latency: the closed waves and the open one together, then the
    // latest cells and the trend together (the trend's measure guessed as the default, re-read
    // only when the group has no such measure).
    const [waves, open]: [Array<{ id: string; period_start: string; confidentiality_k: number }>, Array<{ period_start: string; closes_at: Date; id: string; confidentiality_k: number }>] = await Promise.all([
      this.db.query(
        `SELECT id, to_char(period_start, 'YYYY-MM-DD') AS period_start, confidentiality_k FROM pulse_wave
          WHERE organisation_id = $1 AND program_id = $2 AND status = 'CLOSED' ORDER BY period_start DESC LIMIT $3`,
        [org, program.id, Math.min(Math.max(args.periods, 2), MAX_POINTS)],
      ),
      this.db.query(
        `SELECT id, to_char(period_start, 'YYYY-MM-DD') AS period_start, closes_at, confidentiality_k FROM pulse_wave
          WHERE organisation_id = $1 AND program_id = $2 AND status = 'OPEN' ORDER BY period_start DESC LIMIT 1`,
        [org, program.id],
      ),
    ]);
    waves.reverse();
    // Each wave's figures use the k it opened with; the page's k is the latest wave's.
    const kOfWave = new Map(waves.map((w) => [w.id, w.confidentiality_k]));
    const waveK = (waveId: string | undefined) => kOfWave.get(waveId ?? '') ?? currentK;
    const k = waves.at(-1)?.confidentiality_k ?? open[0]?.confidentiality_k ?? currentK;
    const names = new Map<string, string>([[teamKey, group.label], ...group.children.map((c): [string, string] => [c.id, c.name])]);
    const label = (key: string) => (key === ORG_KEY ? 'Organisation' : (names.get(key) ?? key));
    const childKeys = group.children.map((c) => c.id);

    // The latest two closed waves, every cell of this group and its direct sub-teams.
    const latest = waves.slice(-2).map((w) => w.id);
    const seriesOf = (m: string): Promise<CellRow[]> =>
      waves.length
        ? this.db.query(
            `SELECT wave_id, to_char(period_start, 'YYYY-MM-DD') AS period_start, team_key, work_mode, tenure_band, invited, respondents,
                    -- A wave that did not ask the measure has no entry (not a null one: readers expect an aggregate or none).
                    CASE WHEN measures ? $4::text THEN jsonb_build_object($4::text, measures -> $4::text) ELSE '{}'::jsonb END AS measures, shown, hidden_reason
               FROM pulse_rollup WHERE organisation_id = $1 AND team_key = $2 AND tenure_band = 'ALL' AND wave_id = ANY($3)`,
            [org, teamKey, waves.map((w) => w.id), m],
          )
        : Promise.resolve([]);
    const requested = args.measure && /^[\w.:-]{1,80}$/.test(args.measure) ? args.measure : null;
    const guess = requested ?? 'cbi.work';
    const openCell: Promise<CellRow[]> = open[0]
      ? this.db.query(
          `SELECT wave_id, team_key, work_mode, tenure_band, invited, respondents, '{}'::jsonb AS measures, shown, hidden_reason
             FROM pulse_rollup WHERE wave_id = $1 AND team_key = $2 AND work_mode = 'ALL' AND tenure_band = 'ALL'`,
          [open[0].id, teamKey],
        )
      : Promise.resolve([]);
    const [cells, guessedSeries, [openRow]] = await Promise.all([
      latest.length
        ? (this.db.query(
            `SELECT wave_id, to_char(period_start, 'YYYY-MM-DD') AS period_start, team_key, work_mode, tenure_band, invited, respondents, measures, shown, hidden_reason
               FROM pulse_rollup WHERE organisation_id = $1 AND wave_id = ANY($2) AND (team_key = $3 OR (team_key = ANY($4) AND work_mode = 'ALL' AND tenure_band = 'ALL'))`,
            [org, latest, teamKey, childKeys],
          ) as Promise<CellRow[]>)
        : Promise.resolve([] as CellRow[]),
      seriesOf(guess),
      openCell,
    ]);
    const cur = latest.at(-1);
    const prev = latest.length === 2 ? latest[0] : undefined;
    // Indexed once: a group can have hundreds of sub-teams, each looked up for two waves.
    const cellKey = (wave: string | undefined, t: string, m: string, b: string) => `${wave}|${t}|${m}|${b}`;
    const byKey = new Map(cells.map((c) => [cellKey(c.wave_id, c.team_key, c.work_mode, c.tenure_band), c]));
    const find = (wave: string | undefined, t: string, m: string, b: string) => byKey.get(cellKey(wave, t, m, b));
    const figures = (t: string, m: string, b: string): PulseGroupFiguresModel | null => {
      const c = find(cur, t, m, b);
      return c ? groupFigures(c, find(prev, t, m, b), waveK(cur), waveK(prev), t === ORG_KEY ? null : t, label(t)) : null;
    };
    const overall = cur ? figures(teamKey, ALL, ALL) : null;
    const measures = overall ? Object.keys(find(cur, teamKey, ALL, ALL)?.measures ?? {}).sort() : [];
    const measure = requested ?? (measures.find((m) => m === 'cbi.work') ?? measures[0] ?? 'cbi.work');
    const series = measure === guess ? guessedSeries : await seriesOf(measure);
    let openWave: PulseResultsModel['openWave'] = null;
    if (open[0] && openRow) {
      const openK = open[0].confidentiality_k;
      openWave = { periodStart: open[0].period_start, closesAt: open[0].closes_at, group: { ...groupFigures(openRow, undefined, openK, openK, teamKey === ORG_KEY ? null : teamKey, label(teamKey)), measures: [] } };
    }
    return {
      ...empty,
      k,
      measures,
      periodStart: waves.at(-1)?.period_start ?? null,
      overall,
      byWorkMode: WORK_MODES.map((m) => figures(teamKey, m, ALL)).filter((x): x is PulseGroupFiguresModel => x !== null),
      byTenure: TENURE_BANDS.map((b) => figures(teamKey, ALL, b)).filter((x): x is PulseGroupFiguresModel => x !== null),
      byTeam: childKeys.map((t) => figures(t, ALL, ALL)).filter((x): x is PulseGroupFiguresModel => x !== null),
      trend: trendOf(measure, waves, series, waveK, (c) => {
        const agg = c.measures[measure];
        return measureIsReportable(agg, waveK(c.wave_id)) ? (summariseMeasure(measure, agg)?.value ?? null) : null;
      }, measure),
      participation: trendOf('participation', waves, series, waveK, (c) => (c.invited ? Math.round((c.respondents / c.invited) * 1000) / 1000 : null), null),
      openWave,
    };
  }

  async heatmap(actor: Actor, programId: string | null | undefined): Promise<PulseHeatmapModel> {
    const org = actor.organisationId;
    const scope = await this.scope(actor);
    const [wave]: Array<{ id: string; period_start: string; confidentiality_k: number }> = await this.db.query(
      `SELECT w.id, to_char(w.period_start, 'YYYY-MM-DD') AS period_start, w.confidentiality_k FROM pulse_wave w JOIN pulse_program p ON p.id = w.program_id
        WHERE w.organisation_id = $1 AND w.status = 'CLOSED' AND ($2::uuid IS NULL OR w.program_id = $2) ORDER BY w.period_start DESC, p.name DESC LIMIT 1`,
      [org, programId ?? null],
    );
    if (!wave) return { periodStart: null, measures: [], rows: [] };
    const k = wave.confidentiality_k;
    const rows: CellRow[] = await this.db.query(
      `SELECT team_key, respondents, invited, measures, shown, hidden_reason FROM pulse_rollup
        WHERE organisation_id = $1 AND wave_id = $2 AND work_mode = 'ALL' AND tenure_band = 'ALL' AND team_key <> 'ORG'`,
      [org, wave.id],
    );
    const measures = [...new Set(rows.flatMap((r) => Object.keys(r.measures)))].sort();
    return {
      periodStart: wave.period_start,
      measures,
      rows: rows
        .filter((r) => scope.teams.has(r.team_key))
        .map((r) => {
          const t = scope.teams.get(r.team_key)!;
          return {
            teamId: t.id,
            name: t.name,
            path: t.path,
            respondents: r.shown ? r.respondents : null,
            values: measures.map((m) => (r.shown && measureIsReportable(r.measures[m], k) ? (summariseMeasure(m, r.measures[m])?.value ?? null) : null)),
            hiddenReasons: measures.map((m) => (!r.shown ? r.hidden_reason : measureIsReportable(r.measures[m], k) ? null : r.measures[m] ? hiddenReasonOf(r.measures[m]) : 'NOT_ASKED')),
          };
        })
        .sort((a, b) => a.path.localeCompare(b.path)),
    };
  }

  /**
   * Early warnings for a closed wave (SPEC §4.4): for every shown group (team or organisation,
   * overall and per work mode) also shown in the previous closed wave, burnout rising or
   * participation falling beyond the noise of its size. Idempotent per wave, group and kind.
   */
  async evaluateAlerts(tx: EntityManager, waveId: string, organisationId: string): Promise<number> {
    const [w]: Array<{ program_id: string; period_start: string; status: string; confidentiality_k: number }> = await tx.query(
      `SELECT program_id, period_start, status, confidentiality_k FROM pulse_wave WHERE id = $1 AND organisation_id = $2`,
      [waveId, organisationId],
    );
    if (!w || w.status !== 'CLOSED') return 0;
    const [prevWave]: Array<{ id: string; confidentiality_k: number }> = await tx.query(
      `SELECT id, confidentiality_k FROM pulse_wave WHERE program_id = $1 AND status = 'CLOSED' AND period_start < $2 ORDER BY period_start DESC LIMIT 1`,
      [w.program_id, w.period_start],
    );
    if (!prevWave) return 0;
    // Each wave's figures are judged with the k it opened with.
    const k = w.confidentiality_k;
    const prevK = prevWave.confidentiality_k;
    const rows: CellRow[] = await tx.query(
      `SELECT wave_id, team_key, work_mode, invited, respondents, measures, shown FROM pulse_rollup
        WHERE wave_id = ANY($1) AND tenure_band = 'ALL' AND shown`,
      [[waveId, prevWave.id]],
    );
    const before = new Map(rows.filter((r) => r.wave_id === prevWave.id).map((r) => [`${r.team_key}|${r.work_mode}`, r]));
    const alerts: Array<{ team_key: string; work_mode: string; kind: string; detail: Record<string, unknown> }> = [];
    for (const now of rows.filter((r) => r.wave_id === waveId)) {
      const then = before.get(`${now.team_key}|${now.work_mode}`);
      if (!then) continue;
      // Rising: the same people's answers to the same items rose against the earlier cycles (ADR 0011).
      const rising = BURNOUT_MEASURES.filter((m) => measureIsReportable(now.measures[m], k) && measureIsReportable(then.measures[m], prevK) && changeBeyondNoise(now.measures[m].change, k) === 'UP');
      if (rising.length) {
        const m = rising[0];
        alerts.push({ team_key: now.team_key, work_mode: now.work_mode, kind: 'BURNOUT_RISING', detail: { measure: m, previous: summariseMeasure(m, then.measures[m])?.value, current: summariseMeasure(m, now.measures[m])?.value } });
      }
      if (participationFellBeyondNoise(then, now)) {
        alerts.push({ team_key: now.team_key, work_mode: now.work_mode, kind: 'PARTICIPATION_FALLING', detail: { measure: 'participation', previous: round3(then.respondents / then.invited), current: round3(now.respondents / now.invited) } });
      }
    }
    if (alerts.length) {
      await tx.query(
        `INSERT INTO pulse_alert (organisation_id, wave_id, team_key, work_mode, kind, detail)
         SELECT $1, $2, a.team_key, a.work_mode, a.kind, a.detail FROM jsonb_to_recordset($3::jsonb) AS a(team_key text, work_mode text, kind text, detail jsonb)
         ON CONFLICT (organisation_id, wave_id, team_key, work_mode, kind) DO UPDATE SET detail = EXCLUDED.detail`,
        [organisationId, waveId, JSON.stringify(alerts)],
      );
    }
    return alerts.length;
  }

  async alerts(actor: Actor, first: number): Promise<PulseAlertModel[]> {
    const scope = await this.scope(actor);
    const keys = [...scope.teams.keys(), ...(scope.all ? [ORG_KEY] : [])];
    const rows: Array<{ id: string; kind: string; team_key: string; work_mode: string; period_start: string; detail: { measure?: string; previous?: number; current?: number }; created_at: Date }> =
      await this.db.query(
        `SELECT a.id, a.kind, a.team_key, a.work_mode, to_char(w.period_start, 'YYYY-MM-DD') AS period_start, a.detail, a.created_at
           FROM pulse_alert a JOIN pulse_wave w ON w.id = a.wave_id
          WHERE a.organisation_id = $1 AND a.team_key = ANY($2) AND a.acknowledged_at IS NULL
          ORDER BY w.period_start DESC, a.kind, a.team_key LIMIT $3`,
        [actor.organisationId, keys, ALERTS_CONSIDERED],
      );
    // Each change once (a parent repeating its one sub-team's alert is dropped), most severe first.
    const ancestorKeys = (key: string): string[] => {
      const up: string[] = [];
      for (let p = scope.teams.get(key)?.parentId; p && scope.teams.has(p) && up.length < 64; p = scope.teams.get(p)!.parentId) up.push(p);
      return key === ORG_KEY ? up : [...up, ORG_KEY];
    };
    const ranked = dedupeAndRankAlerts(
      rows.map((r) => ({ ...r, teamKey: r.team_key, ancestorKeys: ancestorKeys(r.team_key), workMode: r.work_mode, periodStart: r.period_start, measure: r.detail.measure ?? null, previous: r.detail.previous ?? null, current: r.detail.current ?? null })),
    ).slice(0, first);
    return ranked.map((r) => ({
      id: r.id,
      kind: r.kind,
      teamId: r.team_key === ORG_KEY ? null : r.team_key,
      label: r.team_key === ORG_KEY ? 'Organisation' : (scope.teams.get(r.team_key)?.name ?? ''),
      path: r.team_key === ORG_KEY ? null : (scope.teams.get(r.team_key)?.path ?? null),
      workMode: r.work_mode,
      periodStart: r.period_start,
      measure: r.detail.measure ?? null,
      previous: r.detail.previous ?? null,
      current: r.detail.current ?? null,
      createdAt: r.created_at,
    }));
  }

  async actionPlans(actor: Actor, teamId: string | null | undefined): Promise<ActionPlanModel[]> {
    const scope = await this.scope(actor);
    if (teamId && !scope.teams.has(teamId)) throw new NotFoundException('No team with that id.');
    const teams = teamId ? [teamId] : [...scope.teams.keys()];
    const rows: Array<{
      id: string; team_id: string; title: string; owner_person_id: string; owner_name: string; due_on: string; measure: string; status: string; created_at: Date;
      before: { period: string; agg: MeasureAggregate | null; shown: boolean; k: number } | null; after: { period: string; agg: MeasureAggregate | null; shown: boolean; k: number } | null;
    }> = await this.db.query(
      `SELECT a.id, a.team_id, a.title, a.owner_person_id, o.first_name || ' ' || o.last_name AS owner_name, to_char(a.due_on, 'YYYY-MM-DD') AS due_on,
              a.measure, a.status, a.created_at,
              (SELECT jsonb_build_object('period', to_char(r.period_start, 'YYYY-MM-DD'), 'agg', r.measures -> a.measure, 'shown', r.shown, 'k', w.confidentiality_k)
                 FROM pulse_rollup r JOIN pulse_wave w ON w.id = r.wave_id AND w.status = 'CLOSED'
                WHERE r.program_id = a.program_id AND r.team_key = a.team_id::text AND r.work_mode = 'ALL' AND r.tenure_band = 'ALL' AND r.period_start <= a.created_at::date
                ORDER BY r.period_start DESC LIMIT 1) AS before,
              (SELECT jsonb_build_object('period', to_char(r.period_start, 'YYYY-MM-DD'), 'agg', r.measures -> a.measure, 'shown', r.shown, 'k', w.confidentiality_k)
                 FROM pulse_rollup r JOIN pulse_wave w ON w.id = r.wave_id AND w.status = 'CLOSED'
                WHERE r.program_id = a.program_id AND r.team_key = a.team_id::text AND r.work_mode = 'ALL' AND r.tenure_band = 'ALL' AND r.period_start > a.created_at::date
                ORDER BY r.period_start DESC LIMIT 1) AS after
         FROM action_plan a JOIN person o ON o.id = a.owner_person_id
        WHERE a.organisation_id = $1 AND a.team_id = ANY($2)
        ORDER BY a.due_on DESC`,
      [actor.organisationId, teams],
    );
    const value = (m: string, x: { agg: MeasureAggregate | null; shown: boolean; k: number } | null) =>
      x?.shown && measureIsReportable(x.agg ?? undefined, x.k) ? (summariseMeasure(m, x.agg!)?.value ?? null) : null;
    return rows.map((r) => ({
      id: r.id,
      teamId: r.team_id,
      teamName: scope.teams.get(r.team_id)?.name ?? '',
      title: r.title,
      ownerPersonId: r.owner_person_id,
      ownerName: r.owner_name,
      dueOn: r.due_on,
      measure: r.measure,
      status: r.status,
      createdAt: r.created_at,
      before: value(r.measure, r.before),
      beforePeriod: r.before?.period ?? null,
      after: value(r.measure, r.after),
      afterPeriod: r.after?.period ?? null,
    }));
  }

  async createActionPlan(
    actor: Actor,
    input: { teamId: string; programId: string; title: string; ownerPersonId: string; dueOn: string; measure: string },
  ): Promise<ActionPlanModel> {
    if ((await this.visibleTeamName(actor, input.teamId)) === null) throw new NotFoundException('No team with that id.');
    const title = input.title.trim();
    if (!title) throw new BadRequestException('Give the action a title.');
    const [ok]: Array<{ program: boolean; owner: boolean }> = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM pulse_program WHERE id = $2 AND organisation_id = $1) AS program,
              EXISTS (SELECT 1 FROM person WHERE id = $3 AND organisation_id = $1 AND exit_date IS NULL) AS owner`,
      [actor.organisationId, input.programId, input.ownerPersonId],
    );
    if (!ok.program) throw new NotFoundException('No pulse program with that id.');
    if (!ok.owner) throw new NotFoundException('No current person with that id can own the action.');
    // Safe to retry: the same action for the same team, measure and due date is stored once.
    const [row]: Array<{ id: string }> = await this.db.query(
      `WITH found AS (
         SELECT id FROM action_plan WHERE organisation_id = $1 AND team_id = $2 AND lower(title) = lower($4) AND measure = $7 AND due_on = $6
       ), made AS (
         INSERT INTO action_plan (organisation_id, team_id, program_id, title, owner_person_id, due_on, measure, created_by_account_id)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8 WHERE NOT EXISTS (SELECT 1 FROM found) RETURNING id
       ) SELECT id FROM made UNION ALL SELECT id FROM found`,
      [actor.organisationId, input.teamId, input.programId, title, input.ownerPersonId, input.dueOn, input.measure, actor.accountId],
    );
    return (await this.actionPlans(actor, input.teamId)).find((p) => p.id === row.id)!;
  }

  async setActionPlanStatus(actor: Actor, id: string, status: 'OPEN' | 'DONE' | 'CANCELLED'): Promise<ActionPlanModel> {
    const [plan]: Array<{ team_id: string }> = await this.db.query(`SELECT team_id FROM action_plan WHERE id = $1 AND organisation_id = $2`, [id, actor.organisationId]);
    if (!plan || (await this.visibleTeamName(actor, plan.team_id)) === null) throw new NotFoundException('No action plan with that id.');
    await this.db.query(`UPDATE action_plan SET status = $3, updated_at = now() WHERE id = $1 AND organisation_id = $2`, [id, actor.organisationId, status]);
    return (await this.actionPlans(actor, plan.team_id)).find((p) => p.id === id)!;
  }
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Why a measure of a shown group is hidden: fewer than k answered it, or (COMPLEMENTARY) showing it
 * would let that measure's figures be combined down to a smaller group. Rollups from before
 * per-measure decisions carry no reason: those were hidden for size.
 */
const hiddenReasonOf = (agg: { hiddenReason?: string | null } | undefined): string => agg?.hiddenReason ?? 'FEWER_THAN_K';

function groupFigures(c: CellRow, prev: CellRow | undefined, k: number, prevK: number, teamId: string | null, label: string): PulseGroupFiguresModel {
  const base = { teamId, label, workMode: c.work_mode, tenureBand: c.tenure_band };
  if (!c.shown) return { ...base, shown: false, hiddenReason: c.hidden_reason, respondents: null, invited: null, participation: null, measures: [] };
  const measures: PulseMeasureFigureModel[] = Object.keys(c.measures)
    .sort()
    .map((m) => {
      const agg = c.measures[m];
      if (!measureIsReportable(agg, k)) return { measure: m, value: null, respondents: null, bandShares: [], bandSharesHidden: false, previous: null, change: null, hiddenReason: hiddenReasonOf(agg) };
      const s = summariseMeasure(m, agg)!;
      const before = prev?.shown && measureIsReportable(prev.measures[m], prevK) ? prev.measures[m] : undefined;
      const previous = before ? (summariseMeasure(m, before)?.value ?? null) : null;
      // Judged on the paired change against the earlier cycles, not on previous − value: consecutive rolling scores share answers (ADR 0011).
      const change = changeBeyondNoise(agg.change, k);
      // Band shares only where they single out no band of fewer than k people (bandSharesAreSafe).
      const bandsShown = agg.bandsShown !== false;
      const bandShares = bandsShown ? Object.entries(s.bandShares).map(([band, share]) => ({ band, share: round3(share) })) : [];
      return { measure: m, value: s.value, respondents: s.respondents, bandShares, bandSharesHidden: !bandsShown && agg.bands !== undefined, previous, change, hiddenReason: null };
    });
  return { ...base, shown: true, hiddenReason: null, respondents: c.respondents, invited: c.invited, participation: c.invited ? round3(c.respondents / c.invited) : null, measures };
}

function trendOf(
  measure: string,
  waves: ReadonlyArray<{ id: string; period_start: string }>,
  rows: readonly CellRow[],
  kOf: (waveId: string) => number,
  valueOf: (c: CellRow) => number | null,
  changeMeasure: string | null,
): PulseTrendModel {
  const byKey = new Map<string, CellRow>(rows.map((r) => [`${r.wave_id}|${r.work_mode}`, r]));
  const keys = [ALL, ...WORK_MODES].filter((m) => rows.some((r) => r.work_mode === m));
  return {
    measure,
    periods: waves.map((w) => w.period_start),
    series: keys.map((key) => {
      const cells = waves.map((w) => byKey.get(`${w.id}|${key}`));
      const values = cells.map((c) => (c?.shown ? valueOf(c) : null));
      return {
        key,
        values,
        respondents: cells.map((c) => (c?.shown ? c.respondents : null)),
        hiddenReasons: cells.map((c, i) =>
          !c ? 'NO_RESPONSES' : !c.shown ? c.hidden_reason : values[i] !== null ? null : changeMeasure && !c.measures[changeMeasure] ? 'NOT_ASKED' : changeMeasure ? hiddenReasonOf(c.measures[changeMeasure]) : 'FEWER_THAN_K',
        ),
        // The same people's answers to the same items against the earlier cycles (ADR 0011).
        changes: cells.map((c, i) => (changeMeasure && c?.shown && values[i] !== null ? changeBeyondNoise(c.measures[changeMeasure]?.change, kOf(c.wave_id)) : null)),
      };
    }),
  };
}
