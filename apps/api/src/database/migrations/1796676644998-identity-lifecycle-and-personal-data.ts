import { MigrationInterface, QueryRunner } from "typeorm";

export class IdentityLifecycleAndPersonalData1796676644998 implements MigrationInterface {
    name = 'IdentityLifecycleAndPersonalData1796676644998'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "pulse_response" DROP CONSTRAINT "FK_a1a451b90942d58a92d05fd355c"`);
        await queryRunner.query(`ALTER TABLE "organisation" ADD "leaver_answers_unlink_months" integer NOT NULL DEFAULT '3'`);
        await queryRunner.query(`ALTER TABLE "organisation" ADD "answer_retention_months" integer NOT NULL DEFAULT '24'`);
        await queryRunner.query(`ALTER TABLE "person" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "account" ADD "disabled_reason" text`);
        // Unlinked answers (erasure, retention) keep counting in aggregates but belong to nobody; the
        // existing indexes stay as they are (TypeORM would rebuild them for the nullability change).
        await queryRunner.query(`ALTER TABLE "pulse_response" ALTER COLUMN "person_id" DROP NOT NULL`);
        // Accounts disabled before reasons were recorded were disabled by an admin.
        await queryRunner.query(`UPDATE "account" SET "disabled_reason" = 'DISABLED_BY_ADMIN' WHERE "disabled_at" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "organisation_answer_retention_range" CHECK ("answer_retention_months" BETWEEN 1 AND 120)`);
        await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "organisation_leaver_unlink_range" CHECK ("leaver_answers_unlink_months" BETWEEN 0 AND 24)`);
        await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "account_disabled_reason" CHECK (("disabled_at" IS NULL AND "disabled_reason" IS NULL) OR ("disabled_at" IS NOT NULL AND "disabled_reason" IN ('DISABLED_BY_ADMIN','EXITED')))`);
        await queryRunner.query(`ALTER TABLE "pulse_response" ADD CONSTRAINT "FK_a1a451b90942d58a92d05fd355c" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "pulse_response" DROP CONSTRAINT "FK_a1a451b90942d58a92d05fd355c"`);
        await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_disabled_reason"`);
        await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "organisation_leaver_unlink_range"`);
        await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "organisation_answer_retention_range"`);
        await queryRunner.query(`DELETE FROM "pulse_response" WHERE "person_id" IS NULL`);
        await queryRunner.query(`ALTER TABLE "pulse_response" ALTER COLUMN "person_id" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "disabled_reason"`);
        await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "erased_at"`);
        await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "answer_retention_months"`);
        await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "leaver_answers_unlink_months"`);
        await queryRunner.query(`ALTER TABLE "pulse_response" ADD CONSTRAINT "FK_a1a451b90942d58a92d05fd355c" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

}
