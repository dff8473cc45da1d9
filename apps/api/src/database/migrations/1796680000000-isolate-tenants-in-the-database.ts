import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tenant isolation in the database (ADR 0013), hand-written because TypeORM cannot express row-level
 * security, roles, `ON DELETE SET NULL (column)` or SECURITY DEFINER functions:
 * - references between tenant tables carry organisation_id (composite keys), so a row can only
 *   point at a row of its own organisation;
 * - every table with organisation_id has row-level security enabled and forced, with one policy
 *   comparing organisation_id to the transaction-local setting `app.organisation_id` (unset or
 *   empty: NULL, which matches nothing);
 * - `pulse_app` (the role the API connects as) gets DML and nothing else; `pulse_auth` owns the
 *   look-ups that must run before the organisation is known (session token, sign-in e-mail, SCIM
 *   bearer token, single sign-on start and callback, e-mail domains claimed by other organisations);
 * - pulse_response answers are checked by the database too.
 */

/** Existing references as they were (single column) and as they become (with organisation_id). */
const REFERENCES: ReadonlyArray<{ table: string; column: string; target: string; old: string; name: string; onDelete: string }> = [
  { table: 'team', column: 'parent_id', target: 'team', old: 'FK_62f429bfbac9ccd28d3a63a3308', name: 'team_parent_same_organisation', onDelete: 'RESTRICT' },
  { table: 'team', column: 'lead_id', target: 'person', old: 'FK_a71a2056b907bd6d8342afd3fb1', name: 'team_lead_same_organisation', onDelete: 'SET NULL ("lead_id")' },
  { table: 'person', column: 'team_id', target: 'team', old: 'FK_cb033a3b70363fb8a5de534fbc7', name: 'person_team_same_organisation', onDelete: 'SET NULL ("team_id")' },
  { table: 'person', column: 'manager_id', target: 'person', old: 'FK_52805351546c5fbcecb95df520f', name: 'person_manager_same_organisation', onDelete: 'SET NULL ("manager_id")' },
  { table: 'account', column: 'person_id', target: 'person', old: 'FK_73b5a14ecc8f5529ea98a746d51', name: 'account_person_same_organisation', onDelete: 'CASCADE' },
  { table: 'session', column: 'account_id', target: 'account', old: 'FK_fae5a6b4a57f098e9af8520d499', name: 'session_account_same_organisation', onDelete: 'CASCADE' },
  { table: 'work_mode_change', column: 'person_id', target: 'person', old: 'FK_618378c6d9e9da2f25e22e59a64', name: 'work_mode_change_person_same_organisation', onDelete: 'CASCADE' },
  { table: 'weekly_signal', column: 'person_id', target: 'person', old: 'FK_7a3fabfd1b9b14ef3c33bf56535', name: 'weekly_signal_person_same_organisation', onDelete: 'CASCADE' },
  { table: 'action_plan', column: 'team_id', target: 'team', old: 'FK_2884f07efb489347f7267f0a2b4', name: 'action_plan_team_same_organisation', onDelete: 'CASCADE' },
  { table: 'pulse_wave', column: 'program_id', target: 'pulse_program', old: 'FK_46e891aae3da39e69f76cea3c70', name: 'pulse_wave_program_same_organisation', onDelete: 'CASCADE' },
  { table: 'pulse_invitation', column: 'wave_id', target: 'pulse_wave', old: 'FK_99b5af88c7705a20718b94d9e85', name: 'pulse_invitation_wave_same_organisation', onDelete: 'CASCADE' },
  { table: 'pulse_invitation', column: 'person_id', target: 'person', old: 'FK_69d2a86852c1ea454efdb09b268', name: 'pulse_invitation_person_same_organisation', onDelete: 'CASCADE' },
  { table: 'pulse_response', column: 'wave_id', target: 'pulse_wave', old: 'FK_bd6c3223bb6dcb41ef9ebc79329', name: 'pulse_response_wave_same_organisation', onDelete: 'CASCADE' },
  // Erasure and retention unlink answers from their person (ADR 0013 keeps that: only person_id is cleared).
  { table: 'pulse_response', column: 'person_id', target: 'person', old: 'FK_a1a451b90942d58a92d05fd355c', name: 'pulse_response_person_same_organisation', onDelete: 'SET NULL ("person_id")' },
  { table: 'pulse_rollup', column: 'wave_id', target: 'pulse_wave', old: 'FK_3267bb3de5bc215c8a420e922a1', name: 'pulse_rollup_wave_same_organisation', onDelete: 'CASCADE' },
];

/** References that had no key at all before: they get a same-organisation one. */
const NEW_REFERENCES: ReadonlyArray<{ table: string; column: string; target: string; name: string; onDelete: string }> = [
  { table: 'scim_token', column: 'created_by_account_id', target: 'account', name: 'scim_token_created_by_same_organisation', onDelete: 'SET NULL ("created_by_account_id")' },
];

/** Tables referenced by other tenant tables: they get a unique (organisation_id, id). */
const REFERENCED = ['team', 'person', 'account', 'pulse_program', 'pulse_wave'];

/** Tenant tables the look-ups before the organisation is known may read (through their functions only). */
const LOOKUP_TABLES = ['account', 'session', 'person', 'scim_token', 'oidc_connection', 'oidc_sign_in'];
const LOOKUP_FUNCTIONS = [
  'pulse_session_actors(text[])',
  'pulse_sign_in_candidates(text)',
  'pulse_scim_token_caller(text)',
  'pulse_sso_organisation(text, text)',
  'pulse_sso_sign_in_organisation(text)',
  'pulse_sso_domains_claimed_elsewhere(uuid, text[])',
];

export const TENANT_SETTING = 'app.organisation_id';
const POLICY = `"organisation_id" = nullif(current_setting('${TENANT_SETTING}', true), '')::uuid`;

export class IsolateTenantsInTheDatabase1796680000000 implements MigrationInterface {
  name = 'IsolateTenantsInTheDatabase1796680000000';

  public async up(q: QueryRunner): Promise<void> {
    // Existing data: an optional reference into another organisation could only come from a bug;
    // it is cleared (the composite key below would refuse it). Required ones make the migration fail loudly.
    for (const r of [...REFERENCES, ...NEW_REFERENCES].filter((x) => x.onDelete.startsWith('SET NULL'))) {
      await q.query(
        `UPDATE "${r.table}" c SET "${r.column}" = NULL WHERE "${r.column}" IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM "${r.target}" t WHERE t."id" = c."${r.column}" AND t."organisation_id" = c."organisation_id")`,
      );
    }
    for (const t of REFERENCED) await q.query(`CREATE UNIQUE INDEX "${t}_org_id" ON "${t}" ("organisation_id", "id")`);
    for (const r of REFERENCES) {
      await q.query(`ALTER TABLE "${r.table}" DROP CONSTRAINT "${r.old}"`);
      await q.query(
        `ALTER TABLE "${r.table}" ADD CONSTRAINT "${r.name}" FOREIGN KEY ("organisation_id", "${r.column}") REFERENCES "${r.target}"("organisation_id", "id") ON DELETE ${r.onDelete} ON UPDATE NO ACTION`,
      );
    }
    for (const r of NEW_REFERENCES) {
      await q.query(
        `ALTER TABLE "${r.table}" ADD CONSTRAINT "${r.name}" FOREIGN KEY ("organisation_id", "${r.column}") REFERENCES "${r.target}"("organisation_id", "id") ON DELETE ${r.onDelete} ON UPDATE NO ACTION`,
      );
    }

    // Answers: whole numbers within the widest answer scale of the instrument library (CBI, 0–100).
    await q.query(`CREATE FUNCTION pulse_answers_in_range(answers jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT jsonb_typeof(answers) = 'object' AND NOT EXISTS (
        SELECT 1 FROM jsonb_each(answers) AS e(item, value)
         WHERE NOT CASE WHEN jsonb_typeof(e.value) = 'number'
                        THEN e.value::numeric BETWEEN 0 AND 100 AND e.value::numeric = trunc(e.value::numeric)
                        ELSE false END)
    $$`);
    await q.query(`ALTER TABLE "pulse_response" ADD CONSTRAINT "pulse_response_answers_in_range" CHECK (pulse_answers_in_range("answers"))`);

    // Roles are cluster-wide: another database of the same server may have created them already.
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pulse_app') THEN
        CREATE ROLE pulse_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
      END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pulse_auth') THEN
        CREATE ROLE pulse_auth NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
      END IF;
      -- A migrating owner that is not a superuser hands the look-up functions to pulse_auth through membership.
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT pulse_auth TO %I', current_user);
        GRANT CREATE ON SCHEMA public TO pulse_auth;
      END IF;
    END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO pulse_app, pulse_auth`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pulse_app`);
    // Readable (the readiness check asks whether migrations are pending), never writable.
    await q.query(`REVOKE ALL ON TABLE "migrations" FROM pulse_app`);
    await q.query(`GRANT SELECT ON TABLE "migrations" TO pulse_app`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO pulse_app`);
    // Tables of later migrations are reachable too; the RLS meta-test makes sure they get a policy.
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pulse_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pulse_app`);

    // Every tenant table, read from the catalog: RLS enabled and forced (the owner too), one policy.
    const tables: Array<{ table_name: string }> = await q.query(
      `SELECT c.relname AS table_name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attname = 'organisation_id' AND NOT a.attisdropped ORDER BY 1`,
    );
    for (const { table_name: t } of tables) {
      await q.query(`ALTER TABLE "${t}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${t}" FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "tenant_isolation" ON "${t}" USING (${POLICY}) WITH CHECK (${POLICY})`);
    }

    // Before the organisation is known: a session token, an e-mail signing in, a SCIM bearer token,
    // the e-mail domain or slug starting a single sign-on, the state of a single sign-on coming back,
    // and whether another organisation already claims an e-mail domain. Only these functions read
    // across organisations, only the columns they return, and only pulse_auth's policy lets them.
    for (const t of LOOKUP_TABLES) {
      await q.query(`GRANT SELECT ON "${t}" TO pulse_auth`);
      await q.query(`CREATE POLICY "pre_tenant_lookup" ON "${t}" FOR SELECT TO pulse_auth USING (true)`);
    }
    await q.query(`GRANT SELECT ON "organisation" TO pulse_auth`);
    // A session counts while it is live, its account enabled and its person's exit date not come (midnight UTC).
    await q.query(`CREATE FUNCTION pulse_session_actors(token_hashes text[])
      RETURNS TABLE (token_hash text, session_id uuid, account_id uuid, person_id uuid, organisation_id uuid, roles text[])
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT s.token_hash, s.id, a.id, a.person_id, a.organisation_id, a.roles
          FROM session s JOIN account a ON a.id = s.account_id AND a.organisation_id = s.organisation_id
          JOIN person p ON p.id = a.person_id AND p.organisation_id = a.organisation_id
         WHERE s.token_hash = ANY(token_hashes) AND s.revoked_at IS NULL AND s.expires_at > now() AND a.disabled_at IS NULL
           AND (p.exit_date IS NULL OR p.exit_date > (now() AT TIME ZONE 'UTC')::date)
    $$`);
    // Disabled and exited accounts are returned too: the password is checked for them all, so
    // neither the answer nor its timing tells which of them exist.
    await q.query(`CREATE FUNCTION pulse_sign_in_candidates(login_email text)
      RETURNS TABLE (id uuid, organisation_id uuid, person_id uuid, email text, password_hash text, roles text[],
                     disabled_at timestamptz, disabled_reason text, created_at timestamptz, exited boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT a.id, a.organisation_id, a.person_id, a.email, a.password_hash, a.roles, a.disabled_at, a.disabled_reason, a.created_at,
               coalesce(p.exit_date <= (now() AT TIME ZONE 'UTC')::date, false)
          FROM account a JOIN person p ON p.id = a.person_id AND p.organisation_id = a.organisation_id
         WHERE a.email = login_email ORDER BY a.created_at LIMIT 5
    $$`);
    // The token and organisation behind a SCIM bearer token's hash, while it is not revoked.
    await q.query(`CREATE FUNCTION pulse_scim_token_caller(hash text)
      RETURNS TABLE (token_id uuid, organisation_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT t.id, t.organisation_id FROM scim_token t WHERE t.token_hash = hash AND t.revoked_at IS NULL
    $$`);
    // The organisation whose enabled single sign-on serves an e-mail domain or an organisation slug.
    await q.query(`CREATE FUNCTION pulse_sso_organisation(login_domain text, login_slug text)
      RETURNS uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT c.organisation_id FROM oidc_connection c JOIN organisation o ON o.id = c.organisation_id
         WHERE c.enabled AND (login_domain = ANY(c.email_domains) OR o.slug = login_slug)
         ORDER BY (login_domain = ANY(c.email_domains)) DESC, c.organisation_id LIMIT 1
    $$`);
    // The organisation of a single sign-on in flight, by the hash of its state.
    await q.query(`CREATE FUNCTION pulse_sso_sign_in_organisation(hash text)
      RETURNS uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT s.organisation_id FROM oidc_sign_in s WHERE s.state_hash = hash
    $$`);
    // Which of these e-mail domains another organisation's single sign-on already claims.
    await q.query(`CREATE FUNCTION pulse_sso_domains_claimed_elsewhere(own_organisation uuid, domains text[])
      RETURNS SETOF text
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT unnest(c.email_domains) FROM oidc_connection c WHERE c.organisation_id <> own_organisation
        INTERSECT SELECT unnest(domains)
    $$`);
    for (const fn of LOOKUP_FUNCTIONS) {
      await q.query(`ALTER FUNCTION ${fn} OWNER TO pulse_auth`);
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO pulse_app`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const fn of [...LOOKUP_FUNCTIONS].reverse()) await q.query(`DROP FUNCTION ${fn}`);
    await q.query(`REVOKE SELECT ON "organisation" FROM pulse_auth`);
    for (const t of LOOKUP_TABLES) {
      await q.query(`DROP POLICY "pre_tenant_lookup" ON "${t}"`);
      await q.query(`REVOKE SELECT ON "${t}" FROM pulse_auth`);
    }
    const tables: Array<{ tablename: string }> = await q.query(`SELECT tablename FROM pg_policies WHERE schemaname = 'public' AND policyname = 'tenant_isolation'`);
    for (const { tablename: t } of tables) {
      await q.query(`DROP POLICY "tenant_isolation" ON "${t}"`);
      await q.query(`ALTER TABLE "${t}" NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${t}" DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM pulse_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM pulse_app`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM pulse_app`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM pulse_app`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM pulse_app, pulse_auth`);
    // The roles stay: other databases of the same server may use them.
    await q.query(`ALTER TABLE "pulse_response" DROP CONSTRAINT "pulse_response_answers_in_range"`);
    await q.query(`DROP FUNCTION pulse_answers_in_range(jsonb)`);
    for (const r of NEW_REFERENCES) await q.query(`ALTER TABLE "${r.table}" DROP CONSTRAINT "${r.name}"`);
    for (const r of [...REFERENCES].reverse()) {
      await q.query(`ALTER TABLE "${r.table}" DROP CONSTRAINT "${r.name}"`);
      const onDelete = r.onDelete.startsWith('SET NULL') ? 'SET NULL' : r.onDelete;
      await q.query(`ALTER TABLE "${r.table}" ADD CONSTRAINT "${r.old}" FOREIGN KEY ("${r.column}") REFERENCES "${r.target}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`);
    }
    for (const t of REFERENCED) await q.query(`DROP INDEX "public"."${t}_org_id"`);
  }
}
