import { MigrationInterface, QueryRunner } from "typeorm";

export class CreatePeopleAndIdentity1795609366066 implements MigrationInterface {
    name = 'CreatePeopleAndIdentity1795609366066'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "confidentiality_k" integer NOT NULL DEFAULT '5', "locales" text array NOT NULL DEFAULT '{en,zh-Hans,zh-Hant,pl}', "support_message" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b800a0efd2f9f19719d0c4d793d" UNIQUE ("slug"), CONSTRAINT "organisation_k_min" CHECK ("confidentiality_k" >= 3), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "actor_account_id" uuid, "action" text NOT NULL, "subject" text, "detail" jsonb NOT NULL DEFAULT '{}', "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_event_org_at" ON "audit_event"  ("organisation_id", "at") `);
        await queryRunner.query(`CREATE TABLE "team" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "parent_id" uuid, "name" text NOT NULL, "path" text NOT NULL, "lead_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f57d8293406df4af348402e4b74" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "team_org_parent" ON "team"  ("organisation_id", "parent_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "team_org_path" ON "team"  ("organisation_id", "path") `);
        await queryRunner.query(`CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "hris_id" text NOT NULL, "email" text NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "job_title" text, "level" text, "team_id" uuid, "manager_id" uuid, "work_mode" text NOT NULL, "site" text, "time_zone" text NOT NULL, "shift_pattern" jsonb NOT NULL DEFAULT '[]', "language" text NOT NULL DEFAULT 'en', "hire_date" date NOT NULL, "exit_date" date, "exit_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "person_email_lower" CHECK ("email" = lower("email")), CONSTRAINT "person_exit" CHECK (("exit_date" IS NULL AND "exit_reason" IS NULL) OR ("exit_date" IS NOT NULL AND "exit_reason" IN ('VOLUNTARY','INVOLUNTARY'))), CONSTRAINT "person_work_mode" CHECK ("work_mode" IN ('REMOTE','HYBRID','OFFICE')), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "person_org_team" ON "person"  ("organisation_id", "team_id") `);
        await queryRunner.query(`CREATE INDEX "person_org_manager" ON "person"  ("organisation_id", "manager_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "person_org_email" ON "person"  ("organisation_id", "email") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "person_org_hris" ON "person"  ("organisation_id", "hris_id") `);
        await queryRunner.query(`CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "email" text NOT NULL, "password_hash" text, "roles" text array NOT NULL DEFAULT '{AGENT}', "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "account_email" ON "account"  ("email") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "account_person" ON "account"  ("person_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "account_org_email" ON "account"  ("organisation_id", "email") `);
        await queryRunner.query(`CREATE TABLE "login_attempt" ("id" BIGSERIAL NOT NULL, "key" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_72829cd4f7424e3cdfd46c476c0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "login_attempt_key_at" ON "login_attempt"  ("key", "at") `);
        await queryRunner.query(`CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "account_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "session_account" ON "session"  ("account_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "session_token" ON "session"  ("token_hash") `);
        await queryRunner.query(`CREATE TABLE "work_mode_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "work_mode" text NOT NULL, "effective_from" date NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "work_mode_change_mode" CHECK ("work_mode" IN ('REMOTE','HYBRID','OFFICE')), CONSTRAINT "PK_9d84c4e9010f27c11b020dd35ca" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "work_mode_change_org" ON "work_mode_change"  ("organisation_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "work_mode_change_person_from" ON "work_mode_change"  ("person_id", "effective_from") `);
        await queryRunner.query(`CREATE TABLE "weekly_signal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "week_start" date NOT NULL, "contacts_handled" integer, "occupancy_pct" numeric(5,2), "overtime_hours" numeric(5,2), "adherence_pct" numeric(5,2), "qa_score" numeric(5,2), "csat" numeric(5,2), CONSTRAINT "PK_dfd78f6765dddeb480bf4986a07" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "weekly_signal_org_week" ON "weekly_signal"  ("organisation_id", "week_start") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "weekly_signal_person_week" ON "weekly_signal"  ("person_id", "week_start") `);
        await queryRunner.query(`ALTER TABLE "audit_event" ADD CONSTRAINT "FK_65698017376224f2fceed532582" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "team" ADD CONSTRAINT "FK_f86f7d0f12e5ce185e6813b040d" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "team" ADD CONSTRAINT "FK_62f429bfbac9ccd28d3a63a3308" FOREIGN KEY ("parent_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "team" ADD CONSTRAINT "FK_a71a2056b907bd6d8342afd3fb1" FOREIGN KEY ("lead_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "FK_53e60754c1edacbd248622810d8" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "FK_cb033a3b70363fb8a5de534fbc7" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "FK_52805351546c5fbcecb95df520f" FOREIGN KEY ("manager_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "FK_73b5a14ecc8f5529ea98a746d51" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "FK_fae5a6b4a57f098e9af8520d499" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "work_mode_change" ADD CONSTRAINT "FK_618378c6d9e9da2f25e22e59a64" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "weekly_signal" ADD CONSTRAINT "FK_7a3fabfd1b9b14ef3c33bf56535" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "weekly_signal" DROP CONSTRAINT "FK_7a3fabfd1b9b14ef3c33bf56535"`);
        await queryRunner.query(`ALTER TABLE "work_mode_change" DROP CONSTRAINT "FK_618378c6d9e9da2f25e22e59a64"`);
        await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_fae5a6b4a57f098e9af8520d499"`);
        await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "FK_73b5a14ecc8f5529ea98a746d51"`);
        await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_52805351546c5fbcecb95df520f"`);
        await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_cb033a3b70363fb8a5de534fbc7"`);
        await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_53e60754c1edacbd248622810d8"`);
        await queryRunner.query(`ALTER TABLE "team" DROP CONSTRAINT "FK_a71a2056b907bd6d8342afd3fb1"`);
        await queryRunner.query(`ALTER TABLE "team" DROP CONSTRAINT "FK_62f429bfbac9ccd28d3a63a3308"`);
        await queryRunner.query(`ALTER TABLE "team" DROP CONSTRAINT "FK_f86f7d0f12e5ce185e6813b040d"`);
        await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "FK_65698017376224f2fceed532582"`);
        await queryRunner.query(`DROP INDEX "public"."weekly_signal_person_week"`);
        await queryRunner.query(`DROP INDEX "public"."weekly_signal_org_week"`);
        await queryRunner.query(`DROP TABLE "weekly_signal"`);
        await queryRunner.query(`DROP INDEX "public"."work_mode_change_person_from"`);
        await queryRunner.query(`DROP INDEX "public"."work_mode_change_org"`);
        await queryRunner.query(`DROP TABLE "work_mode_change"`);
        await queryRunner.query(`DROP INDEX "public"."session_token"`);
        await queryRunner.query(`DROP INDEX "public"."session_account"`);
        await queryRunner.query(`DROP TABLE "session"`);
        await queryRunner.query(`DROP INDEX "public"."login_attempt_key_at"`);
        await queryRunner.query(`DROP TABLE "login_attempt"`);
        await queryRunner.query(`DROP INDEX "public"."account_org_email"`);
        await queryRunner.query(`DROP INDEX "public"."account_person"`);
        await queryRunner.query(`DROP INDEX "public"."account_email"`);
        await queryRunner.query(`DROP TABLE "account"`);
        await queryRunner.query(`DROP INDEX "public"."person_org_hris"`);
        await queryRunner.query(`DROP INDEX "public"."person_org_email"`);
        await queryRunner.query(`DROP INDEX "public"."person_org_manager"`);
        await queryRunner.query(`DROP INDEX "public"."person_org_team"`);
        await queryRunner.query(`DROP TABLE "person"`);
        await queryRunner.query(`DROP INDEX "public"."team_org_path"`);
        await queryRunner.query(`DROP INDEX "public"."team_org_parent"`);
        await queryRunner.query(`DROP TABLE "team"`);
        await queryRunner.query(`DROP INDEX "public"."audit_event_org_at"`);
        await queryRunner.query(`DROP TABLE "audit_event"`);
        await queryRunner.query(`DROP TABLE "organisation"`);
    }

}
