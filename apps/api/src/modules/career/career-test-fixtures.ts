import { SUPPORT_LADDER, type LadderDefinition, type LocalizedString } from '@pulse/domain-career';
import type { Pool } from 'pg';
import type { TestOrg } from '../../testing/fixtures';

const loc = (s: LocalizedString) => ({ en: s.en, zhHans: s['zh-Hans'], zhHant: s['zh-Hant'], pl: s.pl });

/** A ladder definition as CareerLadderInput (GraphQL spells zh-Hans as zhHans). */
export function ladderInput(d: LadderDefinition, effectiveFrom: string, note: string | null = null) {
  return {
    effectiveFrom,
    note,
    competencies: d.competencies.map((c) => ({ key: c.key, name: loc(c.name), description: loc(c.description), anchors: c.anchors.map(loc) })),
    tracks: d.tracks.map((t) => ({ key: t.key, name: loc(t.name) })),
    levels: d.levels.map((l) => ({ key: l.key, trackKey: l.trackKey, rank: l.rank, name: loc(l.name), minMonthsInLevel: l.minMonthsInLevel, entry: l.entry, expectations: l.expectations.map((e) => ({ ...e })) })),
    moves: d.moves.map((m) => ({ fromLevelKey: m.fromLevelKey, toLevelKey: m.toLevelKey, kind: m.kind, requiredCertifications: [...m.requiredCertifications] })),
  };
}

export const PUBLISH = `mutation($i: CareerLadderInput!) { publishCareerLadder(input: $i) { versionId effectiveFrom } }`;

/**
 * The test organisation's career data, written as the owner: the support ladder in effect since
 * 2024-01-01, levels (agent1 agent-2 since 2024-01-15 as recorded, agent2 from the HRIS mapping of
 * 'Agent I', agent3 senior-agent, lead team-lead), the HRIS map and team leads (as the demo has them).
 */
export async function seedCareer(pool: Pool, org: TestOrg): Promise<{ versionId: string }> {
  const o = org.organisationId;
  const q = (sql: string, params: unknown[]) => pool.query(sql, params);
  const versionId = (
    await q(`INSERT INTO career_ladder_version (organisation_id, effective_from, definition, note) VALUES ($1, '2024-01-01', $2, 'first') RETURNING id`, [o, JSON.stringify(SUPPORT_LADDER)])
  ).rows[0].id as string;
  await q(`UPDATE team SET lead_id = $2 WHERE id = $1`, [org.teams.support, org.people.head]);
  await q(`UPDATE team SET lead_id = $2 WHERE id = $1`, [org.teams.tier1, org.people.lead]);
  await q(`UPDATE team SET lead_id = $2 WHERE id = $1`, [org.teams.tier2, org.people.peerManager]);
  await q(`INSERT INTO career_hris_level_map (organisation_id, hris_level, level_key) VALUES ($1, 'Agent I', 'agent-1'), ($1, 'Team Lead', 'team-lead')`, [o]);
  await q(`UPDATE person SET level = 'Agent I' WHERE id = $1`, [org.people.agent2]);
  await q(`UPDATE person SET level = 'Team Lead' WHERE id = $1`, [org.people.lead]);
  await q(`UPDATE person SET level = 'Director' WHERE id = $1`, [org.people.head]);
  for (const [person, level] of [[org.people.agent1, 'agent-2'], [org.people.agent3, 'senior-agent'], [org.people.manager, 'support-manager']] as const) {
    await q(`INSERT INTO career_level_change (organisation_id, person_id, level_key, effective_date, source, ladder_version_id) VALUES ($1, $2, $3, '2024-01-15', 'INITIAL', $4)`, [o, person, level, versionId]);
  }
  return { versionId };
}
