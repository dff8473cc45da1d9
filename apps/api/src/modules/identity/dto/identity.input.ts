import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { RoleEnum } from '../../people/models/enums';
import { SingleLine } from '../../../platform/graphql/single-line';

@InputType()
export class SignInInput {
  @Field() @IsString() @MaxLength(254, { message: 'email is too long' }) @SingleLine() email: string;
  @Field() @IsString() @MinLength(1, { message: 'password is required' }) @MaxLength(1024, { message: 'password is too long' }) @SingleLine() password: string;
}

@InputType()
export class AccountIdInput {
  @Field(() => ID) @IsUUID('all', { message: 'accountId must be an account id' }) accountId: string;
}

@InputType()
export class SetAccountRolesInput {
  @Field(() => ID) @IsUUID('all', { message: 'accountId must be an account id' }) accountId: string;
  @Field(() => [RoleEnum]) @ArrayMinSize(1) @ArrayMaxSize(4) @IsEnum(RoleEnum, { each: true }) roles: RoleEnum[];
}
