import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Move } from '@pulse/domain-career';
import type { Actor } from '../../platform/auth/actor';
import { AuditService } from '../audit/audit.service';
import { loadFacts, loadProficiencies, monthsBetween, type PersonCareerFacts, type PersonState } from './career-facts';
import { careerPath, competencyStandings, moveBetween, nextPromotion, reachableLevels, readiness } from './career-rules';
import { assertCanSeeCareer, isInLineOf } from './career-scope';
import type { RecordAssessmentInput, RecordPromotionInput } from './dto/career.input';
import { CertificationEvidenceSource, evidenceSources } from './evidence/evidence-sources';
import { EMPTY_TRAINING_CATALOG, type TrainingCatalog } from './career-rules';
import { LadderService, todayUtc, type LadderAsOf } from './ladder.service';
import type { AssessorKindEnum, MoveKindEnum } from './models/career-enums';
import type { CareerPathModel, CareerProfileModel, CompetencyAssessmentModel } from './models/career.model';
import type { WorkModeEnum } from '../people/models/enums';

/** A person's position on the ladder, with what readiness and the path need. */
export type CareerState = { facts: PersonCareerFacts; state: PersonState | null; ladder: LadderAsOf | null };

@Injectable()
export class CareerService {
  /** Training that closes a gap comes from the learning slice; until it lands the catalogue is empty (the page says so). */
  private readonly training: TrainingCatalog = EMPTY_TRAINING_CATALOG;
  private readonly certifications = new CertificationEvidenceSource();

  constructor(
    private readonly db: DataSource,
    private readonly ladders: LadderService,
    private readonly audit: AuditService,
  ) {}

  /** Facts, ladder and proficiency of one person the caller may see (NOT_FOUND otherwise). */
  private async stateOf(actor: Actor, personId: string): Promise<CareerState> {
    await assertCanSeeCareer(this.db, actor, personId);
    const today = todayUtc();
    const [facts, ladder, proficiency, certs] = await Promise.all([
      loadFacts(this.db, [actor.organisationId, today, personId], 'p.id = $3'),
      this.ladders.asOf(actor.organisationId, today),
      loadProficiencies(this.db, actor.organisationId, [personId]),
      this.certifications.held([personId]),
    ]);
    if (!facts[0]) throw new NotFoundException('No person with that id.');
    const f = facts[0];
    const state: PersonState | null =
      ladder && f.levelKey && ladder.compiled.levelIndex.has(f.levelKey)
        ? { levelKey: f.levelKey, monthsInLevel: monthsBetween(f.levelSince, today), proficiency: proficiency.get(personId)!, certifications: certs.get(personId)! }
        : null;
    return { facts: f, state, ladder };
  }

  async profile(actor: Actor, personId: string): Promise<CareerProfileModel> {
    const s = await this.stateOf(actor, personId);
    const today = todayUtc();
    const [assessments, evidence] = await Promise.all([
      this.assessments(actor, personId),
      Promise.all(evidenceSources(this.db, actor.organisationId).map((src) => src.collect(personId, today))).then((lists) => lists.flat()),
    ]);
    const { facts: f, state, ladder } = s;
    let path: CareerPathModel | null = null;
    let firstMove: Move | null = null;
    if (state && ladder) {
      if (f.goalLevelKey) {
        path = this.pathModel(ladder, state, f.goalLevelKey);
        const first = path?.steps[0];
        if (first) firstMove = moveBetween(ladder.compiled, first.fromLevelKey, first.toLevelKey) ?? null;
      }
      firstMove ??= nextPromotion(ladder.compiled, state.levelKey);
    }
    return {
      personId: f.personId,
      displayName: f.displayName,
      teamPath: f.teamPath,
      workMode: f.workMode as WorkModeEnum,
      currentLevelKey: f.levelKey,
      hrisLevel: f.hrisLevel,
      monthsInLevel: monthsBetween(f.levelSince, today),
      goalLevelKey: f.goalLevelKey,
      path,
      nextStepReadiness: state && ladder && firstMove ? readiness(ladder.compiled, firstMove.fromLevelKey, firstMove.toLevelKey, state.proficiency, state.monthsInLevel, state.certifications) : null,
      standings: state && ladder && firstMove ? competencyStandings(ladder.compiled, firstMove.toLevelKey, state.proficiency) : [],
      reachableLevelKeys: state && ladder ? reachableLevels(ladder.compiled, state.levelKey) : [],
      assessments,
      evidence: [...evidence].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).map((e) => ({ kind: e.kind, competencyKey: e.competencyKey, summary: e.summary, at: e.at })),
    };
  }

  private pathModel(ladder: LadderAsOf, state: PersonState, target: string): CareerPathModel | null {
    const p = careerPath(ladder.compiled, state.levelKey, target, state.proficiency, state.monthsInLevel, state.certifications, this.training);
    if (p.status !== 'FOUND') return null;
    return {
      targetLevelKey: p.targetLevelKey,
      steps: p.steps.map((s) => ({ ...s, kind: s.kind as MoveKindEnum })),
    };
  }

  /** The path to a level before it becomes the goal (for oneself, or someone the caller may see). */
  async pathTo(actor: Actor, personId: string, target: string): Promise<CareerPathModel> {
    const { state, ladder, facts } = await this.stateOf(actor, personId);
    if (!ladder) throw new BadRequestException('The organisation has no career ladder yet.');
    if (!ladder.compiled.levelIndex.has(target)) throw new BadRequestException(`The ladder has no level "${target}".`);
    if (!state) throw new BadRequestException(`${facts.displayName}'s level is not on the ladder yet (HR maps HRIS levels onto it).`);
    if (target === state.levelKey) throw new BadRequestException(`"${target}" is the current level.`);
    const path = this.pathModel(ladder, state, target);
    if (!path) throw new BadRequestException(`"${target}" cannot be reached from "${state.levelKey}" through the ladder's moves.`);
    return path;
  }

  async setGoal(actor: Actor, target: string): Promise<CareerProfileModel> {
    await this.pathTo(actor, actor.personId, target);
    await this.db.query(
      `INSERT INTO career_goal (organisation_id, person_id, target_level_key) VALUES ($1, $2, $3)
       ON CONFLICT (organisation_id, person_id) DO UPDATE SET target_level_key = EXCLUDED.target_level_key,
         set_at = CASE WHEN career_goal.target_level_key = EXCLUDED.target_level_key THEN career_goal.set_at ELSE now() END`,
      [actor.organisationId, actor.personId, target],
    );
    return this.profile(actor, actor.personId);
  }

  async clearGoal(actor: Actor): Promise<CareerProfileModel> {
    await this.db.query(`DELETE FROM career_goal WHERE organisation_id = $1 AND person_id = $2`, [actor.organisationId, actor.personId]);
    return this.profile(actor, actor.personId);
  }

  /** Every rating of the person, newest first; peers stay unnamed. */
  private async assessments(actor: Actor, personId: string): Promise<CompetencyAssessmentModel[]> {
    const rows: Array<{ id: string; competency_key: string; assessor_kind: AssessorKindEnum; name: string | null; proficiency: number; evidence: string | null; assessed_at: Date }> =
      await this.db.query(
        `SELECT a.id, a.competency_key, a.assessor_kind, CASE WHEN a.assessor_kind = 'PEER' THEN NULL ELSE p.first_name || ' ' || p.last_name END AS name,
                a.proficiency, a.evidence, a.assessed_at
           FROM competency_assessment a LEFT JOIN person p ON p.organisation_id = a.organisation_id AND p.id = a.assessor_person_id
          WHERE a.organisation_id = $1 AND a.person_id = $2 ORDER BY a.assessed_at DESC, a.id DESC LIMIT 500`,
        [actor.organisationId, personId],
      );
    return rows.map((r) => ({ id: r.id, competencyKey: r.competency_key, assessorKind: r.assessor_kind, assessorName: r.name, proficiency: r.proficiency, evidence: r.evidence, assessedAt: r.assessed_at }));
  }

  /**
   * SELF only for yourself; MANAGER only for someone in your reporting line (not yourself); PEER for
   * a colleague filed in the same team. Recorded under the ladder version in effect today.
   */
  async recordAssessment(actor: Actor, input: RecordAssessmentInput): Promise<CompetencyAssessmentModel> {
    const self = input.personId === actor.personId;
    if (input.assessorKind === 'SELF' && !self) throw new BadRequestException('A SELF assessment is only for yourself.');
    if (input.assessorKind !== 'SELF' && self) throw new BadRequestException(`A ${input.assessorKind} assessment is for someone else; use SELF for yourself.`);
    if (input.assessorKind === 'MANAGER') {
      if (!actor.permissions.has('career:read:reporting-line')) throw new ForbiddenException('Only managers assess as MANAGER.');
      await assertCanSeeCareer(this.db, actor, input.personId);
      if (!(await isInLineOf(this.db, actor.organisationId, actor.personId, input.personId))) throw new ForbiddenException('MANAGER assessments are for people in your reporting line.');
    }
    if (input.assessorKind === 'PEER') {
      const [peer]: Array<{ same: boolean }> = await this.db.query(
        `SELECT p.team_id IS NOT NULL AND p.team_id = me.team_id AS same FROM person p JOIN person me ON me.organisation_id = p.organisation_id AND me.id = $3
          WHERE p.organisation_id = $1 AND p.id = $2 AND (p.exit_date IS NULL OR p.exit_date > current_date)`,
        [actor.organisationId, input.personId, actor.personId],
      );
      if (!peer?.same) throw new NotFoundException('No colleague with that id in your team.');
    }
    const ladder = await this.ladders.asOf(actor.organisationId);
    if (!ladder) throw new BadRequestException('The organisation has no career ladder yet.');
    if (!ladder.compiled.definition.competencies.some((c) => c.key === input.competencyKey)) throw new BadRequestException(`The ladder has no competency "${input.competencyKey}".`);
    const evidence = input.evidence?.trim() || null;
    const [row]: Array<{ id: string; assessed_at: Date }> = await this.db.query(
      `INSERT INTO competency_assessment (organisation_id, person_id, competency_key, assessor_kind, assessor_person_id, proficiency, evidence, ladder_version_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, assessed_at`,
      [actor.organisationId, input.personId, input.competencyKey, input.assessorKind, actor.personId, input.proficiency, evidence, ladder.id],
    );
    const [me]: Array<{ name: string }> = await this.db.query(`SELECT first_name || ' ' || last_name AS name FROM person WHERE organisation_id = $1 AND id = $2`, [actor.organisationId, actor.personId]);
    return {
      id: row.id,
      competencyKey: input.competencyKey,
      assessorKind: input.assessorKind,
      assessorName: input.assessorKind === 'PEER' ? null : (me?.name ?? null),
      proficiency: input.proficiency,
      evidence,
      assessedAt: row.assessed_at,
    };
  }

  /**
   * Records a promotion or lateral move decided by HR or someone above the person. The move must
   * be allowed from the person's level on that date under the ladder in effect then; a retry with
   * the same idempotency key records nothing more and answers the same; one transaction, the
   * person's row locked so two decisions for one person cannot interleave.
   */
  async recordPromotion(actor: Actor, input: RecordPromotionInput): Promise<CareerProfileModel> {
    await assertCanSeeCareer(this.db, actor, input.personId);
    if (input.personId === actor.personId) throw new ForbiddenException('You cannot record your own promotion.');
    if (!actor.permissions.has('career:read:all') && !(await isInLineOf(this.db, actor.organisationId, actor.personId, input.personId))) {
      throw new ForbiddenException("Promotions are decided by HR or the person's manager chain.");
    }
    const latestAllowed = new Date(Date.now() + 366 * 86_400_000).toISOString().slice(0, 10);
    if (input.effectiveDate > latestAllowed) throw new BadRequestException('effectiveDate is more than a year ahead.');
    await this.db.transaction(async (em) => {
      await em.query(`SELECT id FROM person WHERE organisation_id = $1 AND id = $2 FOR UPDATE`, [actor.organisationId, input.personId]);
      const [done]: Array<{ person_id: string; level_key: string; effective_date: string }> = await em.query(
        `SELECT person_id, level_key, to_char(effective_date, 'YYYY-MM-DD') AS effective_date FROM career_level_change WHERE organisation_id = $1 AND idempotency_key = $2`,
        [actor.organisationId, input.idempotencyKey],
      );
      if (done) {
        if (done.person_id !== input.personId || done.level_key !== input.toLevelKey || done.effective_date !== input.effectiveDate) {
          throw new BadRequestException('This idempotencyKey was already used for a different promotion; use a new key for a new decision.');
        }
        return;
      }
      const [facts] = await loadFacts(em, [actor.organisationId, input.effectiveDate, input.personId], 'p.id = $3');
      if (!facts) throw new NotFoundException('No person with that id.');
      if (input.effectiveDate < facts.hireDate) throw new BadRequestException(`effectiveDate is before the hire date (${facts.hireDate}).`);
      const [later]: Array<{ d: string }> = await em.query(
        `SELECT to_char(max(effective_date), 'YYYY-MM-DD') AS d FROM career_level_change WHERE organisation_id = $1 AND person_id = $2 AND effective_date >= $3`,
        [actor.organisationId, input.personId, input.effectiveDate],
      );
      if (later?.d) throw new BadRequestException(`A level change on ${later.d} is already recorded; a new one must come after it.`);
      const ladder = await this.ladders.asOf(actor.organisationId, input.effectiveDate);
      if (!ladder) throw new BadRequestException(`No career ladder is in effect on ${input.effectiveDate}.`);
      if (!facts.levelKey) throw new BadRequestException(`${facts.displayName} has no level on the ladder yet (HR maps HRIS levels onto it).`);
      const move = moveBetween(ladder.compiled, facts.levelKey, input.toLevelKey);
      if (!move) {
        const allowed = ladder.compiled.definition.moves.filter((m) => m.fromLevelKey === facts.levelKey).map((m) => m.toLevelKey);
        throw new BadRequestException(
          `The ladder allows no move from "${facts.levelKey}" to "${input.toLevelKey}"${allowed.length ? `; allowed: ${allowed.join(', ')}` : ''}.`,
        );
      }
      await em.query(
        `INSERT INTO career_level_change (organisation_id, person_id, level_key, effective_date, source, from_level_key, ladder_version_id, decided_by_account_id, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [actor.organisationId, input.personId, input.toLevelKey, input.effectiveDate, move.kind, facts.levelKey, ladder.id, actor.accountId, input.idempotencyKey],
      );
      await this.audit.record(em, actor, 'career.level_changed', input.personId, { from: facts.levelKey, to: input.toLevelKey, kind: move.kind, effectiveDate: input.effectiveDate });
    });
    return this.profile(actor, input.personId);
  }
}
