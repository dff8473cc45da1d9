import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsDefined, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LocalDateScalar } from '../../../platform/graphql/date.scalar';
import { AssessorKindEnum, InsightFrequencyEnum } from '../models/career-enums';
import { SingleLine } from '../../../platform/graphql/single-line';

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID) @IsUUID('all', { message: 'personId is not a valid id.' }) personId: string;
  @Field() @IsString() @MaxLength(60) @SingleLine() competencyKey: string;
  @Field(() => AssessorKindEnum) @IsEnum(AssessorKindEnum) assessorKind: AssessorKindEnum;
  @Field(() => Int) @IsInt() @Min(1, { message: 'proficiency must be 1 to 5.' }) @Max(5, { message: 'proficiency must be 1 to 5.' }) proficiency: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) evidence?: string | null;
}

@InputType()
export class RecordPromotionInput {
  @Field(() => ID) @IsUUID('all', { message: 'personId is not a valid id.' }) personId: string;
  @Field() @IsString() @MaxLength(60) @SingleLine() toLevelKey: string;
  @Field(() => LocalDateScalar) @IsDefined() effectiveDate: string;
  @Field({ description: 'Chosen by the client once per decision: a retry with the same key records nothing more and returns the same result.' })
  @IsString()
  @MinLength(8, { message: 'idempotencyKey must be 8 to 200 characters.' })
  @MaxLength(200, { message: 'idempotencyKey must be 8 to 200 characters.' })
  @SingleLine() idempotencyKey: string;
}

@InputType()
export class RecordCustomerInsightInput {
  @Field() @IsString() @MinLength(1) @MaxLength(200) @SingleLine() title: string;
  @Field() @IsString() @MinLength(1) @MaxLength(4000) customerSaid: string;
  @Field(() => InsightFrequencyEnum) @IsEnum(InsightFrequencyEnum) frequency: InsightFrequencyEnum;
  @Field() @IsString() @MinLength(1) @MaxLength(4000) suggestedChange: string;
  @Field(() => [String], { defaultValue: [] }) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(60, { each: true }) @SingleLine({ each: true }) tags: string[];
}
