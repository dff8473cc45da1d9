import { NotFoundException } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../platform/auth/actor';

type Db = Pick<DataSource | EntityManager, 'query'>;

/**
 * The people a caller's career views cover, as a SQL condition on `p` (a person row): HR the whole
 * organisation; a manager their reporting line (the recursive CTE over person.manager_id that the
 * people directory uses). `$1` must be the organisation; the condition appends its own parameters.
 */
export function careerScopeCondition(actor: Actor, param: (value: unknown) => string): string {
  if (actor.permissions.has('career:read:all')) return 'true';
  if (!actor.permissions.has('career:read:reporting-line')) return `p.id = ${param(actor.personId)}`;
  return `p.id IN (WITH RECURSIVE line AS (
       SELECT id FROM person WHERE organisation_id = $1 AND manager_id = ${param(actor.personId)}
       UNION SELECT c.id FROM person c JOIN line l ON c.manager_id = l.id WHERE c.organisation_id = $1
     ) SELECT id FROM line)`;
}

/** Whether `managerId` is above `personId` in the reporting line (walks up from the person, at most 64 levels). */
export async function isInLineOf(db: Db, organisationId: string, managerId: string, personId: string): Promise<boolean> {
  const [row]: Array<{ inline: boolean }> = await db.query(
    `WITH RECURSIVE up AS (
       SELECT manager_id, 0 AS depth FROM person WHERE organisation_id = $1 AND id = $2
       UNION ALL SELECT p.manager_id, up.depth + 1 FROM person p JOIN up ON p.id = up.manager_id
        WHERE p.organisation_id = $1 AND up.depth < 64
     ) SELECT EXISTS (SELECT 1 FROM up WHERE manager_id = $3) AS inline`,
    [organisationId, personId, managerId],
  );
  return row?.inline === true;
}

/**
 * Whether the caller may read this person's career: themselves, HR (anyone in the organisation), a
 * manager (anyone in their reporting line). Everything else, including another organisation's id
 * and an unknown id, is the same NOT_FOUND, so the answer reveals nothing about who exists.
 */
export async function assertCanSeeCareer(db: Db, actor: Actor, personId: string): Promise<void> {
  if (personId === actor.personId) return;
  if (actor.permissions.has('career:read:all')) {
    const [p]: Array<{ id: string }> = await db.query(`SELECT id FROM person WHERE organisation_id = $1 AND id = $2`, [actor.organisationId, personId]);
    if (p) return;
  } else if (actor.permissions.has('career:read:reporting-line') && (await isInLineOf(db, actor.organisationId, actor.personId, personId))) {
    return;
  }
  throw new NotFoundException('No person with that id.');
}

/**
 * Teams a caller may filter on: HR any team of the organisation; a manager a team that they or
 * someone in their line leads, or any team under it (as pulse results scope teams). Else NOT_FOUND.
 */
export async function assertCanSeeTeam(db: Db, actor: Actor, teamId: string): Promise<void> {
  const [t]: Array<{ allowed: boolean }> = await db.query(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, lead_id FROM team WHERE id = $1 AND organisation_id = $2
       UNION ALL SELECT p.id, p.parent_id, p.lead_id FROM team p JOIN up ON p.id = up.parent_id WHERE p.organisation_id = $2
     ), chain AS (
       SELECT lead_id AS person_id, 0 AS depth FROM up WHERE lead_id IS NOT NULL
       UNION ALL SELECT pe.manager_id, c.depth + 1 FROM person pe JOIN chain c ON pe.id = c.person_id
        WHERE pe.organisation_id = $2 AND pe.manager_id IS NOT NULL AND c.depth < 64
     )
     SELECT $3::boolean OR EXISTS (SELECT 1 FROM chain WHERE person_id = $4) AS allowed FROM team t WHERE t.id = $1 AND t.organisation_id = $2`,
    [teamId, actor.organisationId, actor.permissions.has('career:read:all'), actor.personId],
  );
  if (!t?.allowed) throw new NotFoundException('No team with that id.');
}

/** A team and its sub-teams as a SQL condition on `p.team_id`. */
export function teamSubtreeCondition(param: (value: unknown) => string, teamId: string): string {
  return `p.team_id IN (WITH RECURSIVE sub AS (
       SELECT id FROM team WHERE organisation_id = $1 AND id = ${param(teamId)}
       UNION SELECT t.id FROM team t JOIN sub s ON t.parent_id = s.id WHERE t.organisation_id = $1
     ) SELECT id FROM sub)`;
}
