import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { RequirePermission } from '../../platform/auth/permission.decorator';
import type { GraphQLContext } from '../../platform/auth/request';
import { IdArg } from '../../platform/graphql/id-arg';
import { ConfigureSingleSignOnInput, CreateScimTokenInput } from './dto/sso.input';
import type { OidcConnectionEntity } from './entities/oidc-connection.entity';
import type { ScimTokenEntity } from './entities/scim-token.entity';
import { CreatedScimTokenModel, ScimTokenModel, SingleSignOnModel, SingleSignOnSetupModel } from './models/sso.model';
import { oidcRedirectUri } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { ScimTokenService } from './scim/scim-token.service';

function toToken(t: ScimTokenEntity): ScimTokenModel {
  return { id: t.id, name: t.name, createdAt: t.createdAt, lastUsedAt: t.lastUsedAt, revokedAt: t.revokedAt };
}

function toConnection(c: OidcConnectionEntity): SingleSignOnModel {
  return { issuer: c.issuer, clientId: c.clientId, clientSecretSet: !!c.clientSecret, emailDomains: c.emailDomains, enabled: c.enabled, updatedAt: c.updatedAt };
}

/** Admin set-up of single sign-on (OpenID Connect) and SCIM provisioning tokens. */
@Resolver()
export class SsoResolver {
  constructor(
    private readonly oidc: OidcService,
    private readonly tokens: ScimTokenService,
  ) {}

  @Query(() => SingleSignOnSetupModel)
  @RequirePermission('sso:manage')
  async singleSignOn(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext): Promise<SingleSignOnSetupModel> {
    const [connection, organisationSlug] = await Promise.all([this.oidc.connection(actor), this.oidc.organisationSlug(actor)]);
    return {
      redirectUri: oidcRedirectUri(ctx.req),
      scimBaseUrl: `${ctx.req.protocol}://${ctx.req.host}/scim/v2`,
      organisationSlug,
      connection: connection ? toConnection(connection) : null,
    };
  }

  @Mutation(() => SingleSignOnModel, { description: "Saves the organisation's OpenID Connect provider after reading its discovery document." })
  @RequirePermission('sso:manage')
  async configureSingleSignOn(@CurrentActor() actor: Actor, @Args('input') input: ConfigureSingleSignOnInput): Promise<SingleSignOnModel> {
    return toConnection(await this.oidc.configure(actor, { ...input, clientSecret: input.clientSecret ?? null }));
  }

  @Mutation(() => Boolean, { description: 'Removes single sign-on; local passwords keep working.' })
  @RequirePermission('sso:manage')
  removeSingleSignOn(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.oidc.remove(actor);
  }

  @Query(() => [ScimTokenModel])
  @RequirePermission('sso:manage')
  async scimTokens(@CurrentActor() actor: Actor): Promise<ScimTokenModel[]> {
    return (await this.tokens.list(actor)).map(toToken);
  }

  @Mutation(() => CreatedScimTokenModel)
  @RequirePermission('sso:manage')
  async createScimToken(@CurrentActor() actor: Actor, @Args('input') input: CreateScimTokenInput): Promise<CreatedScimTokenModel> {
    const { token, entity } = await this.tokens.create(actor, input.name.trim());
    return { token, scimToken: toToken(entity) };
  }

  @Mutation(() => ScimTokenModel, { description: 'Revokes a SCIM token at once.' })
  @RequirePermission('sso:manage')
  async revokeScimToken(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<ScimTokenModel> {
    return toToken(await this.tokens.revoke(actor, id));
  }
}
