import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createTestOrg, type TestOrg } from '../testing/fixtures';
import { cloneDatabase, testPool } from '../testing/test-app';
import { appDatabaseUrl } from './app-role';
import { TenantClient } from './tenant-client';
import { withOrganisation } from './tenant-context';

/**
 * Tenant isolation held by PostgreSQL, not by WHERE clauses (ADR 0013): the API's role, its pool
 * client and the transaction-local setting, on a pool of ONE connection so that anything a statement
 * left behind would show in the next one.
 */
let db: { url: string; drop(): Promise<void> };
let owner: Pool;
let app: Pool;
let a: TestOrg;
let b: TestOrg;

const personIds = async (sql = 'SELECT id FROM person ORDER BY id', params: unknown[] = []) =>
  (await app.query<{ id: string }>(sql, params)).rows.map((r) => r.id);

beforeAll(async () => {
  db = await cloneDatabase();
  owner = testPool({ connectionString: db.url, max: 2 });
  a = await createTestOrg(owner, 'rls-a');
  b = await createTestOrg(owner, 'rls-b');
  app = testPool({ connectionString: await appDatabaseUrl(db.url, null), max: 1, Client: TenantClient });
});

afterAll(async () => {
  await app?.end();
  await owner?.end();
  await db?.drop();
});

describe('one pooled connection alternating between organisations carries nothing over', () => {
  it('each statement sees its own organisation only, and a statement without one sees nothing', async () => {
    const ofA = Object.values(a.people).sort();
    const ofB = Object.values(b.people).sort();
    for (let round = 0; round < 3; round++) {
      expect(await withOrganisation(a.organisationId, () => personIds())).toEqual(ofA);
      expect(await personIds()).toEqual([]);
      expect(await withOrganisation(b.organisationId, () => personIds())).toEqual(ofB);
      expect(await personIds()).toEqual([]);
    }
    const setting = await app.query<{ v: string | null }>(`SELECT nullif(current_setting('app.organisation_id', true), '') AS v`);
    expect(setting.rows[0].v).toBeNull();
  });

  it('named prepared statements (one plan per connection) alternate the same way', async () => {
    const lookup = (org: string | null) => {
      const run = () => app.query<{ n: string }>({ name: 'rls-count-people', text: 'SELECT count(*) AS n FROM person', values: [] });
      return (org ? withOrganisation(org, run) : run()).then((r) => Number(r.rows[0].n));
    };
    expect(await lookup(a.organisationId)).toBe(8);
    expect(await lookup(null)).toBe(0);
    expect(await lookup(b.organisationId)).toBe(8);
    expect(await lookup(null)).toBe(0);
  });

  it('an explicit transaction keeps its organisation until it ends, and not one statement longer', async () => {
    const client = await app.connect();
    try {
      await withOrganisation(a.organisationId, async () => {
        await client.query('BEGIN');
        expect((await client.query('SELECT id FROM person')).rowCount).toBe(8);
        expect((await client.query('SELECT id FROM team')).rowCount).toBe(3);
        await client.query('COMMIT');
      });
      expect((await client.query('SELECT id FROM person')).rowCount).toBe(0);
      await withOrganisation(b.organisationId, async () => {
        await client.query('BEGIN');
        await expect(client.query('SELECT 1 FROM person WHERE id = $1::uuid', ['not-a-uuid'])).rejects.toThrow();
        await client.query('ROLLBACK');
        expect((await client.query('SELECT id FROM person WHERE organisation_id = $1', [b.organisationId])).rowCount).toBe(8);
      });
      expect((await client.query('SELECT id FROM person')).rowCount).toBe(0);
    } finally {
      client.release();
    }
  });

  it('a transaction that sets its isolation level first (nothing may run before it) still sees only its organisation', async () => {
    const client = await app.connect();
    try {
      for (const org of [a, b, a]) {
        await withOrganisation(org.organisationId, async () => {
          await client.query('START TRANSACTION');
          await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
          expect((await client.query<{ organisation_id: string }>('SELECT DISTINCT organisation_id FROM person')).rows).toEqual([{ organisation_id: org.organisationId }]);
          expect((await client.query<{ v: string }>(`SELECT current_setting('transaction_isolation') AS v`)).rows[0].v).toBe('repeatable read');
          await client.query('COMMIT');
        });
        expect((await client.query('SELECT id FROM person')).rowCount).toBe(0);
      }
    } finally {
      client.release();
    }
  });

  it('an import transaction (BEGIN, COPY into a staging table, INSERT … SELECT) writes into its organisation only', async () => {
    const client = await app.connect();
    const load = async (org: string, line: string) => {
      await client.query('BEGIN');
      try {
        await new Promise<void>((resolve, reject) => {
          const copy = client.query(copyFrom(`COPY stage FROM STDIN`));
          copy.on('finish', resolve).on('error', reject);
          copy.end(line);
        });
        const inserted = await client.query(`INSERT INTO work_mode_change (organisation_id, person_id, work_mode, effective_from) SELECT * FROM stage`);
        expect(inserted.rowCount).toBe(1);
      } finally {
        await client.query('ROLLBACK');
      }
    };
    try {
      await client.query(`CREATE TEMP TABLE stage (organisation_id uuid, person_id uuid, work_mode text, effective_from date)`);
      const row = `${b.organisationId}\t${b.people.agent1}\tREMOTE\t2026-01-05\n`;
      await withOrganisation(b.organisationId, () => load(b.organisationId, row));
      await expect(withOrganisation(a.organisationId, () => load(a.organisationId, row))).rejects.toThrow(/row-level security/);
    } finally {
      client.release();
    }
  });
});

describe("the app role cannot reach another organisation's rows", () => {
  it('owns nothing, is no superuser and cannot bypass row-level security', async () => {
    const { rows } = await app.query(`SELECT current_user AS me, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
    expect(rows[0]).toEqual({ me: 'pulse_app', rolsuper: false, rolbypassrls: false });
    const owned = await app.query(`SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) = current_user`);
    expect(owned.rows[0].n).toBe(0);
  });

  it("a forged WHERE naming another organisation's rows reads nothing, and changes nothing", async () => {
    await withOrganisation(a.organisationId, async () => {
      expect(await personIds('SELECT id FROM person WHERE organisation_id = $1', [b.organisationId])).toEqual([]);
      expect(await personIds('SELECT id FROM person WHERE id = $1', [b.people.agent1])).toEqual([]);
      expect((await app.query('SELECT id FROM account WHERE email = $1', [b.email('hr')])).rowCount).toBe(0);
      expect((await app.query(`UPDATE person SET first_name = 'Forged' WHERE id = $1`, [b.people.agent1])).rowCount).toBe(0);
      expect((await app.query(`DELETE FROM team WHERE organisation_id = $1`, [b.organisationId])).rowCount).toBe(0);
    });
    const untouched = await owner.query(`SELECT first_name FROM person WHERE id = $1`, [b.people.agent1]);
    expect(untouched.rows[0].first_name).toBe('Agent1');
  });

  it("writing a row for another organisation is refused by the policy's check", async () => {
    await expect(
      withOrganisation(a.organisationId, () => app.query(`INSERT INTO team (organisation_id, name, path) VALUES ($1, 'Planted', 'Planted')`, [b.organisationId])),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(app.query(`INSERT INTO team (organisation_id, name, path) VALUES ($1, 'Unscoped', 'Unscoped')`, [a.organisationId])).rejects.toMatchObject({ code: '42501' });
  });
});

describe('references stay inside one organisation', () => {
  it("a person cannot be put in another organisation's team, even by the owner", async () => {
    await expect(owner.query(`UPDATE person SET team_id = $1 WHERE id = $2`, [b.teams.tier1, a.people.agent1])).rejects.toMatchObject({
      code: '23503',
      constraint: 'person_team_same_organisation',
    });
    await expect(
      owner.query(
        `INSERT INTO person (organisation_id, hris_id, email, first_name, last_name, team_id, work_mode, time_zone, hire_date)
         VALUES ($1, 'x-1', 'x@rls-a.test', 'X', 'Y', $2, 'REMOTE', 'UTC', '2024-01-01')`,
        [a.organisationId, b.teams.support],
      ),
    ).rejects.toMatchObject({ code: '23503' });
  });

  it("a manager, a work-mode change's person and a session's account are each of the same organisation", async () => {
    await expect(owner.query(`UPDATE person SET manager_id = $1 WHERE id = $2`, [b.people.head, a.people.agent1])).rejects.toMatchObject({ code: '23503' });
    await expect(
      owner.query(`INSERT INTO work_mode_change (organisation_id, person_id, work_mode, effective_from) VALUES ($1, $2, 'REMOTE', '2025-01-01')`, [a.organisationId, b.people.agent3]),
    ).rejects.toMatchObject({ code: '23503' });
    await expect(
      owner.query(`INSERT INTO session (organisation_id, account_id, token_hash, expires_at) VALUES ($1, $2, 'forged', now() + interval '1 hour')`, [a.organisationId, b.accounts.hr]),
    ).rejects.toMatchObject({ code: '23503' });
  });

  // Citus allows no ON DELETE SET NULL on a key holding organisation_id (ADR 0016): the reference holds
  // until its column is cleared, and clearing it never touches the organisation.
  it('deleting a team its people are still in is refused; once their team is cleared it goes and the organisation stays', async () => {
    const team = (await owner.query(`INSERT INTO team (organisation_id, name, path) VALUES ($1, 'Temp', 'Temp') RETURNING id`, [a.organisationId])).rows[0].id as string;
    await owner.query(`UPDATE person SET team_id = $1 WHERE id = $2`, [team, a.people.agent2]);
    await expect(owner.query(`DELETE FROM team WHERE id = $1`, [team])).rejects.toMatchObject({ code: '23503', constraint: 'person_team_same_organisation' });
    await owner.query(`UPDATE person SET team_id = NULL WHERE team_id = $1`, [team]);
    await owner.query(`DELETE FROM team WHERE id = $1`, [team]);
    const { rows } = await owner.query(`SELECT organisation_id, team_id FROM person WHERE id = $1`, [a.people.agent2]);
    expect(rows[0]).toEqual({ organisation_id: a.organisationId, team_id: null });
  });
});
