import { MigrationInterface, QueryRunner } from "typeorm";

/** No query reads work-mode history by organisation alone (every read names the person), so the index only cost writes (ADR 0002). */
export class DropUnusedWorkModeChangeOrgIndex1796700000001 implements MigrationInterface {
    name = 'DropUnusedWorkModeChangeOrgIndex1796700000001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."work_mode_change_org"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "work_mode_change_org" ON "work_mode_change" USING btree ("organisation_id") `);
    }

}
