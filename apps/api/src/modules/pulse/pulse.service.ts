import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LOCALES, type Locale } from '@pulse/shared';
import { answerScaleOf, findPulseItem, measureBand, scorePulseResponse, tenureBand, validatePulseSubmission } from '@pulse/domain-pulse';
import { preparedQuery } from '../../database/prepared';
import type { Actor } from '../../platform/auth/actor';
import type { SubmitPulseResponseInput } from './dto/submit-pulse-response.input';
import type { MyPulseHistoryEntryModel, MyScoreModel, OpenPulseModel, PulseQuestionModel, PulseSubmissionModel } from './models/pulse.model';
import { PulseRollupService } from './pulse-rollup.service';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const DEFAULT_SUPPORT =
  'Thank you for answering honestly. If things feel heavy right now, please talk to someone you trust or contact your employee assistance programme. This message is shown to you only.';

/** Where a WHO-5 score shows the support / EAP message to the respondent (SPEC §4.1). */
const WHO5_SUPPORT_AT_OR_BELOW = 28;

/**
 * The respondent's side of pulses: this week's pulse, submitting (idempotent: one response per
 * person per wave, replaced when answered again inside the window) and one's own history. Nothing
 * here ever reads or returns anyone else's answers.
 */
@Injectable()
export class PulseService {
  constructor(
    private readonly db: DataSource,
    private readonly rollups: PulseRollupService,
  ) {}

  async openPulses(actor: Actor, locale: string | undefined, now = new Date()): Promise<OpenPulseModel[]> {
    const rows: Array<{
      wave_id: string; program_name: string; period_start: string; opens_at: Date; closes_at: Date; item_ids: string[];
      answers: Record<string, number> | null; submitted_at: Date | null; language: string;
    }> = await this.db.query(
      `SELECT i.wave_id, p.name AS program_name, to_char(w.period_start, 'YYYY-MM-DD') AS period_start, i.opens_at, i.closes_at, w.item_ids,
              r.answers, r.submitted_at, pe.language
         FROM pulse_invitation i
         JOIN pulse_wave w ON w.id = i.wave_id AND w.status = 'OPEN'
         JOIN pulse_program p ON p.id = w.program_id
         JOIN person pe ON pe.id = i.person_id
         LEFT JOIN pulse_response r ON r.wave_id = i.wave_id AND r.person_id = i.person_id
        WHERE i.organisation_id = $1 AND i.person_id = $2 AND i.opens_at <= $3 AND i.closes_at > $3
        ORDER BY i.closes_at`,
      [actor.organisationId, actor.personId, now],
    );
    return rows.map((r) => {
      const lang = pickLocale(locale, r.language);
      return {
        waveId: r.wave_id,
        programName: r.program_name,
        periodStart: r.period_start,
        opensAt: r.opens_at,
        closesAt: r.closes_at,
        questions: r.item_ids.map((id) => question(id, lang)).filter((q): q is PulseQuestionModel => q !== null),
        myAnswers: Object.entries(r.answers ?? {}).map(([itemId, value]) => ({ itemId, value })),
        answeredAt: r.submitted_at,
      };
    });
  }

  async submit(actor: Actor, input: SubmitPulseResponseInput, now = new Date()): Promise<PulseSubmissionModel> {
    const comment = input.comment?.trim() || null;
    if (comment && CONTROL.test(comment)) throw new BadRequestException('The comment contains control characters.');
    const [inv] = await preparedQuery<{ item_ids: string[]; opens_at: Date; closes_at: Date; wave_status: string; support_message: string | null; hire_date: string }>(
      this.db,
      'pulse-submit-invitation',
      `SELECT w.item_ids, i.opens_at, i.closes_at, w.status AS wave_status, o.support_message, to_char(p.hire_date, 'YYYY-MM-DD') AS hire_date
         FROM pulse_invitation i JOIN pulse_wave w ON w.id = i.wave_id JOIN organisation o ON o.id = i.organisation_id JOIN person p ON p.id = i.person_id
        WHERE i.wave_id = $1 AND i.person_id = $2 AND i.organisation_id = $3`,
      [input.waveId, actor.personId, actor.organisationId],
    );
    // Someone else's wave, another tenant's and an unknown id all read the same.
    if (!inv) throw new NotFoundException('No pulse with that id is open for you.');
    if (now < inv.opens_at) throw new BadRequestException(`This pulse opens at ${inv.opens_at.toISOString()}.`);
    if (now >= inv.closes_at || inv.wave_status === 'CLOSED') throw new BadRequestException('This pulse has closed; your answers were not stored.');

    const checked = validatePulseSubmission(inv.item_ids, input.answers);
    if (!checked.ok) {
      // Messages name items and allowed answers, never the submitted values.
      throw new BadRequestException({ message: `The answers were not stored: ${checked.errors.map((e) => e.message).join(' ')}`, problems: checked.errors });
    }
    const scores = scorePulseResponse(checked.value);
    const today = now.toISOString().slice(0, 10);
    // One statement: the snapshot, the answers and the replace-on-retry rule commit together or not
    // at all. A retry with the same answers changes nothing (not even the revision).
    const [row] = await preparedQuery<{ submitted_at: Date; revision: number }>(
      this.db,
      'pulse-submit-response',
      `WITH RECURSIVE me AS (
         SELECT p.id, p.team_id, p.work_mode, p.level, to_char(p.hire_date, 'YYYY-MM-DD') AS hire_date FROM person p WHERE p.id = $2 AND p.organisation_id = $3
       ), chain AS (
         SELECT t.id, t.parent_id, 0 AS depth FROM team t JOIN me ON t.id = me.team_id
         UNION ALL
         SELECT t.id, t.parent_id, c.depth + 1 FROM team t JOIN chain c ON t.id = c.parent_id WHERE c.depth < 50
       )
       INSERT INTO pulse_response AS r (organisation_id, wave_id, person_id, answers, scores, comment, team_ids, work_mode, tenure_band, level, submitted_at)
       SELECT $3, $1, me.id, $4::jsonb, $5::jsonb, $6, coalesce((SELECT array_agg(id ORDER BY depth) FROM chain), '{}'), me.work_mode, $7, me.level, $8
         FROM me
       ON CONFLICT (wave_id, person_id) DO UPDATE
          SET answers = EXCLUDED.answers, scores = EXCLUDED.scores, comment = EXCLUDED.comment, submitted_at = EXCLUDED.submitted_at, revision = r.revision + 1
        WHERE (r.answers, r.comment) IS DISTINCT FROM (EXCLUDED.answers, EXCLUDED.comment)
       RETURNING submitted_at, revision`,
      [input.waveId, actor.personId, actor.organisationId, JSON.stringify(checked.value), JSON.stringify(scores), comment, tenureBand(inv.hire_date, today), now],
    );
    const stored = row ?? (await this.db.query(`SELECT submitted_at, revision FROM pulse_response WHERE wave_id = $1 AND person_id = $2`, [input.waveId, actor.personId]))[0];
    if (row) this.rollups.schedule(input.waveId, actor.organisationId);
    const who5 = scores.who5;
    return {
      waveId: input.waveId,
      submittedAt: stored.submitted_at,
      revision: stored.revision,
      myScores: myScores(scores),
      supportMessage: who5 !== undefined && who5 <= WHO5_SUPPORT_AT_OR_BELOW ? (inv.support_message ?? DEFAULT_SUPPORT) : null,
    };
  }

  /** The caller's own scores over time, newest first. Private: there is no way to ask for someone else's. */
  async myHistory(actor: Actor, limit: number): Promise<MyPulseHistoryEntryModel[]> {
    const rows: Array<{ wave_id: string; program_name: string; period_start: string; submitted_at: Date; scores: Record<string, number> }> = await this.db.query(
      `SELECT r.wave_id, p.name AS program_name, to_char(w.period_start, 'YYYY-MM-DD') AS period_start, r.submitted_at, r.scores
         FROM pulse_response r JOIN pulse_wave w ON w.id = r.wave_id JOIN pulse_program p ON p.id = w.program_id
        WHERE r.organisation_id = $1 AND r.person_id = $2
        ORDER BY w.period_start DESC, p.name LIMIT $3`,
      [actor.organisationId, actor.personId, limit],
    );
    return rows.map((r) => ({ waveId: r.wave_id, programName: r.program_name, periodStart: r.period_start, submittedAt: r.submitted_at, scores: myScores(r.scores) }));
  }
}

function myScores(scores: Record<string, number>): MyScoreModel[] {
  return Object.entries(scores).map(([measure, value]) => ({ measure, value: Math.round(value * 100) / 100, band: measureBand(measure, value) ?? null }));
}

function pickLocale(requested: string | undefined, personLanguage: string): Locale {
  const ok = (l: string | undefined): l is Locale => !!l && (LOCALES as readonly string[]).includes(l);
  return ok(requested) ? requested : ok(personLanguage) ? personLanguage : 'en';
}

function question(itemId: string, locale: Locale): PulseQuestionModel | null {
  const found = findPulseItem(itemId);
  if (!found) return null;
  const { instrument, item } = found;
  const scale = answerScaleOf(instrument, item);
  return {
    itemId,
    instrumentId: instrument.id,
    instrumentName: instrument.name[locale],
    stem: instrument.stem?.[locale].text ?? null,
    text: item.text[locale].text,
    validatedTranslation: item.text[locale].validated,
    answerScaleId: scale.id,
    options: scale.options.map((o) => ({ value: o.value, label: o.label?.[locale].text ?? null })),
    minLabel: scale.anchors?.min[locale].text ?? null,
    maxLabel: scale.anchors?.max[locale].text ?? null,
  };
}
