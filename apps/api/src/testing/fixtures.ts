import type { Pool } from 'pg';
import { hashPassword } from '../modules/identity/password';
import { TEST_PASSWORD } from './test-app';

let hash: Promise<string> | null = null;

export type TestOrg = {
  organisationId: string;
  slug: string;
  /** person ids by key */
  people: Record<PersonKey, string>;
  accounts: Record<PersonKey, string>;
  teams: Record<'support' | 'tier1' | 'tier2', string>;
  email(key: PersonKey): string;
};

type PersonKey = 'head' | 'hr' | 'manager' | 'lead' | 'agent1' | 'agent2' | 'peerManager' | 'agent3';

const PEOPLE: Array<{ key: PersonKey; manager: PersonKey | null; team: 'support' | 'tier1' | 'tier2'; roles: string[]; mode: string }> = [
  { key: 'head', manager: null, team: 'support', roles: ['AGENT', 'MANAGER', 'ADMIN'], mode: 'OFFICE' },
  { key: 'hr', manager: 'head', team: 'support', roles: ['AGENT', 'HR'], mode: 'HYBRID' },
  { key: 'manager', manager: 'head', team: 'support', roles: ['AGENT', 'MANAGER'], mode: 'OFFICE' },
  { key: 'lead', manager: 'manager', team: 'tier1', roles: ['AGENT', 'MANAGER'], mode: 'HYBRID' },
  { key: 'agent1', manager: 'lead', team: 'tier1', roles: ['AGENT'], mode: 'REMOTE' },
  { key: 'agent2', manager: 'lead', team: 'tier1', roles: ['AGENT'], mode: 'OFFICE' },
  { key: 'peerManager', manager: 'head', team: 'tier2', roles: ['AGENT', 'MANAGER'], mode: 'REMOTE' },
  { key: 'agent3', manager: 'peerManager', team: 'tier2', roles: ['AGENT'], mode: 'REMOTE' },
];

/**
 * A small organisation with a known reporting line:
 * head → {hr, manager → lead → {agent1, agent2}, peerManager → agent3}.
 */
export async function createTestOrg(pool: Pool, slug: string): Promise<TestOrg> {
  hash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await hash;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const org = (await client.query(`INSERT INTO organisation (slug, name) VALUES ($1, $2) RETURNING id`, [slug, `Org ${slug}`])).rows[0].id as string;
    const team = async (name: string, path: string, parent: string | null) =>
      (await client.query(`INSERT INTO team (organisation_id, parent_id, name, path) VALUES ($1, $2, $3, $4) RETURNING id`, [org, parent, name, path])).rows[0].id as string;
    const support = await team('Support', 'Support', null);
    const teams = { support, tier1: await team('Tier 1', 'Support / Tier 1', support), tier2: await team('Tier 2', 'Support / Tier 2', support) };
    const people = {} as Record<PersonKey, string>;
    const accounts = {} as Record<PersonKey, string>;
    const email = (key: PersonKey) => `${key.toLowerCase()}@${slug}.test`;
    for (const p of PEOPLE) {
      const id = (
        await client.query(
          `INSERT INTO person (organisation_id, hris_id, email, first_name, last_name, team_id, manager_id, work_mode, site, time_zone, shift_pattern, language, hire_date)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'Kraków', 'Europe/Warsaw', '[{"day":1,"start":"09:00","end":"17:00"}]', 'en', '2024-01-15') RETURNING id`,
          [org, `${slug}-${p.key}`, email(p.key), p.key[0].toUpperCase() + p.key.slice(1), slug.toUpperCase(), teams[p.team], p.manager ? people[p.manager] : null, p.mode],
        )
      ).rows[0].id as string;
      people[p.key] = id;
      await client.query(`INSERT INTO work_mode_change (organisation_id, person_id, work_mode, effective_from) VALUES ($1, $2, $3, '2024-01-15')`, [org, id, p.mode]);
      accounts[p.key] = (
        await client.query(`INSERT INTO account (organisation_id, person_id, email, password_hash, roles) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [org, id, email(p.key), passwordHash, p.roles])
      ).rows[0].id as string;
    }
    await client.query('COMMIT');
    return { organisationId: org, slug, people, accounts, teams, email };
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    client.release();
  }
}

/** Row counts of every tenant table, to prove a failed request changed nothing. */
export async function snapshotCounts(pool: Pool): Promise<Record<string, number>> {
  const tables = ['organisation', 'team', 'person', 'work_mode_change', 'account', 'weekly_signal'];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number((await pool.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
  const { rows } = await pool.query(`SELECT md5(string_agg(p::text, ',' ORDER BY id)) AS h FROM person p`);
  out.personHash = rows[0].h ? parseInt(String(rows[0].h).slice(0, 8), 16) : 0;
  return out;
}
