import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  assessAttention,
  BURNOUT_MEASURES,
  measureIsReportable,
  ORG_KEY,
  rankAttention,
  RECENT_WAVES,
  summariseMeasure,
  type AttentionCandidate,
  type AttentionWave,
  type MeasureAggregate,
} from '@pulse/domain-pulse';
import type { Actor } from '../../platform/auth/actor';
import type { PulseAttentionModel } from './models/pulse-attention.model';
import { PulseAnalyticsService } from './pulse-analytics.service';

/**
 * Waves of the chosen measure a sparkline shows and the ranking compares (RECENT_WAVES of them
 * against the rest): about six months of weekly waves, so a rise that began a quarter ago still
 * has its "before" in view.
 */
export const ATTENTION_WAVES = 24;

type Cell = { wave_id: string; team_key: string; invited: number; respondents: number; agg: MeasureAggregate | null; shown: boolean };

/**
 * Teams needing attention: burnout rising or participation falling in the latest closed waves,
 * across every team the caller may see. Reads only pulse_rollup cells (suppressed over the whole
 * wave), never responses; a hidden cell or an unreportable measure is a gap, never estimated.
 */
@Injectable()
export class PulseAttentionService {
  constructor(
    private readonly db: DataSource,
    private readonly analytics: PulseAnalyticsService,
  ) {}

  async attention(actor: Actor, args: { programId?: string | null; measure?: string | null; first: number }): Promise<PulseAttentionModel> {
    const org = actor.organisationId;
    const [scope, programs] = await Promise.all([
      this.analytics.scope(actor),
      this.db.query(`SELECT id FROM pulse_program WHERE organisation_id = $1 AND status <> 'DRAFT' ORDER BY name DESC`, [org]) as Promise<Array<{ id: string }>>,
    ]);
    // The same default program as pulseResults, so the list and the page below it agree.
    const program = args.programId ? programs.find((p) => p.id === args.programId) : programs[0];
    if (args.programId && !program) throw new NotFoundException('No pulse program with that id.');
    const requested = args.measure && BURNOUT_MEASURES.includes(args.measure) ? args.measure : null;
    const empty = (measure: string): PulseAttentionModel => ({ programId: program?.id ?? null, measure, recentPeriods: RECENT_WAVES, periods: [], teams: [] });
    if (!program || scope.teams.size === 0) return empty(requested ?? 'cbi.work');

    // The organisation's cell of each wave tells which burnout measures the program asked.
    const asked: Array<{ m: string }> = await this.db.query(
      `SELECT DISTINCT jsonb_object_keys(measures) AS m FROM pulse_rollup
        WHERE organisation_id = $1 AND program_id = $2 AND team_key = $3 AND work_mode = 'ALL' AND tenure_band = 'ALL'`,
      [org, program.id, ORG_KEY],
    );
    const askedSet = new Set(asked.map((a) => a.m));
    const measure = requested ?? ['cbi.work', ...BURNOUT_MEASURES].find((m) => askedSet.has(m)) ?? null;
    if (!measure) return empty('cbi.work');

    // Each wave with the k it opened with (a measure's own decision is stored; k is its fallback).
    const waves: Array<{ wave_id: string; period_start: string; k: number }> = await this.db.query(
      `SELECT r.wave_id, to_char(r.period_start, 'YYYY-MM-DD') AS period_start, w.confidentiality_k AS k FROM pulse_rollup r JOIN pulse_wave w ON w.id = r.wave_id AND w.status = 'CLOSED'
        WHERE r.organisation_id = $1 AND r.program_id = $2 AND r.team_key = $3 AND r.work_mode = 'ALL' AND r.tenure_band = 'ALL' AND r.measures ? $4
        ORDER BY r.period_start DESC LIMIT $5`,
      [org, program.id, ORG_KEY, measure, ATTENTION_WAVES],
    );
    waves.reverse();
    if (waves.length === 0) return empty(measure);

    const teamIds = [...scope.teams.keys()];
    const cells: Cell[] = await this.db.query(
      `SELECT wave_id, team_key, invited, respondents, measures -> $3::text AS agg, shown FROM pulse_rollup
        WHERE organisation_id = $1 AND wave_id = ANY($2) AND work_mode = 'ALL' AND tenure_band = 'ALL' AND team_key = ANY($4)`,
      [org, waves.map((w) => w.wave_id), measure, teamIds],
    );
    const byKey = new Map(cells.map((c) => [`${c.wave_id}|${c.team_key}`, c]));

    const candidates = teamIds.map((teamId) => {
      const team = scope.teams.get(teamId)!;
      const points: AttentionWave[] = waves.map((w) => {
        const c = byKey.get(`${w.wave_id}|${teamId}`);
        return {
          burnout: c?.shown && c.agg && measureIsReportable(c.agg, w.k) ? c.agg : null,
          participation: c?.shown ? { invited: c.invited, respondents: c.respondents } : null,
        };
      });
      const ancestorIds: string[] = [];
      for (let p = team.parentId; p && scope.teams.has(p) && ancestorIds.length < 64; p = scope.teams.get(p)!.parentId) ancestorIds.push(p);
      const candidate: AttentionCandidate & { name: string; points: AttentionWave[] } = {
        teamId,
        path: team.path,
        name: team.name,
        ancestorIds,
        points,
        assessment: assessAttention(measure, points),
      };
      return candidate;
    });

    const ranked = rankAttention(measure, candidates).slice(0, Math.min(Math.max(args.first, 1), 50));
    return {
      programId: program.id,
      measure,
      recentPeriods: Math.min(RECENT_WAVES, waves.length),
      periods: waves.map((w) => w.period_start),
      teams: ranked.map((c) => ({
        teamId: c.teamId,
        name: c.name,
        path: c.path,
        reasons: [...c.assessment.reasons],
        burnoutEarlier: c.assessment.burnout?.earlier ?? null,
        burnoutRecent: c.assessment.burnout?.recent ?? null,
        burnoutBeyondNoise: c.assessment.burnout?.beyondNoise ?? false,
        participationEarlier: c.assessment.participation?.earlier ?? null,
        participationRecent: c.assessment.participation?.recent ?? null,
        values: c.points.map((p) => (p.burnout ? (summariseMeasure(measure, p.burnout)?.value ?? null) : null)),
      })),
    };
  }
}
