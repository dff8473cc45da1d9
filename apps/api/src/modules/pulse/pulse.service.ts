import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LOCALES, type Locale } from '@pulse/shared';
import { answerScaleOf, findPulseItem, measureBand, needsSupportMessage, scorePulseResponse, tenureBandCutOffs, validatePulseSubmission } from '@pulse/domain-pulse';
import { preparedQuery } from '../../database/prepared';
import { StatementBatcher } from '../../database/statement-batcher';
import { withOrganisation } from '../../database/tenant-context';
import type { Actor } from '../../platform/auth/actor';
import type { SubmitPulseResponseInput } from './dto/submit-pulse-response.input';
import type { MyPulseHistoryEntryModel, MyScoreModel, OpenPulseModel, PulseQuestionModel, PulseSubmissionModel } from './models/pulse.model';
import { PulseRollupService } from './pulse-rollup.service';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const NOT_OPEN_FOR_YOU = 'No pulse with that id is open for you.';
const DEFAULT_SUPPORT =
  'Thank you for answering honestly. If things feel heavy right now, please talk to someone you trust or contact your employee assistance programme. This message is shown to you only.';

/** One submission as stored: answers, scores and tenure-band cut-offs as JSON text. */
type Submission = { waveId: string; personId: string; organisationId: string; answers: string; scores: string; comment: string | null; at: Date; cutOffs: string };
/** `open`: the person's window was open (else nothing was stored); submitted_at null: a retry that changed nothing. */
type StoreOutcome = {
  open: boolean;
  support_message: string | null;
  support_messages: Record<string, string> | null;
  language: string | null;
  submitted_at: Date | null;
  revision: number | null;
};

/**
 * The respondent's side of pulses: this week's pulse, submitting (idempotent: one response per
 * person per wave, replaced when answered again inside the window) and one's own history. Nothing
 * here ever reads or returns anyone else's answers.
 */
@Injectable()
export class PulseService {
  private readonly itemsOfWave = new Map<string, string[]>();
  private cutOffs = { day: '', json: '' };
  /** Concurrent submissions share statements; a double click never shares one with itself. */
  private readonly submissions = new StatementBatcher<Submission, StoreOutcome>((rows) => withOrganisation(rows[0].organisationId, () => this.store(rows)), {
    conflictKey: (r) => `${r.waveId}/${r.personId}`,
    // A batch runs for whichever request started it: it must hold one organisation's submissions only.
    partition: (r) => r.organisationId,
  });

  constructor(
    private readonly db: DataSource,
    private readonly rollups: PulseRollupService,
  ) {}

  async openPulses(actor: Actor, locale: string | undefined, now = new Date()): Promise<OpenPulseModel[]> {
    const rows: Array<{
      wave_id: string; program_name: string; period_start: string; opens_at: Date; closes_at: Date; item_ids: string[];
      answers: Record<string, number> | null; submitted_at: Date | null; language: string; reminded_at: Date | null; confidentiality_k: number;
    }> = await this.db.query(
      `SELECT i.wave_id, p.name AS program_name, to_char(w.period_start, 'YYYY-MM-DD') AS period_start, i.opens_at, i.closes_at, w.item_ids,
              r.answers, r.submitted_at, pe.language, i.reminded_at, w.confidentiality_k
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
        remindedAt: r.reminded_at,
        confidentialityK: r.confidentiality_k,
      };
    });
  }

  async submit(actor: Actor, input: SubmitPulseResponseInput, now = new Date()): Promise<PulseSubmissionModel> {
    const comment = input.comment?.trim() || null;
    if (comment && CONTROL.test(comment)) throw new BadRequestException('The comment contains control characters.');
    const itemIds = await this.waveItems(input.waveId, actor.organisationId);
    if (!itemIds) throw new NotFoundException(NOT_OPEN_FOR_YOU);
    const checked = validatePulseSubmission(itemIds, input.answers);
    if (!checked.ok) {
      // Only someone invited learns what is wrong with their answers; for anyone else the wave does not exist.
      await this.explainRefusal(actor, input.waveId, now);
      // Messages name items and allowed answers, never the submitted values.
      throw new BadRequestException({ message: `The answers were not stored: ${checked.errors.map((e) => e.message).join(' ')}`, problems: checked.errors });
    }
    const scores = scorePulseResponse(checked.value);
    const outcome = await this.submissions.run({
      waveId: input.waveId,
      personId: actor.personId,
      organisationId: actor.organisationId,
      answers: JSON.stringify(checked.value),
      scores: JSON.stringify(scores),
      comment,
      at: now,
      cutOffs: this.cutOffsOn(now.toISOString().slice(0, 10)),
    });
    if (!outcome.open) {
      await this.explainRefusal(actor, input.waveId, now);
      // Open a moment ago and not any more, or the other way round: nothing was stored either way.
      throw new ConflictException('Your answers were not stored because the pulse changed meanwhile; please send them again.');
    }
    const stored =
      outcome.submitted_at !== null
        ? { submitted_at: outcome.submitted_at, revision: outcome.revision! }
        : (await this.db.query(`SELECT submitted_at, revision FROM pulse_response WHERE wave_id = $1 AND person_id = $2`, [input.waveId, actor.personId]))[0];
    if (outcome.submitted_at !== null) this.rollups.schedule(input.waveId, actor.organisationId);
    return {
      waveId: input.waveId,
      submittedAt: stored.submitted_at,
      revision: stored.revision,
      myScores: myScores(scores),
      // Only the respondent ever sees this, right after answering (SPEC §4.1), in their language.
      supportMessage: needsSupportMessage(scores) ? supportText(outcome, input.locale) : null,
    };
  }

  /**
   * Stores submissions, many in one statement under load (StatementBatcher): for each, the
   * invitation and its window, the group snapshot (team chain, work mode, tenure band, level as
   * they are now), the answers and the replace-on-retry rule commit together or not at all. A
   * retry with the same answers changes nothing (not even the revision).
   */
  private async store(rows: readonly Submission[]): Promise<StoreOutcome[]> {
    return preparedQuery<StoreOutcome>(
      this.db,
      'pulse-submit',
      `WITH RECURSIVE x AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::jsonb[], $5::jsonb[], $6::text[], $7::timestamptz[], $8::jsonb[])
           WITH ORDINALITY AS x(wave_id, person_id, organisation_id, answers, scores, comment, at, cut_offs, n)
       ), inv AS (
         SELECT x.n, o.support_message, o.support_messages, (SELECT pe.language FROM person pe WHERE pe.id = x.person_id) AS language FROM x
           JOIN pulse_invitation i ON i.wave_id = x.wave_id AND i.person_id = x.person_id AND i.organisation_id = x.organisation_id
           JOIN pulse_wave w ON w.id = i.wave_id JOIN organisation o ON o.id = i.organisation_id
          WHERE w.status = 'OPEN' AND i.opens_at <= x.at AND i.closes_at > x.at
       ), me AS (
         SELECT x.n, p.id, p.team_id, p.work_mode, p.level, p.hire_date
           FROM x JOIN inv ON inv.n = x.n JOIN person p ON p.id = x.person_id AND p.organisation_id = x.organisation_id
       ), chain AS (
         SELECT me.n, t.id, t.parent_id, 0 AS depth FROM team t JOIN me ON t.id = me.team_id
         UNION ALL
         SELECT c.n, t.id, t.parent_id, c.depth + 1 FROM team t JOIN chain c ON t.id = c.parent_id WHERE c.depth < 50
       ), stored AS (
         INSERT INTO pulse_response AS r (organisation_id, wave_id, person_id, answers, scores, comment, team_ids, work_mode, tenure_band, level, submitted_at)
         SELECT x.organisation_id, x.wave_id, me.id, x.answers, x.scores, x.comment,
                coalesce((SELECT array_agg(c.id ORDER BY c.depth) FROM chain c WHERE c.n = me.n), '{}'), me.work_mode,
                (SELECT e.c ->> 'band' FROM jsonb_array_elements(x.cut_offs) WITH ORDINALITY AS e(c, k)
                  WHERE e.c ->> 'hiredAfter' IS NULL OR me.hire_date > (e.c ->> 'hiredAfter')::date ORDER BY e.k LIMIT 1),
                me.level, x.at
           FROM me JOIN x ON x.n = me.n
         ON CONFLICT (organisation_id, wave_id, person_id) DO UPDATE
            SET answers = EXCLUDED.answers, scores = EXCLUDED.scores, comment = EXCLUDED.comment, submitted_at = EXCLUDED.submitted_at, revision = r.revision + 1
          WHERE (r.answers, r.comment) IS DISTINCT FROM (EXCLUDED.answers, EXCLUDED.comment)
         RETURNING wave_id, person_id, submitted_at, revision
       )
       SELECT inv.n IS NOT NULL AS open, inv.support_message, inv.support_messages, inv.language, stored.submitted_at, stored.revision
         FROM x LEFT JOIN inv ON inv.n = x.n LEFT JOIN stored ON stored.wave_id = x.wave_id AND stored.person_id = x.person_id
        ORDER BY x.n`,
      [
        rows.map((r) => r.waveId),
        rows.map((r) => r.personId),
        rows.map((r) => r.organisationId),
        rows.map((r) => r.answers),
        rows.map((r) => r.scores),
        rows.map((r) => r.comment),
        rows.map((r) => r.at),
        rows.map((r) => r.cutOffs),
      ],
    );
  }

  /** The tenure-band cut-offs of a day as JSON, computed once per day rather than once per submission. */
  private cutOffsOn(day: string): string {
    if (this.cutOffs.day !== day) this.cutOffs = { day, json: JSON.stringify(tenureBandCutOffs(day)) };
    return this.cutOffs.json;
  }

  /** A wave's items (fixed when the wave is planned, so they are kept once read), or null for an unknown or foreign wave. */
  private async waveItems(waveId: string, organisationId: string): Promise<string[] | null> {
    const key = `${organisationId}/${waveId}`;
    const known = this.itemsOfWave.get(key);
    if (known) return known;
    const [wave] = await preparedQuery<{ item_ids: string[] }>(this.db, 'pulse-wave-items', `SELECT item_ids FROM pulse_wave WHERE id = $1 AND organisation_id = $2`, [
      waveId,
      organisationId,
    ]);
    if (!wave) return null;
    if (this.itemsOfWave.size >= 1_000) this.itemsOfWave.delete(this.itemsOfWave.keys().next().value!);
    this.itemsOfWave.set(key, wave.item_ids);
    return wave.item_ids;
  }

  /** Refuses a submission that cannot be stored, saying why (the slow path: only refusals come here); passes when it can be. */
  private async explainRefusal(actor: Actor, waveId: string, now: Date): Promise<void> {
    const [inv]: Array<{ opens_at: Date; closes_at: Date; wave_status: string }> = await this.db.query(
      `SELECT i.opens_at, i.closes_at, w.status AS wave_status FROM pulse_invitation i JOIN pulse_wave w ON w.id = i.wave_id
        WHERE i.wave_id = $1 AND i.person_id = $2 AND i.organisation_id = $3`,
      [waveId, actor.personId, actor.organisationId],
    );
    // Someone else's wave, another tenant's and an unknown id all read the same.
    if (!inv) throw new NotFoundException(NOT_OPEN_FOR_YOU);
    if (now < inv.opens_at) throw new BadRequestException(`This pulse opens at ${inv.opens_at.toISOString()}.`);
    if (now >= inv.closes_at || inv.wave_status !== 'OPEN') throw new BadRequestException('This pulse has closed; your answers were not stored.');
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

/** The organisation's message in the page's locale, else the person's language, else its one text, else ours. */
function supportText(o: Pick<StoreOutcome, 'support_message' | 'support_messages' | 'language'>, locale: string | null | undefined): string {
  const texts = o.support_messages ?? {};
  return (locale ? texts[locale] : undefined) ?? (o.language ? texts[o.language] : undefined) ?? o.support_message ?? DEFAULT_SUPPORT;
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
