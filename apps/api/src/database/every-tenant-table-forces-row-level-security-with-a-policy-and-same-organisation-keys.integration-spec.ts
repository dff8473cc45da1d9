import { Client } from 'pg';
import { cloneDatabase } from '../testing/test-app';

/**
 * The catalog after every migration, read as PostgreSQL sees it (ADR 0013). A tenant table is any
 * table with an organisation_id column, so a table added later is checked without anyone listing it.
 */
let db: { url: string; drop(): Promise<void> };
let client: Client;

type Table = { table: string; rls: boolean; forced: boolean; policies: string[] };
type Key = { table: string; columns: string[] };
type Reference = { name: string; table: string; columns: string[]; target: string; targetColumns: string[] };

let tables: Table[];
let keys: Key[];
let references: Reference[];

beforeAll(async () => {
  db = await cloneDatabase();
  client = new Client({ connectionString: db.url });
  await client.connect();
  tables = (
    await client.query<Table>(
      `SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
              coalesce((SELECT array_agg(p.polname::text || ':' || pg_get_expr(p.polqual, p.polrelid) ORDER BY p.polname)
                          FROM pg_policy p WHERE p.polrelid = c.oid AND p.polroles = '{0}'), '{}') AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organisation_id' AND NOT a.attisdropped)
        ORDER BY 1`,
    )
  ).rows;
  // Primary keys and unique indexes (a composite foreign key may reference either).
  keys = (
    await client.query<Key>(
      `SELECT c.relname AS table, array(SELECT a.attname::text FROM unnest(i.indkey) k JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k) AS columns
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND (i.indisprimary OR i.indisunique) AND i.indpred IS NULL`,
    )
  ).rows;
  references = (
    await client.query<Reference>(
      `SELECT f.conname AS name, c.relname AS table, t.relname AS target,
              array(SELECT a.attname::text FROM unnest(f.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = k.n ORDER BY k.o) AS columns,
              array(SELECT a.attname::text FROM unnest(f.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = f.confrelid AND a.attnum = k.n ORDER BY k.o) AS "targetColumns"
         FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid JOIN pg_class t ON t.oid = f.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE f.contype = 'f' AND n.nspname = 'public'`,
    )
  ).rows;
});

afterAll(async () => {
  await client?.end();
  await db?.drop();
});

const tenant = (name: string) => tables.some((t) => t.table === name);

describe('every tenant table is isolated by PostgreSQL itself', () => {
  it('the catalog lists the tenant tables (the check below is not vacuous)', () => {
    expect(tables.map((t) => t.table)).toEqual(expect.arrayContaining(['person', 'team', 'account', 'session', 'pulse_response', 'pulse_rollup', 'audit_event']));
  });

  it('has row-level security enabled AND forced (the owner is held to it too)', () => {
    expect(tables.filter((t) => !t.rls || !t.forced).map((t) => t.table)).toEqual([]);
  });

  it('has a policy for every role comparing organisation_id with the transaction-local setting, failing closed when it is unset', () => {
    const unguarded = tables.filter((t) => !t.policies.some((p) => /organisation_id = \(NULLIF\(current_setting\('app\.organisation_id'::text, true\), ''::text\)\)::uuid/.test(p)));
    expect(unguarded.map((t) => t.table)).toEqual([]);
  });

  it('has organisation_id in a primary or unique key wherever another tenant table references it', () => {
    const referenced = [...new Set(references.filter((r) => tenant(r.table) && tenant(r.target)).map((r) => r.target))];
    const unscoped = referenced.filter((t) => !keys.some((k) => k.table === t && k.columns.includes('organisation_id')));
    expect(unscoped).toEqual([]);
  });

  it('has organisation_id, paired with organisation_id, in every foreign key to another tenant table', () => {
    const crossing = references
      .filter((r) => tenant(r.table) && tenant(r.target))
      .filter((r) => r.columns.indexOf('organisation_id') < 0 || r.targetColumns[r.columns.indexOf('organisation_id')] !== 'organisation_id');
    expect(crossing.map((r) => `${r.table}.${r.name}`)).toEqual([]);
  });
});
