import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { withOrganisation } from '../../database/tenant-context';
import { DataSource } from 'typeorm';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { planRotation, rollingLookback, rollupRollingWave, type RespondentHistory, type RollupCell, type RollupInvitations, type WaveAnswers } from '@pulse/domain-pulse';
import { LoggerToken } from '../../platform/config.provider';
import { PulseAnalyticsService } from './pulse-analytics.service';
import { nextRollupAt } from './rollup-pacing';

/**
 * Keeps pulse_rollup fresh: after submissions (debounced per wave) and when a wave closes, the
 * wave's cells are recomputed from its responses and invitations, with one suppression decision
 * over all of them (@pulse/domain-pulse rollupWave). Replicas serialise on an advisory lock per
 * wave and each recomputation reads everything committed, so the last one to finish is complete.
 */
@Injectable()
export class PulseRollupService implements OnApplicationBootstrap, OnApplicationShutdown {
  private backfilling: Promise<void> | null = null;
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; organisationId: string; firstPendingAt: number; lastSubmissionAt: number }>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly dirty = new Map<string, { first: number; last: number }>();
  private readonly lastRun = new Map<string, { startedAt: number; durationMs: number | null }>();
  private worker: Worker | null = null;
  private workerCalls = new Map<number, { resolve: (cells: RollupCell[]) => void; reject: (e: Error) => void }>();
  private nextCall = 0;

  constructor(
    private readonly db: DataSource,
    private readonly analytics: PulseAnalyticsService,
    @Inject(LoggerToken) private readonly log: Logger,
  ) {}

  /** Asks for a recomputation of the wave soon; many calls in a burst cost one (paced by rollup-pacing.ts). */
  schedule(waveId: string, organisationId: string, at = Date.now(), lastAt = at): void {
    if (this.running.has(waveId)) {
      const dirty = this.dirty.get(waveId);
      this.dirty.set(waveId, { first: dirty?.first ?? at, last: Math.max(dirty?.last ?? lastAt, lastAt) });
      return;
    }
    const pending = this.pending.get(waveId);
    if (pending) {
      pending.lastSubmissionAt = Math.max(pending.lastSubmissionAt, lastAt);
      return;
    }
    const entry = { organisationId, firstPendingAt: at, lastSubmissionAt: lastAt, timer: null as unknown as NodeJS.Timeout };
    const due = () => {
      const last = this.lastRun.get(waveId);
      return nextRollupAt({ ...entry, lastStartedAt: last?.startedAt ?? null, lastDurationMs: last?.durationMs ?? null });
    };
    const arm = (): void => {
      entry.timer = setTimeout(() => {
        // Submissions since arming move the moment on (the pause came later than it looked).
        if (Date.now() < due()) return arm();
        this.pending.delete(waveId);
        void this.run(waveId, organisationId);
      }, Math.max(0, due() - Date.now()));
      entry.timer.unref();
    };
    this.pending.set(waveId, entry);
    arm();
  }

  /** Waits for every scheduled and running recomputation (tests, shutdown). */
  async settle(): Promise<void> {
    for (const [waveId, p] of [...this.pending]) {
      clearTimeout(p.timer);
      this.pending.delete(waveId);
      void this.run(waveId, p.organisationId);
    }
    while (this.running.size) await Promise.all([...this.running.values()]);
  }

  /** Waves without figures or with stale ones (see backfill) are recomputed in the background after start. */
  onApplicationBootstrap(): void {
    this.backfilling = this.backfillAll().catch((e: Error) => this.log.error({ err: { message: e.message } }, 'pulse rollup backfill failed'));
  }

  /** Resolves when the start-up recomputation has finished (tests, operators' scripts). */
  startupBackfill(): Promise<void> {
    return this.backfilling ?? Promise.resolve();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.backfilling;
    await this.settle();
    await this.worker?.terminate();
  }

  /**
   * rollupWave on a worker thread when the compiled worker is there (production, benchmarks), so a
   * large wave never blocks requests; in place otherwise (tests run the TypeScript sources).
   */
  private rollup(k: number, respondents: RespondentHistory[], invitations: RollupInvitations[], cycleLength: number): Promise<RollupCell[]> {
    const file = path.join(__dirname, 'rollup.worker.js');
    if (!this.worker && !fs.existsSync(file)) return Promise.resolve(rollupRollingWave(k, respondents, invitations, cycleLength));
    if (!this.worker) {
      this.worker = new Worker(file);
      this.worker.unref();
      this.worker.on('message', (m: { id: number; cells?: RollupCell[]; error?: string }) => {
        const call = this.workerCalls.get(m.id);
        this.workerCalls.delete(m.id);
        if (m.error !== undefined) call?.reject(new Error(m.error));
        else call?.resolve(m.cells!);
      });
      this.worker.on('error', (e) => {
        for (const call of this.workerCalls.values()) call.reject(e);
        this.workerCalls.clear();
        this.worker = null;
      });
    }
    const id = this.nextCall++;
    return new Promise((resolve, reject) => {
      this.workerCalls.set(id, { resolve, reject });
      this.worker!.postMessage({ id, k, respondents, invitations, cycleLength });
    });
  }

  private stopping = false;

  private async backfillAll(): Promise<void> {
    // Tenant tables show one organisation at a time (ADR 0013): each organisation is looked at in its own scope.
    const orgs: Array<{ id: string }> = await this.db.query(`SELECT id FROM organisation ORDER BY id`);
    for (const o of orgs) {
      if (this.stopping) break;
      const t = Date.now();
      const waves = await this.backfill(o.id);
      if (waves) this.log.info({ organisationId: o.id, waves, ms: Date.now() - t }, 'pulse rollups backfilled');
    }
  }

  private run(waveId: string, organisationId: string): Promise<void> {
    const startedAt = Date.now();
    this.lastRun.set(waveId, { startedAt, durationMs: this.lastRun.get(waveId)?.durationMs ?? null });
    const p = this.recomputeWave(waveId, organisationId)
      .then(() => undefined)
      .catch((e: Error) => this.log.error({ waveId, err: { message: e.message } }, 'pulse rollup failed'))
      .finally(() => {
        this.lastRun.set(waveId, { startedAt, durationMs: Date.now() - startedAt });
        this.running.delete(waveId);
        const dirty = this.dirty.get(waveId);
        if (dirty) {
          this.dirty.delete(waveId);
          this.schedule(waveId, organisationId, dirty.first, dirty.last);
        }
      });
    this.running.set(waveId, p);
    return p;
  }

  /** Recomputes every cell of one wave in one transaction. */
  async recomputeWave(waveId: string, organisationId: string): Promise<{ cells: number; ms: number }> {
    const started = Date.now();
    return withOrganisation(organisationId, () => this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7001))`, [waveId]);
      // The wave's own k, recorded when it opened: a later change of the setting never re-cuts it.
      const [wave]: Array<{ program_id: string; period_start: string; confidentiality_k: number | null; item_ids: string[]; items_per_pulse: number }> = await tx.query(
        `SELECT w.program_id, to_char(w.period_start, 'YYYY-MM-DD') AS period_start, w.confidentiality_k, p.item_ids, p.items_per_pulse
           FROM pulse_wave w JOIN pulse_program p ON p.id = w.program_id
          WHERE w.id = $1 AND w.organisation_id = $2`,
        [waveId, organisationId],
      );
      // A planned wave (no k yet) has no invitations or answers to roll up.
      if (!wave || wave.confidentiality_k === null) return { cells: 0, ms: Date.now() - started };
      // Scale scores roll over the rotation cycle (ADR 0011): the program's waves before this one
      // that rollingScaleScores reads, newest first (index + 1 waves ago).
      const cycleLength = Math.max(1, planRotation(wave.item_ids, wave.items_per_pulse).cycleLength);
      const earlier: Array<{ id: string }> = await tx.query(
        `SELECT id FROM pulse_wave WHERE program_id = $1 AND period_start < $2 ORDER BY period_start DESC LIMIT $3`,
        [wave.program_id, wave.period_start, rollingLookback(cycleLength)],
      );
      const wavesAgo = new Map(earlier.map((w, i) => [w.id, i + 1]));
      const invitations: Array<{ team_ids: string[]; work_mode: string; tenure_band: string; count: string }> = await tx.query(
        `SELECT team_ids, work_mode, tenure_band, count(*) AS count FROM pulse_invitation WHERE wave_id = $1 GROUP BY 1, 2, 3`,
        [waveId],
      );
      // Each respondent's own answers to those waves, in the same statement: one index probe per
      // respondent and earlier wave on (wave_id, person_id). Groups stay this wave's snapshot.
      const responses: Array<{ team_ids: string[]; work_mode: string; tenure_band: string; answers: Record<string, number>; earlier: Record<string, Record<string, number>> | null; has_comment: boolean }> =
        await tx.query(
          `SELECT r.team_ids, r.work_mode, r.tenure_band, r.answers, r.comment IS NOT NULL AS has_comment,
                  (SELECT jsonb_object_agg(e.wave_id, e.answers) FROM pulse_response e WHERE e.wave_id = ANY($2::uuid[]) AND e.person_id = r.person_id) AS earlier
             FROM pulse_response r WHERE r.wave_id = $1`,
          [waveId, earlier.map((w) => w.id)],
        );
      const cells = await this.rollup(
        wave.confidentiality_k,
        responses.map((r): RespondentHistory => {
          const history: WaveAnswers[] = [{ wavesAgo: 0, answers: r.answers }];
          for (const [id, answers] of Object.entries(r.earlier ?? {})) history.push({ wavesAgo: wavesAgo.get(id)!, answers });
          return { teamIds: r.team_ids, workMode: r.work_mode, tenureBand: r.tenure_band, hasComment: r.has_comment, history };
        }),
        invitations.map((i): RollupInvitations => ({ teamIds: i.team_ids, workMode: i.work_mode, tenureBand: i.tenure_band, count: Number(i.count) })),
        cycleLength,
      );
      await tx.query(`DELETE FROM pulse_rollup WHERE wave_id = $1`, [waveId]);
      if (cells.length) {
        await tx.query(
          `INSERT INTO pulse_rollup (wave_id, team_key, work_mode, tenure_band, organisation_id, program_id, period_start, invited, respondents, measures, comments, shown, hidden_reason)
           SELECT $1, c.team_key, c.work_mode, c.tenure_band, $2, $3, $4, c.invited, c.respondents, c.measures, c.comments, c.shown, c.hidden_reason
             FROM jsonb_to_recordset($5::jsonb) AS c(team_key text, work_mode text, tenure_band text, invited int, respondents int, measures jsonb, comments int, shown boolean, hidden_reason text)`,
          [
            waveId,
            organisationId,
            wave.program_id,
            wave.period_start,
            JSON.stringify(
              cells.map((c) => ({
                team_key: c.teamKey,
                work_mode: c.workMode,
                tenure_band: c.tenureBand,
                invited: c.invited,
                respondents: c.respondents,
                measures: c.measures,
                comments: c.comments,
                shown: c.shown,
                hidden_reason: c.hiddenReason,
              })),
            ),
          ],
        );
      }
      // A closed wave's early warnings are judged on its final numbers, in the same transaction.
      const alerts = await this.analytics.evaluateAlerts(tx, waveId, organisationId);
      const ms = Date.now() - started;
      // Counts only: cells carry aggregates, but nothing of them goes to the log.
      this.log.debug({ waveId, cells: cells.length, responses: responses.length, alerts, ms }, 'pulse rollup');
      return { cells: cells.length, ms };
    }));
  }

  /**
   * Recomputes every wave of an organisation whose figures are missing or stale: no rollup yet (the
   * demo seed, a restore), answers stored after the figures were computed (a crash or restart
   * before the paced recomputation ran), or figures written before each measure carried its own
   * disclosure decision (`shown`).
   */
  async backfill(organisationId: string): Promise<number> {
    return withOrganisation(organisationId, () => this.backfillScoped(organisationId));
  }

  private async backfillScoped(organisationId: string): Promise<number> {
    // computed_at is the recomputing transaction's start, before it reads any answer: an answer
    // stored later than that may be missing from the figures, one stored earlier is in them.
    const waves: Array<{ id: string }> = await this.db.query(
      `SELECT w.id FROM pulse_wave w
        WHERE w.organisation_id = $1 AND EXISTS (SELECT 1 FROM pulse_invitation i WHERE i.wave_id = w.id)
          AND (NOT EXISTS (SELECT 1 FROM pulse_rollup r WHERE r.wave_id = w.id)
               OR (SELECT max(greatest(p.submitted_at, p.created_at)) FROM pulse_response p WHERE p.wave_id = w.id)
                  > (SELECT min(r.computed_at) FROM pulse_rollup r WHERE r.wave_id = w.id)
               OR EXISTS (SELECT 1 FROM pulse_rollup r CROSS JOIN LATERAL jsonb_each(r.measures) m
                           WHERE r.wave_id = w.id AND NOT (m.value ? 'shown')))
        ORDER BY w.period_start`,
      [organisationId],
    );
    let done = 0;
    for (const w of waves) {
      if (this.stopping) break;
      await this.recomputeWave(w.id, organisationId);
      done++;
    }
    return done;
  }
}
