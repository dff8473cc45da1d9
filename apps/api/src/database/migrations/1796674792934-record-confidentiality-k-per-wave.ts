import { MigrationInterface, QueryRunner } from "typeorm";

export class RecordConfidentialityKPerWave1796674792934 implements MigrationInterface {
    name = 'RecordConfidentialityKPerWave1796674792934'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "organisation_k_min"`);
        await queryRunner.query(`ALTER TABLE "pulse_wave" ADD "confidentiality_k" integer`);
        // Waves already opened keep the k their rollups were computed with (their organisation's,
        // even above 10), so no past figure changes; planned waves take k when they open.
        await queryRunner.query(`UPDATE "pulse_wave" w SET "confidentiality_k" = o."confidentiality_k" FROM "organisation" o WHERE o."id" = w."organisation_id" AND w."status" <> 'SCHEDULED'`);
        // The setting is 3–10 from now on: a larger one becomes 10, the nearest allowed (for new waves only).
        await queryRunner.query(`UPDATE "organisation" SET "confidentiality_k" = 10 WHERE "confidentiality_k" > 10`);
        await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "organisation_k_range" CHECK ("confidentiality_k" BETWEEN 3 AND 10)`);
        await queryRunner.query(`ALTER TABLE "pulse_wave" ADD CONSTRAINT "pulse_wave_k_once_open" CHECK ("status" = 'SCHEDULED' OR "confidentiality_k" IS NOT NULL)`);
        await queryRunner.query(`ALTER TABLE "pulse_wave" ADD CONSTRAINT "pulse_wave_k_min" CHECK ("confidentiality_k" >= 3)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "pulse_wave" DROP CONSTRAINT "pulse_wave_k_min"`);
        await queryRunner.query(`ALTER TABLE "pulse_wave" DROP CONSTRAINT "pulse_wave_k_once_open"`);
        await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "organisation_k_range"`);
        await queryRunner.query(`ALTER TABLE "pulse_wave" DROP COLUMN "confidentiality_k"`);
        await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "organisation_k_min" CHECK ((confidentiality_k >= 3))`);
    }

}
