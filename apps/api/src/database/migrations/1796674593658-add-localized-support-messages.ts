import { MigrationInterface, QueryRunner } from "typeorm";

export class AddLocalizedSupportMessages1796674593658 implements MigrationInterface {
    name = 'AddLocalizedSupportMessages1796674593658'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "organisation" ADD "support_messages" jsonb NOT NULL DEFAULT '{}'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "support_messages"`);
    }

}
