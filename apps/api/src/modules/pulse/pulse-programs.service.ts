import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { isLocale, type Locale } from '@pulse/shared';
import {
  canTransitionProgram,
  findPulseItem,
  INSTRUMENT_LIBRARY,
  planRotation,
  scaleOf,
  scoringWarnings,
  validateProgram,
  type InstrumentDefinition,
  type ProgramState,
} from '@pulse/domain-pulse';
import type { Actor } from '../../platform/auth/actor';
import { JobQueue } from '../../platform/jobs/job-queue';
import { AuditService } from '../audit/audit.service';
import type { PulseProgramInput, PulseRotationPreviewInput } from './dto/pulse-program.input';
import { PulseProgramEntity } from './entities/pulse-program.entity';
import type { PulseInstrumentModel, PulseItemModel, PulseRotationPreviewModel, PulseWaveModel } from './models/pulse-program.model';
import { PULSE_TICK_JOB } from './pulse-scheduler.service';
import type { PulseWaveStatusEnum } from './models/pulse-program-enums';

type Settings = Omit<PulseProgramEntity, 'id' | 'organisationId' | 'status' | 'createdAt' | 'updatedAt' | 'organisation'>;

/** HR's side of pulse programs: create, edit, activate/pause/archive, preview the rotation, list waves. */
@Injectable()
export class PulseProgramsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
  ) {}

  list(actor: Actor): Promise<PulseProgramEntity[]> {
    return this.db.getRepository(PulseProgramEntity).find({ where: { organisationId: actor.organisationId }, order: { name: 'ASC' } });
  }

  async get(actor: Actor, id: string, em: EntityManager = this.db.manager, lock = false): Promise<PulseProgramEntity> {
    // Another organisation's id answers exactly like an unknown id.
    const p = await em.getRepository(PulseProgramEntity).findOne({
      where: { organisationId: actor.organisationId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!p) throw new NotFoundException('No pulse program with that id.');
    return p;
  }

  /**
   * Creates a DRAFT program. Safe to retry: the same name with the same settings answers with the
   * program already created; the same name with other settings is a clear conflict.
   */
  async create(actor: Actor, input: PulseProgramInput): Promise<PulseProgramEntity> {
    const settings = await this.checked(actor, input);
    return this.db.transaction(async (em) => {
      const rows: Array<{ id: string }> = await em.query(
        `INSERT INTO pulse_program (organisation_id, name, audience_team_ids, audience_work_modes, audience_levels, cadence, items_per_pulse,
                                    item_ids, window_hours, reminder_hours_before_close, starts_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (organisation_id, name) DO NOTHING RETURNING id`,
        [
          actor.organisationId,
          settings.name,
          settings.audienceTeamIds,
          settings.audienceWorkModes,
          settings.audienceLevels,
          settings.cadence,
          settings.itemsPerPulse,
          settings.itemIds,
          settings.windowHours,
          settings.reminderHoursBeforeClose,
          settings.startsOn,
        ],
      );
      if (rows.length === 0) {
        const existing = await em.getRepository(PulseProgramEntity).findOneByOrFail({ organisationId: actor.organisationId, name: settings.name });
        if (sameSettings(existing, settings)) return existing;
        throw new ConflictException(`A pulse program named "${settings.name}" already exists; choose another name or edit that program.`);
      }
      await this.audit.record(em, actor, 'pulse_program.created', rows[0].id, { name: settings.name });
      return em.getRepository(PulseProgramEntity).findOneByOrFail({ id: rows[0].id });
    });
  }

  /** Replaces a program's settings. Waves not yet open are re-planned with the new rotation. */
  async update(actor: Actor, id: string, input: PulseProgramInput): Promise<PulseProgramEntity> {
    const settings = await this.checked(actor, input);
    try {
      return await this.db.transaction(async (em) => {
        const program = await this.get(actor, id, em, true);
        if (program.status === 'ARCHIVED') throw new BadRequestException('An archived program cannot be changed.');
        if (sameSettings(program, settings)) return program;
        await em.getRepository(PulseProgramEntity).update({ id, organisationId: actor.organisationId }, settings);
        // Opened waves keep the items and audience they were sent with; unopened ones follow the edit.
        await em.query(`DELETE FROM pulse_wave WHERE program_id = $1 AND organisation_id = $2 AND status = 'SCHEDULED'`, [id, actor.organisationId]);
        await this.audit.record(em, actor, 'pulse_program.updated', id, { name: settings.name, ...changedSettings(program, settings) });
        return this.get(actor, id, em);
      });
    } catch (e) {
      if (e instanceof QueryFailedError && (e as QueryFailedError & { code?: string }).code === '23505')
        throw new ConflictException(`A pulse program named "${settings.name}" already exists; choose another name.`);
      throw e;
    }
  }

  /** Moves a program along its lifecycle. Asking for the state it is already in changes nothing. */
  async transition(actor: Actor, id: string, to: ProgramState): Promise<PulseProgramEntity> {
    const program = await this.db.transaction(async (em) => {
      const p = await this.get(actor, id, em, true);
      if (p.status === to) return p;
      if (!canTransitionProgram(p.status, to)) throw new BadRequestException(`A ${p.status.toLowerCase()} program cannot be made ${to.toLowerCase()}.`);
      await em.getRepository(PulseProgramEntity).update({ id, organisationId: actor.organisationId }, { status: to });
      if (to === 'ARCHIVED' || to === 'PAUSED')
        await em.query(`DELETE FROM pulse_wave WHERE program_id = $1 AND organisation_id = $2 AND status = 'SCHEDULED'`, [id, actor.organisationId]);
      await this.audit.record(em, actor, `pulse_program.${to.toLowerCase()}`, id, { from: p.status });
      return { ...p, status: to };
    });
    // Plan and open right away instead of at the next minute (the tick is idempotent).
    if (to === 'ACTIVE') await this.jobs.send(PULSE_TICK_JOB);
    return program;
  }

  async waves(actor: Actor, programId: string): Promise<PulseWaveModel[]> {
    await this.get(actor, programId);
    const rows: Array<Omit<PulseWaveModel, 'status'> & { status: PulseWaveStatusEnum }> = await this.db.query(
      `SELECT w.id, w.sequence, w.period_start::text AS "periodStart", w.status, w.item_ids AS "itemIds", w.opened_at AS "openedAt",
              w.closes_at AS "closesAt", w.closed_at AS "closedAt",
              count(i.person_id)::int AS invited, count(i.reminded_at)::int AS reminded
         FROM pulse_wave w LEFT JOIN pulse_invitation i ON i.organisation_id = w.organisation_id AND i.wave_id = w.id
        WHERE w.organisation_id = $1 AND w.program_id = $2
        GROUP BY w.organisation_id, w.id ORDER BY w.sequence`,
      [actor.organisationId, programId],
    );
    return rows;
  }

  async levels(actor: Actor): Promise<string[]> {
    const rows: Array<{ level: string }> = await this.db.query(
      `SELECT DISTINCT level FROM person WHERE organisation_id = $1 AND level IS NOT NULL ORDER BY level`,
      [actor.organisationId],
    );
    return rows.map((r) => r.level);
  }

  instruments(locale: string | undefined): PulseInstrumentModel[] {
    const l = localeOf(locale);
    const latest = new Map<string, InstrumentDefinition>();
    for (const i of INSTRUMENT_LIBRARY) if ((latest.get(i.id)?.version ?? -1) < i.version) latest.set(i.id, i);
    return [...latest.values()].map((instrument) => ({
      id: instrument.id,
      name: instrument.name[l],
      items: instrument.items.map((item) => itemModel(item.id, l)),
    }));
  }

  preview(input: PulseRotationPreviewInput): PulseRotationPreviewModel {
    const l = localeOf(input.locale);
    const unknown = input.itemIds.filter((id) => !findPulseItem(id));
    if (unknown.length) throw new BadRequestException(unknown.map((id) => `Item "${id}" is not in the instrument library.`));
    const rotation = planRotation(input.itemIds, input.itemsPerPulse);
    return {
      cycleLength: rotation.cycleLength,
      waves: rotation.waves.map((items, index) => ({ index, items: items.map((id) => itemModel(id, l)) })),
      warnings: scoringWarnings(rotation),
    };
  }

  /** The input as entity settings, after every program rule: all problems in one error. */
  private async checked(actor: Actor, input: PulseProgramInput): Promise<Settings> {
    const settings: Settings = {
      name: input.name.trim(),
      audienceTeamIds: [...new Set(input.audienceTeamIds)],
      audienceWorkModes: [...new Set(input.audienceWorkModes)],
      audienceLevels: [...new Set(input.audienceLevels)],
      cadence: input.cadence,
      itemsPerPulse: input.itemsPerPulse,
      itemIds: input.itemIds,
      windowHours: input.windowHours,
      reminderHoursBeforeClose: input.reminderHoursBeforeClose ?? null,
      startsOn: input.startsOn,
    };
    const teams: Array<{ id: string }> = settings.audienceTeamIds.length
      ? await this.db.query(`SELECT id FROM team WHERE organisation_id = $1 AND id = ANY($2::uuid[])`, [actor.organisationId, settings.audienceTeamIds])
      : [];
    const problems = validateProgram(settings, { teamIds: new Set(teams.map((t) => t.id)), levels: new Set(await this.levels(actor)) });
    if (problems.length) throw new BadRequestException(problems.map((p) => p.message));
    return settings;
  }
}

function localeOf(locale: string | undefined): Locale {
  if (locale === undefined) return 'en';
  if (!isLocale(locale)) throw new BadRequestException('locale must be one of en, zh-Hans, zh-Hant, pl.');
  return locale;
}

function itemModel(id: string, locale: Locale): PulseItemModel {
  const found = findPulseItem(id);
  if (!found) throw new BadRequestException(`Item "${id}" is not in the instrument library.`);
  const wording = found.item.text[locale];
  return { id, instrumentId: found.instrument.id, instrumentName: found.instrument.name[locale], scale: scaleOf(id), text: wording.text, validatedTranslation: wording.validated };
}

/** The settings an edit changed, new and previous values side by side, for the audit log. */
function changedSettings(before: Settings, after: Settings): { changed: Partial<Settings>; previous: Partial<Settings> } {
  const changed: Record<string, unknown> = {};
  const previous: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof Settings>) {
    const was = key === 'startsOn' ? String(before.startsOn) : before[key];
    if (JSON.stringify(was) === JSON.stringify(after[key])) continue;
    changed[key] = after[key];
    previous[key] = was ?? null;
  }
  return { changed: changed as Partial<Settings>, previous: previous as Partial<Settings> };
}

function sameSettings(p: Settings, s: Settings): boolean {
  const eq = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const sorted = (a: readonly string[]) => [...a].sort();
  return (
    p.name === s.name &&
    p.cadence === s.cadence &&
    p.itemsPerPulse === s.itemsPerPulse &&
    p.windowHours === s.windowHours &&
    p.reminderHoursBeforeClose === s.reminderHoursBeforeClose &&
    String(p.startsOn) === s.startsOn &&
    eq(p.itemIds, s.itemIds) &&
    eq(sorted(p.audienceTeamIds), sorted(s.audienceTeamIds)) &&
    eq(sorted(p.audienceWorkModes), sorted(s.audienceWorkModes)) &&
    eq(sorted(p.audienceLevels), sorted(s.audienceLevels))
  );
}
