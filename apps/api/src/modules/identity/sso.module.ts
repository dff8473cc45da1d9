import { Module } from '@nestjs/common';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { ScimBearerGuard } from './scim/scim-bearer.guard';
import { ScimErrorFilter } from './scim/scim-error.filter';
import { ScimTokenService } from './scim/scim-token.service';
import { ScimUsersService } from './scim/scim-users.service';
import { ScimController } from './scim/scim.controller';
import { SsoResolver } from './sso.resolver';

/** Single sign-on (OpenID Connect) and SCIM provisioning: how an identity provider signs people in and manages their accounts. */
@Module({
  providers: [OidcService, ScimTokenService, ScimUsersService, ScimBearerGuard, ScimErrorFilter, SsoResolver],
  controllers: [ScimController, OidcController],
})
export class SsoModule {}
