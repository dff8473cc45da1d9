import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Career ladders and progression (SPEC §5, issue 11): ladder versions, the HRIS level map, level
 * changes (promotions), competency assessments, goals and customer insights. Every table carries
 * organisation_id, every reference between tenant tables is (organisation_id, x_id) →
 * (organisation_id, id), and every table has row-level security enabled, forced and the tenant
 * policy of IsolateTenantsInTheDatabase1796680000000 (ADR 0013). Optional references clear only
 * their own column on delete (`SET NULL (x)`), which TypeORM cannot write, so this is by hand.
 */
const TABLES = ['career_ladder_version', 'career_hris_level_map', 'career_level_change', 'competency_assessment', 'career_goal', 'customer_insight'];
const POLICY = `"organisation_id" = nullif(current_setting('app.organisation_id', true), '')::uuid`;

export class CreateCareerLadders1796690000000 implements MigrationInterface {
  name = 'CreateCareerLadders1796690000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "career_ladder_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "effective_from" date NOT NULL, "definition" jsonb NOT NULL, "published_by_account_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "note" text, CONSTRAINT "PK_9613617e8d11d0060c8c966e292" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "career_ladder_version_org_effective" ON "career_ladder_version" ("organisation_id", "effective_from") `);
    await q.query(`CREATE UNIQUE INDEX "career_ladder_version_org_id" ON "career_ladder_version" ("organisation_id", "id") `);

    await q.query(
      `CREATE TABLE "career_hris_level_map" ("organisation_id" uuid NOT NULL, "hris_level" text NOT NULL, "level_key" text NOT NULL, CONSTRAINT "PK_5fd34ad3dc02bb2d2cfbfbb0e2b" PRIMARY KEY ("organisation_id", "hris_level"))`,
    );

    await q.query(
      `CREATE TABLE "career_level_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "level_key" text NOT NULL, "effective_date" date NOT NULL, "source" text NOT NULL, "from_level_key" text, "ladder_version_id" uuid, "decided_by_account_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "idempotency_key" text, CONSTRAINT "career_level_change_source" CHECK ("source" IN ('INITIAL','HRIS_MAPPING','PROMOTION','LATERAL')), CONSTRAINT "PK_f3aad0373d15b1b0bcc8ab85295" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "career_level_change_org_person_date" ON "career_level_change" ("organisation_id", "person_id", "effective_date") `);
    await q.query(`CREATE UNIQUE INDEX "career_level_change_org_idempotency" ON "career_level_change" ("organisation_id", "idempotency_key") `);

    await q.query(
      `CREATE TABLE "competency_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "competency_key" text NOT NULL, "assessor_kind" text NOT NULL, "assessor_person_id" uuid, "proficiency" smallint NOT NULL, "evidence" text, "ladder_version_id" uuid NOT NULL, "assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "competency_assessment_proficiency" CHECK ("proficiency" BETWEEN 1 AND 5), CONSTRAINT "competency_assessment_assessor_kind" CHECK ("assessor_kind" IN ('SELF','MANAGER','PEER')), CONSTRAINT "PK_cc15ff0f56228d26d71df30d1ec" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "competency_assessment_org_person_at" ON "competency_assessment" ("organisation_id", "person_id", "assessed_at") `);

    await q.query(
      `CREATE TABLE "career_goal" ("organisation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "target_level_key" text NOT NULL, "set_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3154da3d205dc65038ce0d564e2" PRIMARY KEY ("organisation_id", "person_id"))`,
    );

    await q.query(
      `CREATE TABLE "customer_insight" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "author_person_id" uuid NOT NULL, "team_id" uuid, "title" text NOT NULL, "customer_said" text NOT NULL, "frequency" text NOT NULL, "suggested_change" text NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'NEW', "decline_reason" text, "triaged_by_person_id" uuid, "triaged_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "customer_insight_declined_has_reason" CHECK ("status" <> 'DECLINED' OR "decline_reason" IS NOT NULL), CONSTRAINT "customer_insight_status" CHECK ("status" IN ('NEW','ACCEPTED','DONE','DECLINED')), CONSTRAINT "customer_insight_frequency" CHECK ("frequency" IN ('ONCE','WEEKLY','DAILY','MANY_TIMES_A_DAY')), CONSTRAINT "PK_e4496e7355386ca919f2bb51258" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "customer_insight_org_author" ON "customer_insight" ("organisation_id", "author_person_id", "created_at") `);
    await q.query(`CREATE INDEX "customer_insight_org_status" ON "customer_insight" ("organisation_id", "status", "created_at") `);

    // The organisation itself is not a tenant table: a plain key, deleting the organisation deletes its ladder.
    await q.query(`ALTER TABLE "career_ladder_version" ADD CONSTRAINT "FK_6bd4a2ef5444f37f1fe9492b150" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "career_hris_level_map" ADD CONSTRAINT "FK_bb0bc0308628c0ad4a6ddef0622" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    const refs: Array<[table: string, name: string, column: string, target: string, onDelete: string]> = [
      ['career_ladder_version', 'career_ladder_version_published_by_same_organisation', 'published_by_account_id', 'account', 'SET NULL ("published_by_account_id")'],
      ['career_level_change', 'career_level_change_person_same_organisation', 'person_id', 'person', 'CASCADE'],
      ['career_level_change', 'career_level_change_version_same_organisation', 'ladder_version_id', 'career_ladder_version', 'RESTRICT'],
      ['career_level_change', 'career_level_change_decided_by_same_organisation', 'decided_by_account_id', 'account', 'SET NULL ("decided_by_account_id")'],
      ['competency_assessment', 'competency_assessment_person_same_organisation', 'person_id', 'person', 'CASCADE'],
      ['competency_assessment', 'competency_assessment_assessor_same_organisation', 'assessor_person_id', 'person', 'SET NULL ("assessor_person_id")'],
      ['competency_assessment', 'competency_assessment_version_same_organisation', 'ladder_version_id', 'career_ladder_version', 'RESTRICT'],
      ['career_goal', 'career_goal_person_same_organisation', 'person_id', 'person', 'CASCADE'],
      ['customer_insight', 'customer_insight_author_same_organisation', 'author_person_id', 'person', 'CASCADE'],
      ['customer_insight', 'customer_insight_team_same_organisation', 'team_id', 'team', 'SET NULL ("team_id")'],
      ['customer_insight', 'customer_insight_triaged_by_same_organisation', 'triaged_by_person_id', 'person', 'SET NULL ("triaged_by_person_id")'],
    ];
    for (const [table, name, column, target, onDelete] of refs) {
      await q.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("organisation_id", "${column}") REFERENCES "${target}"("organisation_id", "id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }

    for (const t of TABLES) {
      await q.query(`ALTER TABLE "${t}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${t}" FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "tenant_isolation" ON "${t}" USING (${POLICY}) WITH CHECK (${POLICY})`);
      // The default privileges cover tables the migrating owner creates; granted explicitly all the same.
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${t}" TO pulse_app`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of [...TABLES].reverse()) await q.query(`DROP TABLE "${t}"`);
  }
}
