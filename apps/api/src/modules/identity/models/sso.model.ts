import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ScimToken', { description: 'A bearer token for SCIM provisioning; the token itself is only ever shown when it is created.' })
export class ScimTokenModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt: Date | null;
}

@ObjectType('CreatedScimToken')
export class CreatedScimTokenModel {
  @Field({ description: 'The bearer token, shown this once: only its SHA-256 is stored.' }) token: string;
  @Field(() => ScimTokenModel) scimToken: ScimTokenModel;
}

@ObjectType('SingleSignOn', { description: "The organisation's OpenID Connect provider. The client secret is never returned." })
export class SingleSignOnModel {
  @Field() issuer: string;
  @Field() clientId: string;
  @Field() clientSecretSet: boolean;
  @Field(() => [String]) emailDomains: string[];
  @Field() enabled: boolean;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@ObjectType('SingleSignOnSetup', { description: 'What to register at the identity provider, and the current configuration if any.' })
export class SingleSignOnSetupModel {
  @Field({ description: 'The redirect (callback) URI to register at the provider.' }) redirectUri: string;
  @Field({ description: 'The SCIM 2.0 base URL for the provider.' }) scimBaseUrl: string;
  @Field({ description: 'The organisation id people may type on the sign-in page instead of an e-mail.' }) organisationSlug: string;
  @Field(() => SingleSignOnModel, { nullable: true }) connection: SingleSignOnModel | null;
}
