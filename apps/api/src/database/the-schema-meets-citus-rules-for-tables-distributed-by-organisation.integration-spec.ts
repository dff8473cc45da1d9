import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { cloneDatabase } from '../testing/test-app';

/**
 * The migrated schema, read from pg_catalog, against the rules Citus enforces when a table is
 * distributed by organisation_id (ADR 0016). No Citus binary runs here: these are the checks
 * `create_distributed_table` would make (foreign_constraint.c, the unique-index checks), so the
 * move fails on none of them. A tenant table is any table with organisation_id; a table added later
 * is checked without anyone listing it, and the ADR's DDL must list it too.
 */
const ADR = path.resolve(__dirname, '../../../../docs/adr/0016-a-path-to-citus-distributed-by-organisation.md');

let db: { url: string; drop(): Promise<void> };
let client: Client;

type Table = { table: string; tenant: boolean; organisationNotNull: boolean };
type Key = { table: string; name: string; kind: 'primary' | 'unique' | 'exclusion'; columns: string[] };
type Reference = {
  name: string;
  table: string;
  columns: string[];
  target: string;
  targetColumns: string[];
  onDelete: string;
  onUpdate: string;
  definition: string;
};
type PrimaryKey = { table: string; name: string };

let tables: Table[];
let keys: Key[];
let references: Reference[];
let primaryKeys: PrimaryKey[];

beforeAll(async () => {
  db = await cloneDatabase();
  client = new Client({ connectionString: db.url });
  await client.connect();
  tables = (
    await client.query<Table>(
      `SELECT c.relname AS table, a.attnum IS NOT NULL AS tenant, coalesce(a.attnotnull, false) AS "organisationNotNull"
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'organisation_id' AND NOT a.attisdropped
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
    )
  ).rows;
  // Every index Citus checks: primary keys, unique indexes and constraints (partial ones too), exclusion constraints.
  keys = (
    await client.query<Key>(
      `SELECT c.relname AS table, ic.relname AS name,
              CASE WHEN i.indisprimary THEN 'primary' WHEN i.indisexclusion THEN 'exclusion' ELSE 'unique' END AS kind,
              array(SELECT coalesce(a.attname::text, '(expression)') FROM unnest(i.indkey) WITH ORDINALITY k(n, o)
                      LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.n ORDER BY k.o) AS columns
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND (i.indisprimary OR i.indisunique OR i.indisexclusion) ORDER BY 1, 2`,
    )
  ).rows;
  references = (
    await client.query<Reference>(
      `SELECT f.conname AS name, c.relname AS table, t.relname AS target, f.confdeltype AS "onDelete", f.confupdtype AS "onUpdate",
              pg_get_constraintdef(f.oid) AS definition,
              array(SELECT a.attname::text FROM unnest(f.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = k.n ORDER BY k.o) AS columns,
              array(SELECT a.attname::text FROM unnest(f.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = f.confrelid AND a.attnum = k.n ORDER BY k.o) AS "targetColumns"
         FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid JOIN pg_class t ON t.oid = f.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE f.contype = 'f' AND n.nspname = 'public' ORDER BY 2, 1`,
    )
  ).rows;
  primaryKeys = (
    await client.query<PrimaryKey>(
      `SELECT c.relname AS table, p.conname AS name FROM pg_constraint p JOIN pg_class c ON c.oid = p.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE p.contype = 'p' AND n.nspname = 'public'
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'id' AND NOT a.attisdropped)`,
    )
  ).rows;
});

afterAll(async () => {
  await client?.end();
  await db?.drop();
});

const isTenant = (name: string) => tables.some((t) => t.table === name && t.tenant);
const tenantTables = () => tables.filter((t) => t.tenant).map((t) => t.table);
const between = (r: Reference) => isTenant(r.table) && isTenant(r.target);

/**
 * The move to Citus as SQL, derived from the catalog: reference tables (non-tenant tables a tenant
 * table references), then every tenant table distributed by organisation_id, each after the tables
 * it references (Citus refuses a foreign key to a table that is not yet distributed), colocated with
 * the first. A cycle (team ↔ person) is broken by dropping one of its keys before and adding it back after.
 */
function citusDdl(): string {
  const tenants = tenantTables();
  const referenceTables = [...new Set(references.filter((r) => isTenant(r.table) && !isTenant(r.target)).map((r) => r.target))].sort();
  const local = tables.map((t) => t.table).filter((t) => !isTenant(t) && !referenceTables.includes(t));
  const edges = references.filter((r) => between(r) && r.table !== r.target);
  const remaining = new Set(tenants);
  const deferred: Reference[] = [];
  const order: string[] = [];
  const depsOf = (t: string) => edges.filter((e) => e.table === t && remaining.has(e.target) && !deferred.includes(e));
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
    depsOf(from).some((e) => e.target === to || (!seen.has(e.target) && (seen.add(e.target), reaches(e.target, to, seen))));
  while (remaining.size) {
    const ready = [...remaining].sort().find((t) => depsOf(t).length === 0);
    if (ready) {
      order.push(ready);
      remaining.delete(ready);
      continue;
    }
    const inCycle = [...remaining].sort().find((t) => reaches(t, t));
    if (!inCycle) throw new Error('no table is ready and none is in a cycle');
    deferred.push(...depsOf(inCycle).filter((e) => reaches(e.target, inCycle)));
  }
  const [anchor, ...rest] = order;
  return [
    `-- Generated from the catalog by ${path.basename(__filename)}; paste its output here when it changes.`,
    `-- Stay plain tables on the coordinator: ${local.join(', ')} (and the pgboss schema).`,
    'CREATE EXTENSION citus;',
    ...referenceTables.map((t) => `SELECT create_reference_table('${t}');`),
    ...deferred.map((r) => `ALTER TABLE ${r.table} DROP CONSTRAINT ${r.name};`),
    `SELECT create_distributed_table('${anchor}', 'organisation_id');`,
    ...rest.map((t) => `SELECT create_distributed_table('${t}', 'organisation_id', colocate_with => '${anchor}');`),
    ...deferred.map((r) => `ALTER TABLE ${r.table} ADD CONSTRAINT ${r.name} ${r.definition};`),
  ].join('\n');
}

describe('the schema meets the rules Citus checks for tables distributed by organisation_id', () => {
  it('the catalog lists the tenant tables and the organisation (the checks below are not vacuous)', () => {
    expect(tenantTables()).toEqual(expect.arrayContaining(['person', 'team', 'account', 'session', 'pulse_response', 'pulse_rollup', 'audit_event']));
    expect(tables.map((t) => t.table)).toContain('organisation');
  });

  it('every tenant table has organisation_id NOT NULL (a row must belong to one shard)', () => {
    expect(tables.filter((t) => t.tenant && !t.organisationNotNull).map((t) => t.table)).toEqual([]);
  });

  it('every primary key, unique index or constraint and exclusion constraint of a tenant table includes organisation_id', () => {
    const global = keys.filter((k) => isTenant(k.table) && !k.columns.includes('organisation_id'));
    expect(global.map((k) => `${k.table}.${k.name} ${k.kind} (${k.columns.join(', ')})`)).toEqual([]);
  });

  it('every foreign key between tenant tables includes organisation_id at the same position on both sides', () => {
    const crossing = references.filter(between).filter((r) => r.columns.indexOf('organisation_id') < 0 || r.targetColumns[r.columns.indexOf('organisation_id')] !== 'organisation_id');
    expect(crossing.map((r) => `${r.table}.${r.name}`)).toEqual([]);
  });

  it('no table without organisation_id references a tenant table (a reference table cannot point into shards)', () => {
    expect(references.filter((r) => !isTenant(r.table) && isTenant(r.target)).map((r) => `${r.table}.${r.name}`)).toEqual([]);
  });

  it('no foreign key holding organisation_id sets it to NULL or a default on delete, or cascades or sets it on update', () => {
    // Citus refuses these even with a column list (ON DELETE SET NULL (x)): the distribution column may never change.
    const refused = references.filter((r) => r.columns.includes('organisation_id') && (['n', 'd'].includes(r.onDelete) || ['n', 'd', 'c'].includes(r.onUpdate)));
    expect(refused.map((r) => `${r.table}.${r.name}: ${r.definition}`)).toEqual([]);
  });

  it('a tenant table keyed by id has the primary key (organisation_id, id): a look-up by id, scoped as the API runs it, has both columns of a unique index', () => {
    // Requests run as pulse_app, whose policy adds organisation_id = <the request's organisation> to every scan.
    const withId = primaryKeys.filter((p) => isTenant(p.table));
    const columnsOf = (p: PrimaryKey) => keys.find((k) => k.table === p.table && k.name === p.name)?.columns;
    expect(withId.length).toBeGreaterThan(10);
    expect(withId.filter((p) => JSON.stringify(columnsOf(p)) !== '["organisation_id","id"]').map((p) => `${p.table} (${columnsOf(p)?.join(', ')})`)).toEqual([]);
  });

  it("ADR 0016's DDL distributes exactly the tenant tables, in an order Citus accepts (it is the catalog's, verbatim)", () => {
    const adr = fs.readFileSync(ADR, 'utf8');
    const block = /<!-- citus-ddl:begin -->\s*```sql\n([\s\S]*?)\n```\s*<!-- citus-ddl:end -->/.exec(adr);
    expect(block).not.toBeNull();
    const ddl = citusDdl();
    const distributed = [...ddl.matchAll(/create_distributed_table\('([a-z_]+)'/g)].map((m) => m[1]).sort();
    expect(distributed).toEqual(tenantTables());
    expect(block?.[1]).toBe(ddl);
  });
});
