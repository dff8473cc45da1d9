import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { SingleLine } from '../../../platform/graphql/single-line';

@ArgsType()
export class PulseResultsArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'programId must be a program id' }) programId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A team (its whole sub-tree); omitted: the organisation (HR) or your top team (managers).' })
  @IsOptional() @IsUUID('all', { message: 'teamId must be a team id' }) teamId?: string | null;
  @Field(() => String, { nullable: true, description: 'Measure for the trend, e.g. cbi.work, enps, who5.' })
  @IsOptional() @IsString() @Matches(/^[\w.:-]{1,80}$/, { message: 'measure must be a measure id such as cbi.work' }) @SingleLine() measure?: string | null;
  @Field(() => Int, { defaultValue: 26, description: 'Closed waves in the trend (at most 500).' }) @IsInt() @Min(2) @Max(500) periods: number = 26;
}

@InputType()
export class CreateActionPlanInput {
  @Field(() => ID) @IsUUID('all', { message: 'teamId must be a team id' }) teamId: string;
  @Field(() => ID) @IsUUID('all', { message: 'programId must be a program id' }) programId: string;
  @Field() @IsString() @MinLength(1, { message: 'Give the action a title.' }) @MaxLength(200, { message: 'A title is at most 200 characters.' }) @SingleLine() title: string;
  @Field(() => ID) @IsUUID('all', { message: 'ownerPersonId must be a person id' }) ownerPersonId: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueOn must be a date written YYYY-MM-DD' }) @SingleLine() dueOn: string;
  @Field() @IsIn(['cbi.personal', 'cbi.work', 'cbi.customer', 'who5', 'olbi.exhaustion', 'olbi.disengagement', 'enps', 'single-item-burnout'], {
    message: 'measure must be one of cbi.personal, cbi.work, cbi.customer, who5, olbi.exhaustion, olbi.disengagement, enps, single-item-burnout',
  })
  @SingleLine() measure: string;
}
