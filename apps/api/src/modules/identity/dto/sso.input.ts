import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { SingleLine } from '../../../platform/graphql/single-line';

@InputType()
export class CreateScimTokenInput {
  @Field({ description: 'What the token is for, e.g. "Entra ID provisioning".' })
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(100, { message: 'name is too long' })
  @SingleLine() name: string;
}

@InputType()
export class ConfigureSingleSignOnInput {
  @Field({ description: 'The issuer URL; its /.well-known/openid-configuration must be reachable.' })
  @IsString()
  @MaxLength(500, { message: 'issuer is too long' })
  @SingleLine() issuer: string;

  @Field() @IsString() @MinLength(1, { message: 'clientId is required' }) @MaxLength(500, { message: 'clientId is too long' }) @SingleLine() clientId: string;

  @Field(() => String, { nullable: true, description: 'Required the first time; leave empty to keep the stored secret.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'clientSecret is too long' })
  @SingleLine() clientSecret?: string | null;

  @Field(() => [String], { description: 'E-mail domains whose users the sign-in page sends to this provider.' })
  @ArrayMaxSize(20, { message: 'at most 20 e-mail domains' })
  @IsString({ each: true })
  @MaxLength(253, { each: true, message: 'a domain is too long' })
  @SingleLine({ each: true }) emailDomains: string[];

  @Field() @IsBoolean() enabled: boolean;
}
