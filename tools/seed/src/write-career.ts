import type { ClientBase } from 'pg';
import { copy, line } from './copy';
import type { GeneratedOrganisation } from './generate';

export type CareerRowCounts = {
  careerLadderVersions: number;
  careerHrisLevelMaps: number;
  careerLevelChanges: number;
  competencyAssessments: number;
  careerGoals: number;
  customerInsights: number;
};

/**
 * Writes the career history of an organisation that writeOrganisation has just written, inside the
 * same transaction: ids are read back by natural key (HRIS id, team path), so the writer of the
 * rest needs no change. The rows go through the foreign keys and row-level security as written.
 */
export async function writeCareer(client: ClientBase, org: GeneratedOrganisation, orgId: string): Promise<CareerRowCounts> {
  const career = org.career();
  await client.query(`SELECT set_config('app.organisation_id', $1, true)`, [orgId]);
  // One client, one statement at a time (pg queues concurrent queries on a client, and will refuse them).
  const people = await client.query<{ id: string; hris_id: string }>(`SELECT id, hris_id FROM person WHERE organisation_id = $1`, [orgId]);
  const teams = await client.query<{ id: string; path: string }>(`SELECT id, path FROM team WHERE organisation_id = $1`, [orgId]);
  const accounts = await client.query<{ id: string; person_id: string }>(`SELECT id, person_id FROM account WHERE organisation_id = $1`, [orgId]);
  const personByHris = new Map(people.rows.map((r) => [r.hris_id, r.id]));
  const personId = (i: number) => {
    const id = personByHris.get(org.people[i].hrisId);
    if (!id) throw new Error(`internal: person ${org.people[i].hrisId} was not written`);
    return id;
  };
  const teamByPath = new Map(teams.rows.map((r) => [r.path, r.id]));
  const teamId = (t: number) => teamByPath.get(org.teams[t].path)!;
  const accountByPerson = new Map(accounts.rows.map((r) => [r.person_id, r.id]));
  const accountOf = (i: number) => accountByPerson.get(personId(i)) ?? null;
  const none = () => undefined;

  const { rows: versions } = await client.query<{ id: string }>(
    `INSERT INTO career_ladder_version (organisation_id, effective_from, definition, published_by_account_id, published_at, note)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [orgId, career.ladderEffectiveFrom, JSON.stringify(career.ladder), accountOf(career.ladderPublishedBy), career.ladderPublishedAt, career.ladderNote],
  );
  const versionId = versions[0].id;

  await client.query(
    `INSERT INTO career_hris_level_map (organisation_id, hris_level, level_key) SELECT $1, h, l FROM unnest($2::text[], $3::text[]) AS m(h, l)`,
    [orgId, career.hrisLevelMap.map((m) => m.hrisLevel), career.hrisLevelMap.map((m) => m.levelKey)],
  );

  await copy(
    client,
    `COPY career_level_change (organisation_id, person_id, level_key, effective_date, source, from_level_key, ladder_version_id,
       decided_by_account_id, recorded_at, idempotency_key) FROM STDIN`,
    function* () {
      for (const c of career.levelChanges) {
        yield line([orgId, personId(c.person), c.levelKey, c.effectiveDate, c.source, c.fromLevelKey, versionId,
          c.decidedBy === null ? null : accountOf(c.decidedBy), c.recordedAt, c.idempotencyKey]);
      }
    },
    none,
  );

  await copy(
    client,
    `COPY competency_assessment (organisation_id, person_id, competency_key, assessor_kind, assessor_person_id, proficiency, evidence,
       ladder_version_id, assessed_at) FROM STDIN`,
    function* () {
      for (const a of career.assessments) {
        yield line([orgId, personId(a.person), a.competencyKey, a.assessorKind, personId(a.assessor), String(a.proficiency), a.evidence, versionId, a.assessedAt]);
      }
    },
    none,
  );

  await copy(client, `COPY career_goal (organisation_id, person_id, target_level_key, set_at) FROM STDIN`, function* () {
    for (const g of career.goals) yield line([orgId, personId(g.person), g.targetLevelKey, g.setAt]);
  }, none);

  await copy(
    client,
    `COPY customer_insight (organisation_id, author_person_id, team_id, title, customer_said, frequency, suggested_change, tags, status,
       decline_reason, triaged_by_person_id, triaged_at, created_at, updated_at) FROM STDIN`,
    function* () {
      for (const x of career.insights) {
        yield line([orgId, personId(x.author), teamId(x.team), x.title, x.customerSaid, x.frequency, x.suggestedChange, `{${x.tags.join(',')}}`, x.status,
          x.declineReason, x.triagedBy === null ? null : personId(x.triagedBy), x.triagedAt, x.createdAt, x.updatedAt]);
      }
    },
    none,
  );

  return {
    careerLadderVersions: 1,
    careerHrisLevelMaps: career.hrisLevelMap.length,
    careerLevelChanges: career.levelChanges.length,
    competencyAssessments: career.assessments.length,
    careerGoals: career.goals.length,
    customerInsights: career.insights.length,
  };
}
