import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { WorkModeEnum } from '../models/enums';
import { SingleLine } from '../../../platform/graphql/single-line';

@InputType()
export class PeopleFilter {
  @Field(() => ID, { nullable: true, description: 'Includes the whole sub-tree of this team.' })
  @IsOptional() @IsUUID('all', { message: 'teamId must be a team id' }) teamId?: string;
  @Field(() => WorkModeEnum, { nullable: true }) @IsOptional() @IsEnum(WorkModeEnum) workMode?: WorkModeEnum;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) @SingleLine() site?: string;
  @Field({ nullable: true, description: 'Matches name, e-mail or HRIS id.' }) @IsOptional() @IsString() @MaxLength(120) @SingleLine() search?: string;
  @Field({ nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() includeExited?: boolean;
  @Field({ nullable: true, defaultValue: false, description: 'Only your own reporting line, even when you may see everyone (HR, admin).' })
  @IsOptional() @IsBoolean() reportingLineOnly?: boolean;
}

@ArgsType()
export class PeopleArgs {
  @Field(() => PeopleFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => PeopleFilter) filter?: PeopleFilter;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(200) first: number = 50;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(1_000_000) offset: number = 0;
}
