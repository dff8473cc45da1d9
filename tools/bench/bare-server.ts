/**
 * The reference for the `stack` benchmark: a bare Apollo Server on plain Node http (standalone),
 * no Nest, no TypeORM, serving the API's schema text and doing the API's work for the measured
 * query the simplest way, through `pg` on the same database:
 *   - the session lookup by the hash of the `pp_session` cookie (as SessionService.resolve), once
 *     per request and only when a field needs it, so `{ __typename }` touches no database;
 *   - `people`: the directory page and its total in one query (as PeopleService.list, HR or
 *     reporting line, no filters);
 *   - `Person.team` and `Person.manager`: per-request DataLoaders batching the lookups by id
 *     (as PeopleLoaders.teamById and personById).
 * The SQL is copied from those files on purpose: stack.ts checks that both servers answer the same
 * and send PostgreSQL the same number of statements per request.
 * Run by stack.ts as transpiled JavaScript in a child process, with the database in
 * BENCH_DATABASE_URL:   bare-server.js <schema.gql>   → prints {"url": …} when listening.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import DataLoader from 'dataloader';
import { buildSchema, GraphQLError, type GraphQLFieldResolver } from 'graphql';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Pool } from 'pg';
import { permissionsFor, type Permission, type Role } from '@pulse/shared';

const PERSON_COLUMNS = `p.id, p.organisation_id AS "organisationId", p.hris_id AS "hrisId", p.email,
  p.first_name AS "firstName", p.last_name AS "lastName", p.job_title AS "jobTitle", p.level,
  p.team_id AS "teamId", p.manager_id AS "managerId", p.work_mode AS "workMode", p.site,
  p.time_zone AS "timeZone", p.shift_pattern AS "shiftPattern", p.language,
  to_char(p.hire_date, 'YYYY-MM-DD') AS "hireDate", to_char(p.exit_date, 'YYYY-MM-DD') AS "exitDate",
  p.exit_reason AS "exitReason", p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;
const TEAM_COLUMNS = `t.id, t.organisation_id AS "organisationId", t.parent_id AS "parentId", t.name, t.path,
  t.lead_id AS "leadId", t.created_at AS "createdAt"`;

type Actor = { personId: string; organisationId: string; permissions: Set<Permission> };
type PersonRow = { id: string; firstName: string; lastName: string; teamId: string | null; managerId: string | null };
type Context = { actor(): Promise<Actor | null>; teamById: DataLoader<string, unknown>; personById: DataLoader<string, PersonRow | null> };

async function main(): Promise<void> {
  const [schemaFile] = process.argv.slice(2);
  // The API's pool size (data-source.ts).
  const pool = new Pool({ connectionString: process.env.BENCH_DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 20) });
  const schema = buildSchema(fs.readFileSync(schemaFile, 'utf8'));

  const byId = async <R extends { id: string }>(sql: string, org: string, ids: readonly string[]): Promise<Array<R | null>> => {
    const { rows } = await pool.query<R>(sql, [org, ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  };

  const people: GraphQLFieldResolver<unknown, Context, { first: number; offset: number }> = async (_root, args, ctx) => {
    const actor = await ctx.actor();
    if (!actor) throw new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } });
    const all = actor.permissions.has('people:read:all');
    if (!all && !actor.permissions.has('people:read:reporting-line')) throw new GraphQLError('You do not have permission to do this.', { extensions: { code: 'FORBIDDEN' } });
    const params: unknown[] = [actor.organisationId];
    const where = ['p.organisation_id = $1'];
    if (!all) {
      params.push(actor.personId);
      where.push(`p.id IN (WITH RECURSIVE line AS (
           SELECT id FROM person WHERE organisation_id = $1 AND manager_id = $2
           UNION SELECT c.id FROM person c JOIN line l ON c.manager_id = l.id WHERE c.organisation_id = $1
         ) SELECT id FROM line)`);
    }
    where.push('(p.exit_date IS NULL OR p.exit_date > current_date)');
    const filter = where.join(' AND ');
    params.push(args.first, args.offset);
    const { rows } = await pool.query<PersonRow & { total: string }>(
      `SELECT ${PERSON_COLUMNS}, (SELECT count(*) FROM person p WHERE ${filter}) AS total
         FROM (SELECT p.id, p.last_name, p.first_name FROM person p WHERE ${filter}
                ORDER BY p.last_name, p.first_name, p.id LIMIT $${params.length - 1} OFFSET $${params.length}) page
         JOIN person p ON p.id = page.id
        ORDER BY page.last_name, page.first_name, page.id`,
      params,
    );
    return { items: rows, total: rows.length ? Number(rows[0].total) : 0 };
  };

  const fields = schema.getQueryType()!.getFields();
  fields.people.resolve = people;
  const person = schema.getType('Person') as unknown as { getFields(): Record<string, { resolve?: GraphQLFieldResolver<PersonRow, Context> }> };
  const pf = person.getFields();
  pf.displayName.resolve = (p) => `${p.firstName} ${p.lastName}`;
  pf.team.resolve = (p, _args, ctx) => (p.teamId ? ctx.teamById.load(p.teamId) : null);
  pf.manager.resolve = (p, _args, ctx) => (p.managerId ? ctx.personById.load(p.managerId) : null);

  const server = new ApolloServer<Context>({ schema, csrfPrevention: true, introspection: false });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: 0 },
    context: async ({ req }) => {
      const token = /(?:^|;\s*)pp_session=([^;]*)/.exec(req.headers.cookie ?? '')?.[1];
      let actor: Promise<Actor | null> | null = null;
      const orgOf = async () => (await ctx.actor())!.organisationId;
      const ctx: Context = {
        actor: () =>
          (actor ??= !token || token.length > 100
            ? Promise.resolve(null)
            : pool
                .query<{ session_id: string; account_id: string; person_id: string; organisation_id: string; roles: Role[] }>(
                  `SELECT s.id AS session_id, a.id AS account_id, a.person_id, a.organisation_id, a.roles
                     FROM session s JOIN account a ON a.id = s.account_id
                    WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND a.disabled_at IS NULL`,
                  [createHash('sha256').update(decodeURIComponent(token)).digest('hex')],
                )
                .then(({ rows: [r] }) => (r ? { personId: r.person_id, organisationId: r.organisation_id, permissions: permissionsFor(r.roles) } : null))),
        teamById: new DataLoader(async (ids) =>
          byId(`SELECT ${TEAM_COLUMNS} FROM team t WHERE t.organisation_id = $1 AND t.id = ANY($2::uuid[])`, await orgOf(), ids),
        ),
        personById: new DataLoader(async (ids) =>
          byId<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM person p WHERE p.organisation_id = $1 AND p.id = ANY($2::uuid[])`, await orgOf(), ids),
        ),
      };
      return ctx;
    },
  });
  process.stdout.write(`${JSON.stringify({ url })}\n`);
  const stop = () => void server.stop().then(() => pool.end()).then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main();
