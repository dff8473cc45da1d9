import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import type { ShiftBlock } from '@pulse/domain-people';
import {
  inAudience,
  itemsForWave,
  nextRotationSlot,
  periodsToPlan,
  personWindow,
  planRotation,
  teamLineage,
  tenureBand,
  type Cadence,
} from '@pulse/domain-pulse';
import { PulseRollupService } from './pulse-rollup.service';
import { LoggerToken } from '../../platform/config.provider';
import { JobQueue } from '../../platform/jobs/job-queue';
import { withOrganisation } from '../../database/tenant-context';

export const PULSE_TICK_JOB = 'pulse.tick';

export type TickReport = { planned: number; opened: number; invitations: number; reminded: number; closed: number };

/** A wave may open once its first day has begun somewhere on earth (UTC+14 is the earliest zone). */
const EARLIEST_ZONE_HOURS = 14;
const INVITATION_BATCH = 5_000;

type DueWave = {
  id: string;
  organisation_id: string;
  period_start: string;
  audience_team_ids: string[];
  audience_work_modes: string[];
  audience_levels: string[];
  window_hours: number;
  reminder_hours_before_close: number | null;
};

type Candidate = {
  id: string;
  team_id: string | null;
  work_mode: string;
  level: string | null;
  hire_date: string;
  exit_date: string | null;
  time_zone: string;
  shift_pattern: ShiftBlock[];
};

/**
 * Runs pulse programs (SPEC §4.2): every minute it plans the next waves of each active program,
 * opens due waves (one invitation per audience member with their own window and group snapshot),
 * marks reminders and closes waves whose last window has passed.
 *
 * Safe with several replicas ticking at once, without relying on the queue alone:
 * - planning is INSERT … ON CONFLICT DO NOTHING on (organisation, program, period) and (organisation, program, sequence);
 * - a wave is opened inside one transaction that holds its row (FOR UPDATE SKIP LOCKED) and
 *   re-checks `status = 'SCHEDULED'`, so a second replica skips it or finds it already OPEN;
 * - invitations have the primary key (organisation, wave, person) and are inserted ON CONFLICT DO NOTHING;
 * - reminders and closing are single UPDATEs guarded by their own WHERE (`reminded_at IS NULL`,
 *   `status = 'OPEN'`), which PostgreSQL re-checks after waiting for a concurrent writer.
 */
@Injectable()
export class PulseSchedulerService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly rollups: PulseRollupService,
    @Inject(LoggerToken) private readonly log: Logger,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: PULSE_TICK_JOB, cron: '* * * * *', handler: async () => void (await this.tick(new Date())) });
  }

  /**
   * One scheduler pass at `now` (tests pass their own clock). Idempotent. Tenant tables show one
   * organisation at a time (ADR 0013), so the pass runs once per organisation, in its scope.
   */
  async tick(now: Date): Promise<TickReport> {
    const report: TickReport = { planned: 0, opened: 0, invitations: 0, reminded: 0, closed: 0 };
    const orgs: Array<{ id: string }> = await this.db.query(`SELECT id FROM organisation ORDER BY id`);
    for (const { id } of orgs) {
      await withOrganisation(id, async () => {
        report.planned += await this.planWaves(now);
        const { opened, invitations } = await this.openDueWaves(now);
        report.opened += opened;
        report.invitations += invitations;
        report.reminded += await this.markReminders(now);
        report.closed += await this.closeDueWaves(now);
      });
    }
    const { planned, opened, reminded, closed } = report;
    // Counts only: never who was invited or reminded, never answers.
    if (planned || opened || reminded || closed) this.log.info(report, 'pulse tick');
    return report;
  }

  /** Plans the current and next period's wave of every active program, with its rotation items. */
  async planWaves(now: Date): Promise<number> {
    const programs: Array<{ id: string; organisation_id: string; cadence: Cadence; starts_on: string; item_ids: string[]; items_per_pulse: number }> =
      await this.db.query(
        `SELECT id, organisation_id, cadence, starts_on::text AS starts_on, item_ids, items_per_pulse FROM pulse_program WHERE status = 'ACTIVE'`,
      );
    const today = now.toISOString().slice(0, 10);
    let planned = 0;
    for (const p of programs) {
      const rotation = planRotation(p.item_ids, p.items_per_pulse);
      for (const period of periodsToPlan(p.starts_on, p.cadence, today)) {
        // The rotation follows the program's latest wave, not the calendar: after a pause the cycle
        // resumes where it stopped. Periods are planned in order, and a replica planning the same
        // period waits on the other's insert, so both see the same latest wave.
        const [latest]: Array<{ item_ids: string[] }> = await this.db.query(
          `SELECT item_ids FROM pulse_wave WHERE program_id = $1 AND sequence < $2 ORDER BY sequence DESC LIMIT 1`,
          [p.id, period.sequence],
        );
        const items = itemsForWave(rotation, nextRotationSlot(rotation, latest?.item_ids ?? null));
        const rows: unknown[] = await this.db.query(
          `INSERT INTO pulse_wave (organisation_id, program_id, sequence, period_start, item_ids)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
          [p.organisation_id, p.id, period.sequence, period.periodStart, items],
        );
        planned += rows.length;
      }
    }
    return planned;
  }

  /** Opens every due wave, one transaction per wave. */
  async openDueWaves(now: Date): Promise<{ opened: number; invitations: number }> {
    const openFrom = new Date(now.getTime() + EARLIEST_ZONE_HOURS * 3_600_000).toISOString().slice(0, 10);
    let opened = 0;
    let invitations = 0;
    for (;;) {
      const result = await this.db.transaction(async (em) => {
        const [wave]: DueWave[] = await em.query(
          `SELECT w.id, w.organisation_id, w.period_start::text AS period_start, p.audience_team_ids, p.audience_work_modes,
                  p.audience_levels, p.window_hours, p.reminder_hours_before_close
             FROM pulse_wave w JOIN pulse_program p ON p.id = w.program_id AND p.organisation_id = w.organisation_id
            WHERE w.status = 'SCHEDULED' AND p.status = 'ACTIVE' AND w.period_start <= $1
            ORDER BY w.period_start, w.id
            LIMIT 1
              FOR UPDATE OF w SKIP LOCKED`,
          [openFrom],
        );
        if (!wave) return null;
        return { invited: await this.openWave(em, wave, now) };
      });
      if (!result) break;
      opened++;
      invitations += result.invited;
    }
    return { opened, invitations };
  }

  private async openWave(em: EntityManager, wave: DueWave, now: Date): Promise<number> {
    const org = wave.organisation_id;
    const teams: Array<{ id: string; parent_id: string | null }> = await em.query(`SELECT id, parent_id FROM team WHERE organisation_id = $1`, [org]);
    const parentOf = new Map(teams.map((t) => [t.id, t.parent_id]));
    const people: Candidate[] = await em.query(
      `SELECT id, team_id, work_mode, level, hire_date::text AS hire_date, exit_date::text AS exit_date, time_zone, shift_pattern
         FROM person WHERE organisation_id = $1 AND (exit_date IS NULL OR exit_date > $2) AND hire_date <= $2`,
      [org, wave.period_start],
    );
    const audience = { teamIds: wave.audience_team_ids, workModes: wave.audience_work_modes, levels: wave.audience_levels };
    const rows = [];
    let lastClose = now;
    for (const p of people) {
      const lineage = teamLineage(p.team_id, parentOf);
      if (!inAudience(audience, { teamLineage: lineage, workMode: p.work_mode, level: p.level, hireDate: p.hire_date, exitDate: p.exit_date }, wave.period_start)) continue;
      const w = personWindow({
        shiftPattern: p.shift_pattern ?? [],
        timeZone: p.time_zone,
        periodStart: wave.period_start,
        windowHours: wave.window_hours,
        reminderHoursBeforeClose: wave.reminder_hours_before_close,
      });
      if (w.closesAt > lastClose) lastClose = w.closesAt;
      rows.push({
        person_id: p.id,
        opens_at: w.opensAt.toISOString(),
        closes_at: w.closesAt.toISOString(),
        team_ids: lineage,
        work_mode: p.work_mode,
        tenure_band: tenureBand(p.hire_date, wave.period_start),
      });
    }
    let invited = 0;
    for (let i = 0; i < rows.length; i += INVITATION_BATCH) {
      const inserted: unknown[] = await em.query(
        `INSERT INTO pulse_invitation (wave_id, person_id, organisation_id, opens_at, closes_at, team_ids, work_mode, tenure_band)
         SELECT $1, r.person_id, $2, r.opens_at, r.closes_at, r.team_ids, r.work_mode, r.tenure_band
           FROM jsonb_to_recordset($3::jsonb) AS r(person_id uuid, opens_at timestamptz, closes_at timestamptz, team_ids uuid[], work_mode text, tenure_band text)
         ON CONFLICT (organisation_id, wave_id, person_id) DO NOTHING RETURNING person_id`,
        [wave.id, org, JSON.stringify(rows.slice(i, i + INVITATION_BATCH))],
      );
      invited += inserted.length;
    }
    // The wave keeps the organisation's k of this moment for good (its people are told it when they answer).
    await em.query(
      `UPDATE pulse_wave SET status = 'OPEN', opened_at = $2, closes_at = $3, confidentiality_k = (SELECT confidentiality_k FROM organisation WHERE id = $4)
        WHERE id = $1 AND status = 'SCHEDULED'`,
      [wave.id, now, lastClose, org],
    );
    return invited;
  }

  /** Marks invitations whose reminder time has come and who have not answered yet. */
  async markReminders(now: Date): Promise<number> {
    // (A CTE, so the driver answers with rows for an UPDATE like for a SELECT.)
    const [{ n }]: Array<{ n: number }> = await this.db.query(
      `WITH reminded AS (UPDATE pulse_invitation i SET reminded_at = $1
         FROM pulse_wave w JOIN pulse_program p ON p.id = w.program_id
        WHERE i.wave_id = w.id AND w.status = 'OPEN' AND p.reminder_hours_before_close IS NOT NULL
          AND i.reminded_at IS NULL AND i.opens_at <= $1 AND i.closes_at > $1
          AND i.closes_at - make_interval(hours => p.reminder_hours_before_close) <= $1
          AND NOT EXISTS (SELECT 1 FROM pulse_response r WHERE r.wave_id = i.wave_id AND r.person_id = i.person_id)
        RETURNING i.person_id) SELECT count(*)::int AS n FROM reminded`,
      [now],
    );
    return n;
  }

  /**
   * Closes open waves once the last invitation's window has passed, then computes their final
   * rollups and early-warning alerts (results of a wave are shown only once it has closed).
   */
  async closeDueWaves(now: Date): Promise<number> {
    const closed: Array<{ id: string; organisation_id: string }> = await this.db.query(
      `WITH closed AS (UPDATE pulse_wave SET status = 'CLOSED', closed_at = $1 WHERE status = 'OPEN' AND closes_at <= $1 RETURNING id, organisation_id)
       SELECT id, organisation_id FROM closed`,
      [now],
    );
    for (const w of closed) await this.rollups.recomputeWave(w.id, w.organisation_id);
    return closed.length;
  }
}
