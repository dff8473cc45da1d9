import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsEnum, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { LocalDateScalar } from '../../../platform/graphql/date.scalar';
import { MoveKindEnum } from '../models/career-enums';

/**
 * Shapes and sizes only: the ladder's rules (known keys, five anchors, no promotion cycle, every
 * level reachable, …) are validateLadder's in @pulse/domain-career, reported as LadderIssues.
 */
@InputType()
export class LocalizedStringInput {
  @Field() @IsString() @MaxLength(2000) en: string;
  @Field() @IsString() @MaxLength(2000) zhHans: string;
  @Field() @IsString() @MaxLength(2000) zhHant: string;
  @Field() @IsString() @MaxLength(2000) pl: string;
}

@InputType()
export class CareerCompetencyInput {
  @Field() @IsString() @MaxLength(60) key: string;
  @Field(() => LocalizedStringInput) @ValidateNested() @Type(() => LocalizedStringInput) name: LocalizedStringInput;
  @Field(() => LocalizedStringInput) @ValidateNested() @Type(() => LocalizedStringInput) description: LocalizedStringInput;
  @Field(() => [LocalizedStringInput]) @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => LocalizedStringInput) anchors: LocalizedStringInput[];
}

@InputType()
export class CareerTrackInput {
  @Field() @IsString() @MaxLength(60) key: string;
  @Field(() => LocalizedStringInput) @ValidateNested() @Type(() => LocalizedStringInput) name: LocalizedStringInput;
}

@InputType()
export class CareerExpectationInput {
  @Field() @IsString() @MaxLength(60) competencyKey: string;
  @Field(() => Int) @IsInt() proficiency: number;
}

@InputType()
export class CareerLevelInput {
  @Field() @IsString() @MaxLength(60) key: string;
  @Field() @IsString() @MaxLength(60) trackKey: string;
  @Field(() => Int) @IsInt() rank: number;
  @Field(() => LocalizedStringInput) @ValidateNested() @Type(() => LocalizedStringInput) name: LocalizedStringInput;
  @Field(() => Int) @IsInt() minMonthsInLevel: number;
  @Field() @IsBoolean() entry: boolean;
  @Field(() => [CareerExpectationInput]) @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => CareerExpectationInput) expectations: CareerExpectationInput[];
}

@InputType()
export class CareerMoveInput {
  @Field() @IsString() @MaxLength(60) fromLevelKey: string;
  @Field() @IsString() @MaxLength(60) toLevelKey: string;
  @Field(() => MoveKindEnum) @IsEnum(MoveKindEnum) kind: MoveKindEnum;
  @Field(() => [String], { defaultValue: [] }) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(200, { each: true }) requiredCertifications: string[];
}

@InputType()
export class CareerLadderInput {
  @Field(() => LocalDateScalar, { description: 'Today or later; not before the latest published version.' }) @IsDefined() effectiveFrom: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
  @Field(() => [CareerCompetencyInput]) @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => CareerCompetencyInput) competencies: CareerCompetencyInput[];
  @Field(() => [CareerTrackInput]) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => CareerTrackInput) tracks: CareerTrackInput[];
  @Field(() => [CareerLevelInput]) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => CareerLevelInput) levels: CareerLevelInput[];
  @Field(() => [CareerMoveInput]) @IsArray() @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => CareerMoveInput) moves: CareerMoveInput[];
}
