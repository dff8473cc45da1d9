import { MigrationInterface, QueryRunner } from "typeorm";

export class CreatePulse1795618272125 implements MigrationInterface {
    name = 'CreatePulse1795618272125'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "action_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "team_id" uuid NOT NULL, "program_id" uuid NOT NULL, "title" text NOT NULL, "owner_person_id" uuid NOT NULL, "due_on" date NOT NULL, "measure" text NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "created_by_account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "action_plan_status" CHECK ("status" IN ('OPEN','DONE','CANCELLED')), CONSTRAINT "PK_73de59f4ddad48bad469c1afdbd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "action_plan_org_team" ON "action_plan"  ("organisation_id", "team_id") `);
        await queryRunner.query(`CREATE TABLE "pulse_alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "wave_id" uuid NOT NULL, "team_key" text NOT NULL, "work_mode" text NOT NULL DEFAULT 'ALL', "kind" text NOT NULL, "detail" jsonb NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pulse_alert_kind" CHECK ("kind" IN ('BURNOUT_RISING','PARTICIPATION_FALLING')), CONSTRAINT "PK_cb15644f484cf18c0b0607db973" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "pulse_alert_org_created" ON "pulse_alert"  ("organisation_id", "created_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "pulse_alert_wave_group_kind" ON "pulse_alert"  ("wave_id", "team_key", "work_mode", "kind") `);
        await queryRunner.query(`CREATE TABLE "pulse_program" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" text NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "audience_team_ids" uuid array NOT NULL DEFAULT '{}', "audience_work_modes" text array NOT NULL DEFAULT '{}', "audience_levels" text array NOT NULL DEFAULT '{}', "cadence" text NOT NULL, "items_per_pulse" integer NOT NULL, "item_ids" text array NOT NULL, "window_hours" integer NOT NULL DEFAULT '72', "reminder_hours_before_close" integer, "starts_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pulse_program_window" CHECK ("window_hours" BETWEEN 1 AND 336), CONSTRAINT "pulse_program_items_per_pulse" CHECK ("items_per_pulse" BETWEEN 1 AND 5), CONSTRAINT "pulse_program_cadence" CHECK ("cadence" IN ('WEEKLY','BIWEEKLY','MONTHLY')), CONSTRAINT "pulse_program_status" CHECK ("status" IN ('DRAFT','ACTIVE','PAUSED','ARCHIVED')), CONSTRAINT "PK_487f964a0a3b1a5236187e6ad31" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "pulse_program_org_name" ON "pulse_program"  ("organisation_id", "name") `);
        await queryRunner.query(`CREATE TABLE "pulse_wave" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "program_id" uuid NOT NULL, "sequence" integer NOT NULL, "period_start" date NOT NULL, "item_ids" text array NOT NULL, "status" text NOT NULL DEFAULT 'SCHEDULED', "opened_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pulse_wave_status" CHECK ("status" IN ('SCHEDULED','OPEN','CLOSED')), CONSTRAINT "PK_1e5e9cb6b10fb337814af83ab9f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "pulse_wave_org_period" ON "pulse_wave"  ("organisation_id", "period_start") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "pulse_wave_program_period" ON "pulse_wave"  ("program_id", "period_start") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "pulse_wave_program_sequence" ON "pulse_wave"  ("program_id", "sequence") `);
        await queryRunner.query(`CREATE TABLE "pulse_invitation" ("wave_id" uuid NOT NULL, "person_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reminded_at" TIMESTAMP WITH TIME ZONE, "team_ids" uuid array NOT NULL DEFAULT '{}', "work_mode" text NOT NULL, "tenure_band" text NOT NULL, CONSTRAINT "PK_e0fa22a943202e2920ee172a4fa" PRIMARY KEY ("wave_id", "person_id"))`);
        await queryRunner.query(`CREATE INDEX "pulse_invitation_org_opens" ON "pulse_invitation"  ("organisation_id", "opens_at") `);
        await queryRunner.query(`CREATE INDEX "pulse_invitation_person" ON "pulse_invitation"  ("person_id", "closes_at") `);
        await queryRunner.query(`CREATE TABLE "pulse_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "wave_id" uuid NOT NULL, "person_id" uuid NOT NULL, "answers" jsonb NOT NULL, "scores" jsonb NOT NULL, "comment" text, "team_ids" uuid array NOT NULL DEFAULT '{}', "work_mode" text NOT NULL, "tenure_band" text NOT NULL, "level" text, "revision" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6eb3aa1362659d77d08d1bcc3a1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "pulse_response_person" ON "pulse_response"  ("person_id", "submitted_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "pulse_response_wave_person" ON "pulse_response"  ("wave_id", "person_id") `);
        await queryRunner.query(`CREATE TABLE "pulse_rollup" ("wave_id" uuid NOT NULL, "team_key" text NOT NULL, "work_mode" text NOT NULL, "tenure_band" text NOT NULL, "organisation_id" uuid NOT NULL, "program_id" uuid NOT NULL, "period_start" date NOT NULL, "invited" integer NOT NULL, "respondents" integer NOT NULL, "measures" jsonb NOT NULL, "comments" integer NOT NULL DEFAULT '0', "shown" boolean NOT NULL, "hidden_reason" text, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3c665e5760e436a101ac5ff9d7f" PRIMARY KEY ("wave_id", "team_key", "work_mode", "tenure_band"))`);
        await queryRunner.query(`CREATE INDEX "pulse_rollup_org_team" ON "pulse_rollup"  ("organisation_id", "team_key", "period_start") `);
        await queryRunner.query(`ALTER TABLE "action_plan" ADD CONSTRAINT "FK_2884f07efb489347f7267f0a2b4" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pulse_program" ADD CONSTRAINT "FK_0ac8e0fa74b4924a696414a343c" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pulse_wave" ADD CONSTRAINT "FK_46e891aae3da39e69f76cea3c70" FOREIGN KEY ("program_id") REFERENCES "pulse_program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pulse_invitation" ADD CONSTRAINT "FK_99b5af88c7705a20718b94d9e85" FOREIGN KEY ("wave_id") REFERENCES "pulse_wave"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pulse_invitation" ADD CONSTRAINT "FK_69d2a86852c1ea454efdb09b268" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pulse_response" ADD CONSTRAINT "FK_bd6c3223bb6dcb41ef9ebc79329" FOREIGN KEY ("wave_id") REFERENCES "pulse_wave"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pulse_response" ADD CONSTRAINT "FK_a1a451b90942d58a92d05fd355c" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pulse_rollup" ADD CONSTRAINT "FK_3267bb3de5bc215c8a420e922a1" FOREIGN KEY ("wave_id") REFERENCES "pulse_wave"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "pulse_rollup" DROP CONSTRAINT "FK_3267bb3de5bc215c8a420e922a1"`);
        await queryRunner.query(`ALTER TABLE "pulse_response" DROP CONSTRAINT "FK_a1a451b90942d58a92d05fd355c"`);
        await queryRunner.query(`ALTER TABLE "pulse_response" DROP CONSTRAINT "FK_bd6c3223bb6dcb41ef9ebc79329"`);
        await queryRunner.query(`ALTER TABLE "pulse_invitation" DROP CONSTRAINT "FK_69d2a86852c1ea454efdb09b268"`);
        await queryRunner.query(`ALTER TABLE "pulse_invitation" DROP CONSTRAINT "FK_99b5af88c7705a20718b94d9e85"`);
        await queryRunner.query(`ALTER TABLE "pulse_wave" DROP CONSTRAINT "FK_46e891aae3da39e69f76cea3c70"`);
        await queryRunner.query(`ALTER TABLE "pulse_program" DROP CONSTRAINT "FK_0ac8e0fa74b4924a696414a343c"`);
        await queryRunner.query(`ALTER TABLE "action_plan" DROP CONSTRAINT "FK_2884f07efb489347f7267f0a2b4"`);
        await queryRunner.query(`DROP INDEX "public"."pulse_rollup_org_team"`);
        await queryRunner.query(`DROP TABLE "pulse_rollup"`);
        await queryRunner.query(`DROP INDEX "public"."pulse_response_wave_person"`);
        await queryRunner.query(`DROP INDEX "public"."pulse_response_person"`);
        await queryRunner.query(`DROP TABLE "pulse_response"`);
        await queryRunner.query(`DROP INDEX "public"."pulse_invitation_person"`);
        await queryRunner.query(`DROP INDEX "public"."pulse_invitation_org_opens"`);
        await queryRunner.query(`DROP TABLE "pulse_invitation"`);
        await queryRunner.query(`DROP INDEX "public"."pulse_wave_program_sequence"`);
        await queryRunner.query(`DROP INDEX "public"."pulse_wave_program_period"`);
        await queryRunner.query(`DROP INDEX "public"."pulse_wave_org_period"`);
        await queryRunner.query(`DROP TABLE "pulse_wave"`);
        await queryRunner.query(`DROP INDEX "public"."pulse_program_org_name"`);
        await queryRunner.query(`DROP TABLE "pulse_program"`);
        await queryRunner.query(`DROP INDEX "public"."pulse_alert_wave_group_kind"`);
        await queryRunner.query(`DROP INDEX "public"."pulse_alert_org_created"`);
        await queryRunner.query(`DROP TABLE "pulse_alert"`);
        await queryRunner.query(`DROP INDEX "public"."action_plan_org_team"`);
        await queryRunner.query(`DROP TABLE "action_plan"`);
    }

}
