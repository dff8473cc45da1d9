-- The backup role (ADR 0017): pulse_backup reads every row of the app's schemas, past forced
-- row-level security (BYPASSRLS), and can change nothing. Run it as a superuser (only a superuser,
-- or a role that itself has BYPASSRLS and CREATEROLE, may give a role BYPASSRLS) in the app's
-- database, after the app has started once (so that the pgboss schema exists); running it again is
-- harmless. Then give the role a password: `\password pulse_backup` in psql, or `npm run backup:role`.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pulse_backup') THEN
    CREATE ROLE pulse_backup;
  END IF;
END $$;
ALTER ROLE pulse_backup LOGIN NOSUPERUSER BYPASSRLS NOINHERIT NOCREATEDB NOCREATEROLE NOREPLICATION;
-- pg_dump only reads; a leaked backup password must not be a way to write.
ALTER ROLE pulse_backup SET default_transaction_read_only = on;
DO $$
DECLARE
  s text;
  -- Whoever ran the migrations (the app's DATABASE_URL role) creates the later tables.
  app_owner text := coalesce((SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'migrations'), current_user);
BEGIN
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO pulse_backup', current_database());
  FOREACH s IN ARRAY ARRAY['public', 'pgboss'] LOOP
    IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = s) THEN
      EXECUTE format('GRANT USAGE ON SCHEMA %I TO pulse_backup', s);
      EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO pulse_backup', s);
      EXECUTE format('GRANT SELECT ON ALL SEQUENCES IN SCHEMA %I TO pulse_backup', s);
      -- Tables that later migrations and pg-boss create are readable too.
      EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT ON TABLES TO pulse_backup', app_owner, s);
      EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT ON SEQUENCES TO pulse_backup', app_owner, s);
    END IF;
  END LOOP;
END $$;
