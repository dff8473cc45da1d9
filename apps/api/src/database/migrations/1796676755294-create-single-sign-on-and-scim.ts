import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateSingleSignOnAndScim1796676755294 implements MigrationInterface {
    name = 'CreateSingleSignOnAndScim1796676755294'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "oidc_connection" ("organisation_id" uuid NOT NULL, "issuer" text NOT NULL, "client_id" text NOT NULL, "client_secret" text NOT NULL, "email_domains" text array NOT NULL DEFAULT '{}', "enabled" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cf58a7f3555c3ba920660e71ef3" PRIMARY KEY ("organisation_id"))`);
        await queryRunner.query(`CREATE TABLE "oidc_sign_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "state_hash" text NOT NULL, "code_verifier" text NOT NULL, "nonce" text NOT NULL, "redirect_uri" text NOT NULL, "return_to" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_dc1684b2003586e23fd3281d9d2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "oidc_sign_in_expires" ON "oidc_sign_in"  ("expires_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "oidc_sign_in_state" ON "oidc_sign_in"  ("state_hash") `);
        await queryRunner.query(`CREATE TABLE "scim_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" text NOT NULL, "token_hash" text NOT NULL, "created_by_account_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a5715b8446ee4a9cc6c0f19054d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "scim_token_org" ON "scim_token"  ("organisation_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "scim_token_hash" ON "scim_token"  ("token_hash") `);
        await queryRunner.query(`ALTER TABLE "oidc_connection" ADD CONSTRAINT "FK_cf58a7f3555c3ba920660e71ef3" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "oidc_sign_in" ADD CONSTRAINT "FK_9e94292a8f18b268035d23f484c" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "scim_token" ADD CONSTRAINT "FK_6e257d17bca19af479f10b84414" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "scim_token" DROP CONSTRAINT "FK_6e257d17bca19af479f10b84414"`);
        await queryRunner.query(`ALTER TABLE "oidc_sign_in" DROP CONSTRAINT "FK_9e94292a8f18b268035d23f484c"`);
        await queryRunner.query(`ALTER TABLE "oidc_connection" DROP CONSTRAINT "FK_cf58a7f3555c3ba920660e71ef3"`);
        await queryRunner.query(`DROP INDEX "public"."scim_token_hash"`);
        await queryRunner.query(`DROP INDEX "public"."scim_token_org"`);
        await queryRunner.query(`DROP TABLE "scim_token"`);
        await queryRunner.query(`DROP INDEX "public"."oidc_sign_in_state"`);
        await queryRunner.query(`DROP INDEX "public"."oidc_sign_in_expires"`);
        await queryRunner.query(`DROP TABLE "oidc_sign_in"`);
        await queryRunner.query(`DROP TABLE "oidc_connection"`);
    }

}
