import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every key of a tenant table includes organisation_id (ADR 0016), so the tables can be distributed
 * by organisation (Citus) without another schema change:
 * - primary keys become (organisation_id, id) (the link and aggregate tables put organisation_id
 *   first in theirs); the separate unique (organisation_id, id) indexes the references used go;
 * - unique indexes without organisation_id get it: first where the rule is per organisation, last
 *   where the look-up before the organisation is known reads by the random token or state alone;
 * - references between tenant tables now point at the primary keys, and the optional ones no longer
 *   `ON DELETE SET NULL (x)`: Citus refuses SET NULL on any foreign key that contains the
 *   distribution column, even with a column list. They are NO ACTION; the only rows the API deletes
 *   that others reference are accounts, and that code clears the three references first.
 */

/** New primary keys, named as TypeORM names them (the drift check compares names). */
const PRIMARY_KEYS: ReadonlyArray<{ table: string; name: string; old: string; columns: string[] }> = [
  { table: 'account', name: 'PK_8d51dbd80dd7d59a3a58359a878', old: 'PK_54115ee388cdb6d86bb4bf5b2ea', columns: ['id'] },
  { table: 'action_plan', name: 'PK_1c2d004c2b2820015049c4acd6b', old: 'PK_73de59f4ddad48bad469c1afdbd', columns: ['id'] },
  { table: 'audit_event', name: 'PK_bd52e485929dd65bb63eca2f3f0', old: 'PK_481efbe8b0a403efe3f47a6528f', columns: ['id'] },
  { table: 'career_ladder_version', name: 'PK_2d92873120da73c29e1a47b67ed', old: 'PK_9613617e8d11d0060c8c966e292', columns: ['id'] },
  { table: 'career_level_change', name: 'PK_3e0c12adb0d33973be5867b2ed6', old: 'PK_f3aad0373d15b1b0bcc8ab85295', columns: ['id'] },
  { table: 'competency_assessment', name: 'PK_0d17c79cd4f3c23e37cd8d642a3', old: 'PK_cc15ff0f56228d26d71df30d1ec', columns: ['id'] },
  { table: 'customer_insight', name: 'PK_62505bc89be9683fa4d62f7ebaa', old: 'PK_e4496e7355386ca919f2bb51258', columns: ['id'] },
  { table: 'oidc_sign_in', name: 'PK_a3efe0e940cd8bbf59dc90f211f', old: 'PK_dc1684b2003586e23fd3281d9d2', columns: ['id'] },
  { table: 'person', name: 'PK_af65277ca2f62b4610e92c4e841', old: 'PK_5fdaf670315c4b7e70cce85daa3', columns: ['id'] },
  { table: 'pulse_alert', name: 'PK_488aa67c005604dfdac3622d641', old: 'PK_cb15644f484cf18c0b0607db973', columns: ['id'] },
  { table: 'pulse_invitation', name: 'PK_d821fc98c70bc226b7fab158097', old: 'PK_e0fa22a943202e2920ee172a4fa', columns: ['wave_id', 'person_id'] },
  { table: 'pulse_program', name: 'PK_1d19d84a6051ee372d5a26d543e', old: 'PK_487f964a0a3b1a5236187e6ad31', columns: ['id'] },
  { table: 'pulse_response', name: 'PK_ba5dd6218f48c4aeaa880fc231a', old: 'PK_6eb3aa1362659d77d08d1bcc3a1', columns: ['id'] },
  { table: 'pulse_rollup', name: 'PK_37cd4ba705c40f1498c3d4b596a', old: 'PK_3c665e5760e436a101ac5ff9d7f', columns: ['wave_id', 'team_key', 'work_mode', 'tenure_band'] },
  { table: 'pulse_wave', name: 'PK_36e0025051a84786e0bfe641429', old: 'PK_1e5e9cb6b10fb337814af83ab9f', columns: ['id'] },
  { table: 'scim_token', name: 'PK_03cdd962c109ce41da2e0a4b706', old: 'PK_a5715b8446ee4a9cc6c0f19054d', columns: ['id'] },
  { table: 'session', name: 'PK_211da496fd41297b5831dd0295f', old: 'PK_f55da76ac1c3ac420f444d2ff11', columns: ['id'] },
  { table: 'team', name: 'PK_b2a0a25670b032dac54e1176573', old: 'PK_f57d8293406df4af348402e4b74', columns: ['id'] },
  { table: 'weekly_signal', name: 'PK_fca1b04fa0fb7b8bdcd75458144', old: 'PK_dfd78f6765dddeb480bf4986a07', columns: ['id'] },
  { table: 'work_mode_change', name: 'PK_dfad391242abc1a30de2f8a8202', old: 'PK_9d84c4e9010f27c11b020dd35ca', columns: ['id'] },
];

/** The unique (organisation_id, id) indexes references used until now: the primary keys take their place. */
const ORG_ID_INDEXES = ['team', 'person', 'account', 'pulse_program', 'pulse_wave', 'career_ladder_version'];

/** Unique indexes widened by organisation_id: the rule stays per organisation (ids and tokens are random uuids/hashes). */
const UNIQUE_INDEXES: ReadonlyArray<{ name: string; table: string; old: string[]; now: string[] }> = [
  { name: 'account_person', table: 'account', old: ['person_id'], now: ['organisation_id', 'person_id'] },
  { name: 'session_token', table: 'session', old: ['token_hash'], now: ['token_hash', 'organisation_id'] },
  { name: 'scim_token_hash', table: 'scim_token', old: ['token_hash'], now: ['token_hash', 'organisation_id'] },
  { name: 'oidc_sign_in_state', table: 'oidc_sign_in', old: ['state_hash'], now: ['state_hash', 'organisation_id'] },
  { name: 'pulse_alert_wave_group_kind', table: 'pulse_alert', old: ['wave_id', 'team_key', 'work_mode', 'kind'], now: ['organisation_id', 'wave_id', 'team_key', 'work_mode', 'kind'] },
  { name: 'pulse_response_wave_person', table: 'pulse_response', old: ['wave_id', 'person_id'], now: ['organisation_id', 'wave_id', 'person_id'] },
  { name: 'pulse_wave_program_period', table: 'pulse_wave', old: ['program_id', 'period_start'], now: ['organisation_id', 'program_id', 'period_start'] },
  { name: 'pulse_wave_program_sequence', table: 'pulse_wave', old: ['program_id', 'sequence'], now: ['organisation_id', 'program_id', 'sequence'] },
  { name: 'weekly_signal_person_week', table: 'weekly_signal', old: ['person_id', 'week_start'], now: ['organisation_id', 'person_id', 'week_start'] },
  { name: 'work_mode_change_person_from', table: 'work_mode_change', old: ['person_id', 'effective_from'], now: ['organisation_id', 'person_id', 'effective_from'] },
];

/** The optional references that cleared their column on delete until now (restored by down()). */
const SET_NULL_REFERENCES: ReadonlyArray<{ table: string; name: string; column: string }> = [
  { table: 'team', name: 'team_lead_same_organisation', column: 'lead_id' },
  { table: 'person', name: 'person_team_same_organisation', column: 'team_id' },
  { table: 'person', name: 'person_manager_same_organisation', column: 'manager_id' },
  { table: 'pulse_response', name: 'pulse_response_person_same_organisation', column: 'person_id' },
  { table: 'scim_token', name: 'scim_token_created_by_same_organisation', column: 'created_by_account_id' },
  { table: 'career_ladder_version', name: 'career_ladder_version_published_by_same_organisation', column: 'published_by_account_id' },
  { table: 'career_level_change', name: 'career_level_change_decided_by_same_organisation', column: 'decided_by_account_id' },
  { table: 'competency_assessment', name: 'competency_assessment_assessor_same_organisation', column: 'assessor_person_id' },
  { table: 'customer_insight', name: 'customer_insight_team_same_organisation', column: 'team_id' },
  { table: 'customer_insight', name: 'customer_insight_triaged_by_same_organisation', column: 'triaged_by_person_id' },
];

const cols = (c: string[]) => c.map((x) => `"${x}"`).join(', ');

/** Every foreign key between two tenant tables, as PostgreSQL prints it. */
async function tenantReferences(q: QueryRunner): Promise<Array<{ table: string; name: string; definition: string }>> {
  return q.query(
    `SELECT c.relname AS "table", f.conname AS name, pg_get_constraintdef(f.oid) AS definition
       FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE f.contype = 'f' AND n.nspname = 'public'
        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = f.confrelid AND a.attname = 'organisation_id' AND NOT a.attisdropped)
      ORDER BY 1, 2`,
  );
}

export class KeyTenantTablesByOrganisation1796700000000 implements MigrationInterface {
  name = 'KeyTenantTablesByOrganisation1796700000000';

  public async up(q: QueryRunner): Promise<void> {
    // References depend on the keys they point at: dropped here, added back below against the new keys.
    const references = await tenantReferences(q);
    for (const r of references) await q.query(`ALTER TABLE "${r.table}" DROP CONSTRAINT "${r.name}"`);

    for (const k of PRIMARY_KEYS) {
      await q.query(`ALTER TABLE "${k.table}" DROP CONSTRAINT "${k.old}", ADD CONSTRAINT "${k.name}" PRIMARY KEY (${cols(['organisation_id', ...k.columns])})`);
    }
    for (const t of ORG_ID_INDEXES) await q.query(`DROP INDEX "public"."${t}_org_id"`);
    for (const i of UNIQUE_INDEXES) {
      await q.query(`DROP INDEX "public"."${i.name}"`);
      await q.query(`CREATE UNIQUE INDEX "${i.name}" ON "${i.table}" (${cols(i.now)})`);
    }

    // ON DELETE SET NULL (x) becomes the default, NO ACTION (Citus allows no SET NULL on a key holding the distribution column).
    for (const r of references) {
      const definition = r.definition.replace(/ ON DELETE SET NULL \([^)]*\)/, '');
      await q.query(`ALTER TABLE "${r.table}" ADD CONSTRAINT "${r.name}" ${definition}`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    const references = await tenantReferences(q);
    for (const r of references) await q.query(`ALTER TABLE "${r.table}" DROP CONSTRAINT "${r.name}"`);
    for (const i of UNIQUE_INDEXES) {
      await q.query(`DROP INDEX "public"."${i.name}"`);
      await q.query(`CREATE UNIQUE INDEX "${i.name}" ON "${i.table}" (${cols(i.old)})`);
    }
    for (const t of ORG_ID_INDEXES) await q.query(`CREATE UNIQUE INDEX "${t}_org_id" ON "${t}" ("organisation_id", "id")`);
    for (const k of PRIMARY_KEYS) {
      await q.query(`ALTER TABLE "${k.table}" DROP CONSTRAINT "${k.name}", ADD CONSTRAINT "${k.old}" PRIMARY KEY (${cols(k.columns)})`);
    }
    for (const r of references) {
      const setNull = SET_NULL_REFERENCES.find((s) => s.table === r.table && s.name === r.name);
      const definition = setNull ? `${r.definition} ON DELETE SET NULL ("${setNull.column}")` : r.definition;
      await q.query(`ALTER TABLE "${r.table}" ADD CONSTRAINT "${r.name}" ${definition}`);
    }
  }
}
