import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { withOrganisation } from '../../database/tenant-context';
import { LoggerToken } from '../../platform/config.provider';
import { JobQueue } from '../../platform/jobs/job-queue';
import { todayUtc } from '../identity/account-access';

export const ANSWER_RETENTION_JOB = 'privacy.retention';

export type RetentionReport = { organisations: number; answersUnlinked: number; answersDeleted: number };

/**
 * Keeps raw pulse answers no longer than needed (GDPR Art. 5(1)(c, e)), per organisation settings:
 * a leaver's answers are unlinked from them `leaver_answers_unlink_months` after the exit date
 * (default 3), and answers submitted more than `answer_retention_months` ago (default 24) are
 * deleted. Published figures are rollups (aggregates) and are not recomputed. Both steps are
 * single guarded statements, so a second run, a retry or a second replica changes nothing more;
 * each organisation where something changed gets one audit event with counts only.
 */
@Injectable()
export class AnswerRetentionService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobQueue,
    @Inject(LoggerToken) private readonly log: Logger,
  ) {}

  onModuleInit(): void {
    // One pass walks every organisation's answers, so it may take long on a large database: a longer
    // expiry than the minute jobs' (a dead worker is still noticed by its heartbeat).
    this.jobs.register({ name: ANSWER_RETENTION_JOB, cron: '17 3 * * *', expireInSeconds: 3 * 60 * 60, handler: async () => void (await this.run(todayUtc())) });
  }

  /** One pass as of `today` (YYYY-MM-DD; tests pass their own). */
  async run(today: string): Promise<RetentionReport> {
    const orgs: Array<{ id: string; unlink_months: number; retention_months: number }> = await this.db.query(
      `SELECT id, leaver_answers_unlink_months AS unlink_months, answer_retention_months AS retention_months FROM organisation ORDER BY id`,
    );
    const report: RetentionReport = { organisations: 0, answersUnlinked: 0, answersDeleted: 0 };
    for (const o of orgs) {
      // Tenant tables show one organisation at a time (ADR 0013): each runs in its own scope.
      const r = await withOrganisation(o.id, () => this.db.transaction(async (em) => {
        const [{ n: unlinked }] = await em.query(
          `WITH u AS (
             UPDATE pulse_response r SET person_id = NULL
               FROM person p
              WHERE p.id = r.person_id AND p.organisation_id = r.organisation_id AND r.organisation_id = $1
                AND p.exit_date IS NOT NULL AND p.exit_date + make_interval(months => $2::int) <= $3::date
             RETURNING 1)
           SELECT count(*)::int AS n FROM u`,
          [o.id, o.unlink_months, today],
        );
        const [{ n: deleted }] = await em.query(
          `WITH d AS (
             DELETE FROM pulse_response WHERE organisation_id = $1 AND submitted_at < ($3::date - make_interval(months => $2::int))
             RETURNING 1)
           SELECT count(*)::int AS n FROM d`,
          [o.id, o.retention_months, today],
        );
        if (unlinked || deleted) {
          await em.query(
            `INSERT INTO audit_event (organisation_id, actor_account_id, action, subject, detail) VALUES ($1, NULL, 'pulse.answers_retention_applied', NULL, $2)`,
            [o.id, JSON.stringify({ answersUnlinked: unlinked, answersDeleted: deleted, leaverAnswersUnlinkMonths: o.unlink_months, answerRetentionMonths: o.retention_months })],
          );
        }
        return { unlinked: Number(unlinked), deleted: Number(deleted) };
      }));
      if (r.unlinked || r.deleted) report.organisations++;
      report.answersUnlinked += r.unlinked;
      report.answersDeleted += r.deleted;
    }
    // Counts only, never whose answers.
    if (report.organisations) this.log.info(report, 'answer retention');
    return report;
  }
}
