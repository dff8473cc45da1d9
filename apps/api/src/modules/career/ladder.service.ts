import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import type { LadderDefinition, LadderIssue, Proficiency } from '@pulse/domain-career';
import type { Actor } from '../../platform/auth/actor';
import { AuditService } from '../audit/audit.service';
import { compileLadder, effectiveFromError, ladderTemplate, validateLadder, type CompiledLadder } from './career-rules';
import type { CareerLadderInput } from './dto/career-ladder.input';
import { fromLocalized, ladderModel } from './career.mapper';
import type { CareerLadderModel, CareerLadderVersionModel, HrisLevelMappingModel, UnmappedHrisLevelModel } from './models/ladder.model';

/** A version as requests use it: its row (without the definition) and the compiled ladder. */
export type LadderAsOf = { id: string; effectiveFrom: string; publishedAt: Date; note: string | null; compiled: CompiledLadder };

export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** Compiled ladders kept per organisation + version (versions never change once published). */
const CACHE_LIMIT = 200;

@Injectable()
export class LadderService {
  private readonly compiled = new Map<string, Promise<CompiledLadder>>();

  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The ladder as of a date: the latest version effective on or before it, or null when the
   * organisation has published none yet. One small statement per call; the definition is read and
   * compiled once per organisation and version (a version id is never reused for other content).
   */
  async asOf(organisationId: string, date: string = todayUtc()): Promise<LadderAsOf | null> {
    const [row]: Array<{ id: string; effective_from: string; published_at: Date; note: string | null }> = await this.db.query(
      `SELECT id, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, published_at, note FROM career_ladder_version
        WHERE organisation_id = $1 AND effective_from <= $2 ORDER BY effective_from DESC LIMIT 1`,
      [organisationId, date],
    );
    if (!row) return null;
    return { id: row.id, effectiveFrom: row.effective_from, publishedAt: row.published_at, note: row.note, compiled: await this.compiledVersion(organisationId, row.id) };
  }

  /** A version by id (past assessments name theirs), compiled and cached like asOf. */
  async version(organisationId: string, versionId: string): Promise<CompiledLadder> {
    return this.compiledVersion(organisationId, versionId);
  }

  private compiledVersion(organisationId: string, versionId: string): Promise<CompiledLadder> {
    const key = `${organisationId}:${versionId}`;
    let hit = this.compiled.get(key);
    if (hit) {
      // Most recently used last, so the oldest entry is dropped first.
      this.compiled.delete(key);
      this.compiled.set(key, hit);
      return hit;
    }
    hit = this.db
      .query(`SELECT definition FROM career_ladder_version WHERE organisation_id = $1 AND id = $2`, [organisationId, versionId])
      .then((rows: Array<{ definition: LadderDefinition }>) => {
        if (!rows[0]) throw new NotFoundException('No ladder version with that id.');
        return compileLadder(rows[0].definition);
      });
    hit.catch(() => this.compiled.delete(key));
    this.compiled.set(key, hit);
    if (this.compiled.size > CACHE_LIMIT) this.compiled.delete(this.compiled.keys().next().value as string);
    return hit;
  }

  async ladder(actor: Actor, asOf?: string | null): Promise<CareerLadderModel | null> {
    const v = await this.asOf(actor.organisationId, asOf ?? todayUtc());
    return v ? ladderModel(v.compiled.definition, { versionId: v.id, effectiveFrom: v.effectiveFrom, publishedAt: v.publishedAt, note: v.note }) : null;
  }

  /** The support ladder HR's editor starts from when the organisation has none yet (versionId "template"). */
  template(): CareerLadderModel {
    return ladderModel(ladderTemplate(), { versionId: 'template', effectiveFrom: todayUtc(), publishedAt: new Date(0), note: null });
  }

  async versions(actor: Actor): Promise<CareerLadderVersionModel[]> {
    const rows: Array<{ id: string; effective_from: string; published_at: Date; note: string | null; email: string | null }> = await this.db.query(
      `SELECT v.id, to_char(v.effective_from, 'YYYY-MM-DD') AS effective_from, v.published_at, v.note, a.email
         FROM career_ladder_version v LEFT JOIN account a ON a.organisation_id = v.organisation_id AND a.id = v.published_by_account_id
        WHERE v.organisation_id = $1 ORDER BY v.effective_from DESC`,
      [actor.organisationId],
    );
    return rows.map((r) => ({ id: r.id, effectiveFrom: r.effective_from, publishedAt: r.published_at, publishedBy: r.email, note: r.note }));
  }

  validate(input: CareerLadderInput): LadderIssue[] {
    return validateLadder(definitionFromInput(input));
  }

  /**
   * Publishes a whole ladder from its date. Rules (CAREER.md): the date is today or later and not
   * before the latest version's; the same date as the latest replaces it only while it lies in the
   * future (nothing can have been decided under it yet). One transaction, serialised per
   * organisation so two HR users cannot publish past each other.
   */
  async publish(actor: Actor, input: CareerLadderInput): Promise<CareerLadderModel> {
    const definition = definitionFromInput(input);
    const issues = validateLadder(definition);
    if (issues.length) {
      throw new GraphQLError(`The ladder has ${issues.length} problem${issues.length === 1 ? '' : 's'}: ${issues[0].message}${issues.length > 1 ? ' …' : ''}`, {
        extensions: { code: 'BAD_USER_INPUT', issues },
      });
    }
    const today = todayUtc();
    const saved = await this.db.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('career_ladder:' || $1::text))`, [actor.organisationId]);
      const [latest]: Array<{ id: string; effective_from: string }> = await em.query(
        `SELECT id, to_char(effective_from, 'YYYY-MM-DD') AS effective_from FROM career_ladder_version WHERE organisation_id = $1 ORDER BY effective_from DESC LIMIT 1`,
        [actor.organisationId],
      );
      // The domain's version rule (never before the latest version; its date only while it is still ahead),
      // and once a ladder exists, today or later: decisions made under the current one keep their meaning.
      const refused = effectiveFromError(input.effectiveFrom, latest ? [{ effectiveFrom: latest.effective_from }] : [], today);
      if (refused) throw new BadRequestException(refused);
      if (latest && input.effectiveFrom < today) throw new BadRequestException(`effectiveFrom must be today (${today}) or later: a published ladder never changes the past.`);
      if (latest && input.effectiveFrom === latest.effective_from) {
        const [{ used }]: Array<{ used: boolean }> = await em.query(
          `SELECT EXISTS (SELECT 1 FROM career_level_change WHERE organisation_id = $1 AND ladder_version_id = $2)
               OR EXISTS (SELECT 1 FROM competency_assessment WHERE organisation_id = $1 AND ladder_version_id = $2) AS used`,
          [actor.organisationId, latest.id],
        );
        if (used) throw new BadRequestException(`The version from ${latest.effective_from} already has promotions or assessments recorded under it; publish from a later date.`);
        // Replaced by a new row (new id): a cached compilation of the old one can never be served for it.
        await em.query(`DELETE FROM career_ladder_version WHERE organisation_id = $1 AND id = $2`, [actor.organisationId, latest.id]);
      }
      const [row]: Array<{ id: string; published_at: Date }> = await em.query(
        `INSERT INTO career_ladder_version (organisation_id, effective_from, definition, published_by_account_id, note)
         VALUES ($1, $2, $3, $4, $5) RETURNING id, published_at`,
        [actor.organisationId, input.effectiveFrom, JSON.stringify(definition), actor.accountId, input.note ?? null],
      );
      await this.audit.record(em, actor, 'career.ladder_published', row.id, { effectiveFrom: input.effectiveFrom, levels: definition.levels.length, moves: definition.moves.length });
      return row;
    });
    return ladderModel(definition, { versionId: saved.id, effectiveFrom: input.effectiveFrom, publishedAt: saved.published_at, note: input.note ?? null });
  }

  async mappings(actor: Actor): Promise<HrisLevelMappingModel[]> {
    const rows: Array<{ hris_level: string; level_key: string }> = await this.db.query(
      `SELECT hris_level, level_key FROM career_hris_level_map WHERE organisation_id = $1 ORDER BY hris_level`,
      [actor.organisationId],
    );
    return rows.map((r) => ({ hrisLevel: r.hris_level, levelKey: r.level_key }));
  }

  /** HRIS level texts of current people with no mapping and no recorded level change, with how many people carry each. */
  async unmapped(actor: Actor): Promise<UnmappedHrisLevelModel[]> {
    const rows: Array<{ level: string; n: string }> = await this.db.query(
      `SELECT p.level, count(*) AS n FROM person p
        WHERE p.organisation_id = $1 AND p.level IS NOT NULL AND (p.exit_date IS NULL OR p.exit_date > current_date)
          AND NOT EXISTS (SELECT 1 FROM career_hris_level_map m WHERE m.organisation_id = p.organisation_id AND m.hris_level = p.level)
          AND NOT EXISTS (SELECT 1 FROM career_level_change c WHERE c.organisation_id = p.organisation_id AND c.person_id = p.id AND c.effective_date <= current_date)
        GROUP BY p.level ORDER BY count(*) DESC, p.level`,
      [actor.organisationId],
    );
    return rows.map((r) => ({ hrisLevel: r.level, people: Number(r.n) }));
  }

  /** Maps (or with a null level key, unmaps) one HRIS level text. Safe to retry: the result is the same. */
  async map(actor: Actor, hrisLevel: string, levelKey: string | null | undefined): Promise<HrisLevelMappingModel[]> {
    const text = hrisLevel.trim();
    if (!text || text.length > 100) throw new BadRequestException('hrisLevel must be 1 to 100 characters.');
    if (levelKey) {
      const current = await this.asOf(actor.organisationId);
      if (!current) throw new BadRequestException('Publish a career ladder before mapping HRIS levels onto it.');
      if (!current.compiled.levelIndex.has(levelKey)) throw new BadRequestException(`The current ladder has no level "${levelKey}".`);
    }
    await this.db.transaction(async (em) => {
      if (levelKey) {
        await em.query(
          `INSERT INTO career_hris_level_map (organisation_id, hris_level, level_key) VALUES ($1, $2, $3)
           ON CONFLICT (organisation_id, hris_level) DO UPDATE SET level_key = EXCLUDED.level_key`,
          [actor.organisationId, text, levelKey],
        );
      } else {
        await em.query(`DELETE FROM career_hris_level_map WHERE organisation_id = $1 AND hris_level = $2`, [actor.organisationId, text]);
      }
      await this.audit.record(em, actor, 'career.hris_level_mapped', null, { hrisLevel: text, levelKey: levelKey ?? null });
    });
    return this.mappings(actor);
  }
}

/** The domain's ladder from the GraphQL input (localized strings keyed by locale). */
export function definitionFromInput(input: CareerLadderInput): LadderDefinition {
  return {
    competencies: input.competencies.map((c) => ({ key: c.key, name: fromLocalized(c.name), description: fromLocalized(c.description), anchors: c.anchors.map(fromLocalized) })),
    tracks: input.tracks.map((t) => ({ key: t.key, name: fromLocalized(t.name) })),
    levels: input.levels.map((l) => ({
      key: l.key,
      trackKey: l.trackKey,
      rank: l.rank,
      name: fromLocalized(l.name),
      minMonthsInLevel: l.minMonthsInLevel,
      entry: l.entry,
      // Out-of-range proficiencies reach validateLadder as they are, which reports them with their path.
      expectations: l.expectations.map((e) => ({ competencyKey: e.competencyKey, proficiency: e.proficiency as Proficiency })),
    })),
    moves: input.moves.map((m) => ({ fromLevelKey: m.fromLevelKey, toLevelKey: m.toLevelKey, kind: m.kind, requiredCertifications: [...m.requiredCertifications] })),
  };
}
