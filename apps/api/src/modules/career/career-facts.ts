import type { DataSource, EntityManager } from 'typeorm';
import type { CurrentProficiency } from './career-rules';

/** Where a person stands on the ladder today, as the rules take it. */
export type PersonState = {
  readonly levelKey: string;
  readonly monthsInLevel: number;
  readonly proficiency: ReadonlyMap<string, CurrentProficiency>;
  readonly certifications: ReadonlySet<string>;
};

type Db = Pick<DataSource | EntityManager, 'query'>;

/** What the career views need of a person, read set-based for one person or a whole page. */
export type PersonCareerFacts = {
  personId: string;
  displayName: string;
  lastName: string;
  teamId: string | null;
  teamPath: string | null;
  workMode: 'REMOTE' | 'HYBRID' | 'OFFICE';
  hrisLevel: string | null;
  hireDate: string;
  /** The latest level change on or before today, else the HRIS level's mapping, else null (unmapped). */
  levelKey: string | null;
  /** Since when the person holds it: the change's date, or the hire date for a level from the HRIS mapping. */
  levelSince: string;
  goalLevelKey: string | null;
};

/**
 * Facts of people matching a condition on `p` (parameters from `params`, `$1` the organisation,
 * `$2` today), current people only, ordered by name. One statement: a lateral look-up of the latest
 * level change per person uses the (organisation, person, effective date) index.
 */
export async function loadFacts(db: Db, params: unknown[], condition: string, limit?: number): Promise<PersonCareerFacts[]> {
  const rows: Array<{
    id: string; name: string; last_name: string; team_id: string | null; team_path: string | null; work_mode: PersonCareerFacts['workMode'];
    hris_level: string | null; hire_date: string; level_key: string | null; level_since: string; goal: string | null;
  }> = await db.query(
    `SELECT p.id, p.first_name || ' ' || p.last_name AS name, p.last_name, p.team_id, t.path AS team_path, p.work_mode, p.level AS hris_level,
            to_char(p.hire_date, 'YYYY-MM-DD') AS hire_date,
            coalesce(lc.level_key, m.level_key) AS level_key,
            to_char(CASE WHEN lc.level_key IS NOT NULL THEN lc.effective_date ELSE p.hire_date END, 'YYYY-MM-DD') AS level_since,
            g.target_level_key AS goal
       FROM person p
       LEFT JOIN team t ON t.organisation_id = p.organisation_id AND t.id = p.team_id
       LEFT JOIN LATERAL (
         SELECT c.level_key, c.effective_date FROM career_level_change c
          WHERE c.organisation_id = p.organisation_id AND c.person_id = p.id AND c.effective_date <= $2::date
          ORDER BY c.effective_date DESC, c.recorded_at DESC LIMIT 1) lc ON true
       LEFT JOIN career_hris_level_map m ON m.organisation_id = p.organisation_id AND m.hris_level = p.level
       LEFT JOIN career_goal g ON g.organisation_id = p.organisation_id AND g.person_id = p.id
      WHERE p.organisation_id = $1 AND (p.exit_date IS NULL OR p.exit_date > $2::date) AND ${condition}
      ORDER BY p.last_name, p.first_name, p.id${limit ? ` LIMIT ${Math.floor(limit)}` : ''}`,
    params,
  );
  return rows.map((r) => ({
    personId: r.id,
    displayName: r.name,
    lastName: r.last_name,
    teamId: r.team_id,
    teamPath: r.team_path,
    workMode: r.work_mode,
    hrisLevel: r.hris_level,
    hireDate: r.hire_date,
    levelKey: r.level_key,
    levelSince: r.level_since,
    goalLevelKey: r.goal,
  }));
}

/**
 * Current proficiency per person and competency: the latest MANAGER rating, else the latest SELF
 * rating (marked selfOnly). Peer ratings are shown elsewhere, never used for readiness.
 */
export async function loadProficiencies(db: Db, organisationId: string, personIds: readonly string[]): Promise<Map<string, Map<string, CurrentProficiency>>> {
  const out = new Map<string, Map<string, CurrentProficiency>>(personIds.map((id) => [id, new Map()]));
  if (!personIds.length) return out;
  const rows: Array<{ person_id: string; competency_key: string; assessor_kind: 'SELF' | 'MANAGER'; proficiency: number }> = await db.query(
    `SELECT DISTINCT ON (person_id, competency_key, assessor_kind) person_id, competency_key, assessor_kind, proficiency
       FROM competency_assessment
      WHERE organisation_id = $1 AND person_id = ANY($2::uuid[]) AND assessor_kind IN ('SELF', 'MANAGER')
      ORDER BY person_id, competency_key, assessor_kind, assessed_at DESC, id DESC`,
    [organisationId, personIds],
  );
  for (const r of rows) {
    const m = out.get(r.person_id)!;
    const seen = m.get(r.competency_key);
    // MANAGER sorts before SELF: a manager rating, once there, is never replaced by a self rating.
    if (r.assessor_kind === 'MANAGER') m.set(r.competency_key, { competencyKey: r.competency_key, proficiency: r.proficiency, selfOnly: false });
    else if (!seen) m.set(r.competency_key, { competencyKey: r.competency_key, proficiency: r.proficiency, selfOnly: true });
  }
  return out;
}

/** Whole months in level, by the domain's calendar rule. */
export { wholeMonthsBetween as monthsBetween } from './career-rules';
