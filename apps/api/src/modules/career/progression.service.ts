import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../platform/auth/actor';
import type { WorkModeEnum } from '../people/models/enums';
import { loadFacts, loadProficiencies, monthsBetween, type PersonCareerFacts, type PersonState } from './career-facts';
import { careerPath, levelOf, moveBetween, nextPromotion, readiness, type CompiledLadder, type Readiness } from './career-rules';
import { assertCanSeeTeam, careerScopeCondition, teamSubtreeCondition } from './career-scope';
import { CertificationEvidenceSource } from './evidence/evidence-sources';
import { LadderService, todayUtc, type LadderAsOf } from './ladder.service';
import type { CalibrationGridModel, ProgressionSummaryModel, ReadinessPageModel, ReadinessRowModel } from './models/career.model';

export type ProgressionFilter = { teamId?: string | null; workMode?: string | null };

/** A manager's calibration grid lists at most this many people (their line, by name). */
export const CALIBRATION_MAX_PEOPLE = 500;
const PAGE_MAX = 200;

const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new BadRequestException('after is not a cursor this list gave out.');
  return Number(m[1]);
}

/**
 * Progression views over many people (managers: their reporting line; HR: the organisation): the
 * readiness list, the summary and the calibration grid. Set-based: one statement for the people
 * with their level, goal and time in level, one for everyone's current proficiencies; readiness is
 * then computed in process against the ladder compiled once per version.
 */
@Injectable()
export class ProgressionService {
  private readonly certifications = new CertificationEvidenceSource();

  constructor(
    private readonly db: DataSource,
    private readonly ladders: LadderService,
  ) {}

  private async people(actor: Actor, f: ProgressionFilter, limit?: number): Promise<PersonCareerFacts[]> {
    if (f.teamId) await assertCanSeeTeam(this.db, actor, f.teamId);
    const params: unknown[] = [actor.organisationId, todayUtc()];
    const param = (v: unknown) => `$${params.push(v)}`;
    // Only people below the caller: their own career is on "My career", not on their team's list.
    const where = [careerScopeCondition(actor, param), `p.id <> ${param(actor.personId)}`];
    if (f.teamId) where.push(teamSubtreeCondition(param, f.teamId));
    if (f.workMode) where.push(`p.work_mode = ${param(f.workMode)}`);
    return loadFacts(this.db, params, where.join(' AND '), limit);
  }

  /** Each person's row: level, next step (towards the goal, else the next promotion) and readiness for it. */
  private async rows(actor: Actor, people: PersonCareerFacts[], ladderInForce?: LadderAsOf | null): Promise<Array<ReadinessRowModel & { sortName: string }>> {
    const today = todayUtc();
    const ids = people.map((p) => p.personId);
    const [ladder, proficiency, certs] = await Promise.all([
      ladderInForce !== undefined ? ladderInForce : this.ladders.asOf(actor.organisationId, today),
      loadProficiencies(this.db, actor.organisationId, ids),
      this.certifications.held(ids),
    ]);
    return people.map((p) => {
      const months = monthsBetween(p.levelSince, today);
      const base = {
        personId: p.personId,
        displayName: p.displayName,
        sortName: p.lastName,
        teamPath: p.teamPath ?? '',
        workMode: p.workMode as WorkModeEnum,
        currentLevelKey: p.levelKey,
        nextLevelKey: null as string | null,
        monthsInLevel: months,
        minMonthsInLevel: 0,
        goalSet: p.goalLevelKey !== null,
        readiness: null as Readiness | null,
      };
      const level = ladder && p.levelKey ? levelOf(ladder.compiled, p.levelKey) : undefined;
      if (!ladder || !level) return base;
      const state: PersonState = { levelKey: level.key, monthsInLevel: months, proficiency: proficiency.get(p.personId)!, certifications: certs.get(p.personId)! };
      const move = nextMove(ladder.compiled, state, p.goalLevelKey);
      return { ...base, minMonthsInLevel: level.minMonthsInLevel, nextLevelKey: move?.toLevelKey ?? null, readiness: move ? readiness(ladder.compiled, move.fromLevelKey, move.toLevelKey, state.proficiency, state.monthsInLevel, state.certifications) : null };
    });
  }

  async readiness(actor: Actor, f: ProgressionFilter & { readyOnly?: boolean | null; first: number; after?: string | null }): Promise<ReadinessPageModel> {
    const first = Math.min(Math.max(f.first, 1), PAGE_MAX);
    const offset = decodeCursor(f.after);
    const people = await this.people(actor, f);
    if (!f.readyOnly) {
      // By name: only the page's readiness is computed (its proficiencies are the only ones read).
      const items = (await this.rows(actor, people.slice(offset, offset + first))).map(({ sortName: _s, ...r }) => r);
      return { items, total: people.length, nextCursor: offset + first < people.length ? encodeCursor(offset + first) : null };
    }
    // Nobody short of their level's minimum time can be ready: their ratings need not be read.
    const today = todayUtc();
    const ladder = await this.ladders.asOf(actor.organisationId, today);
    const candidates = people.filter((p) => {
      const level = ladder && p.levelKey ? levelOf(ladder.compiled, p.levelKey) : undefined;
      return level !== undefined && monthsBetween(p.levelSince, today) >= level.minMonthsInLevel;
    });
    const rows = (await this.rows(actor, candidates, ladder)).filter((r) => r.readiness?.ready);
    const items = rows.slice(offset, offset + first).map(({ sortName: _s, ...r }) => r);
    return { items, total: rows.length, nextCursor: offset + first < rows.length ? encodeCursor(offset + first) : null };
  }

  async summary(actor: Actor, f: ProgressionFilter): Promise<ProgressionSummaryModel> {
    const rows = await this.rows(actor, await this.people(actor, f));
    const perLevel = new Map<string, number>();
    let unmapped = 0;
    for (const r of rows) {
      if (r.currentLevelKey) perLevel.set(r.currentLevelKey, (perLevel.get(r.currentLevelKey) ?? 0) + 1);
      else unmapped++;
    }
    return {
      peoplePerLevel: [...perLevel].map(([levelKey, people]) => ({ levelKey, people })).sort((a, b) => (a.levelKey < b.levelKey ? -1 : 1)),
      unmapped,
      goalsSet: rows.filter((r) => r.goalSet).length,
      people: rows.length,
      readyNow: rows.filter((r) => r.readiness?.ready).length,
      // Long past the level's minimum: twice it, and at least a year, without a move.
      overdueInLevel: rows.filter((r) => r.currentLevelKey && r.monthsInLevel >= Math.max(12, 2 * r.minMonthsInLevel)).length,
    };
  }

  /** Self, manager and peer ratings side by side for the caller's reporting line (or a team in it). */
  async calibration(actor: Actor, teamId: string | null | undefined): Promise<CalibrationGridModel> {
    const people = await this.people(actor, { teamId }, CALIBRATION_MAX_PEOPLE);
    const ladder = await this.ladders.asOf(actor.organisationId);
    const rows = await this.rows(actor, people, ladder);
    const competencyKeys = ladder ? ladder.compiled.definition.competencies.map((c) => c.key) : [];
    const ids = people.map((p) => p.personId);
    const latest: Array<{ person_id: string; competency_key: string; assessor_kind: string; proficiency: string }> = ids.length
      ? await this.db.query(
          // The latest rating per assessor, then self and manager as they are and peers averaged.
          `SELECT person_id, competency_key, assessor_kind, avg(proficiency)::text AS proficiency FROM (
             SELECT DISTINCT ON (person_id, competency_key, assessor_kind, CASE WHEN assessor_kind = 'PEER' THEN assessor_person_id END)
                    person_id, competency_key, assessor_kind, proficiency
               FROM competency_assessment WHERE organisation_id = $1 AND person_id = ANY($2::uuid[])
              ORDER BY person_id, competency_key, assessor_kind, CASE WHEN assessor_kind = 'PEER' THEN assessor_person_id END, assessed_at DESC, id DESC
           ) x GROUP BY person_id, competency_key, assessor_kind`,
          [actor.organisationId, ids],
        )
      : [];
    const cell = new Map<string, { self: number | null; manager: number | null; peer: number | null }>();
    for (const r of latest) {
      const key = `${r.person_id}|${r.competency_key}`;
      const c = cell.get(key) ?? { self: null, manager: null, peer: null };
      if (r.assessor_kind === 'SELF') c.self = Math.round(Number(r.proficiency));
      else if (r.assessor_kind === 'MANAGER') c.manager = Math.round(Number(r.proficiency));
      else c.peer = Math.round(Number(r.proficiency) * 100) / 100;
      cell.set(key, c);
    }
    const expectedAt = (levelKey: string | null, competencyKey: string) =>
      (levelKey && ladder && levelOf(ladder.compiled, levelKey)?.expectations.find((e) => e.competencyKey === competencyKey)?.proficiency) || 0;
    return {
      people: rows.map(({ sortName: _s, ...r }) => r),
      competencyKeys,
      cells: rows.flatMap((r) =>
        competencyKeys.map((competencyKey) => ({
          personId: r.personId,
          competencyKey,
          ...(cell.get(`${r.personId}|${competencyKey}`) ?? { self: null, manager: null, peer: null }),
          expected: expectedAt(r.currentLevelKey, competencyKey),
        })),
      ),
    };
  }
}

/** The next step towards the goal when there is one and it can be reached, else the next promotion. */
export function nextMove(ladder: CompiledLadder, state: PersonState, goal: string | null) {
  if (goal && goal !== state.levelKey) {
    const path = careerPath(ladder, state.levelKey, goal, state.proficiency, state.monthsInLevel, state.certifications);
    const step = path.status === 'FOUND' ? path.steps[0] : undefined;
    if (step) return moveBetween(ladder, step.fromLevelKey, step.toLevelKey) ?? null;
  }
  return nextPromotion(ladder, state.levelKey);
}
