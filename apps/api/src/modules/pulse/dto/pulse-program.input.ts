import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsDefined, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { LOCALES } from '@pulse/shared';
import { LocalDateScalar } from '../../../platform/graphql/date.scalar';
import { WorkModeEnum } from '../../people/models/enums';
import { PulseCadenceEnum } from '../models/pulse-program-enums';
import { SingleLine } from '../../../platform/graphql/single-line';

/** Shapes only; the program rules (items exist, reminder before close, …) are in @pulse/domain-pulse. */
@InputType()
export class PulseProgramInput {
  @Field() @IsString() @MaxLength(200) @SingleLine() name: string;
  @Field(() => [ID], { defaultValue: [] }) @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true, message: 'audienceTeamIds must be team ids' }) audienceTeamIds: string[];
  @Field(() => [WorkModeEnum], { defaultValue: [] }) @IsArray() @IsEnum(WorkModeEnum, { each: true }) audienceWorkModes: WorkModeEnum[];
  @Field(() => [String], { defaultValue: [] }) @IsArray() @ArrayMaxSize(200) @IsString({ each: true }) @MaxLength(60, { each: true }) @SingleLine({ each: true }) audienceLevels: string[];
  @Field(() => PulseCadenceEnum) @IsEnum(PulseCadenceEnum) cadence: PulseCadenceEnum;
  @Field(() => Int) @IsInt() @Min(1) @Max(5) itemsPerPulse: number;
  @Field(() => [String]) @IsArray() @ArrayMaxSize(200) @IsString({ each: true }) @MaxLength(100, { each: true }) @SingleLine({ each: true }) itemIds: string[];
  @Field(() => Int, { defaultValue: 72 }) @IsInt() @Min(1) @Max(336) windowHours: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) reminderHoursBeforeClose?: number | null;
  @Field(() => LocalDateScalar) @IsDefined() startsOn: string;
}

@InputType()
export class PulseRotationPreviewInput {
  @Field(() => [String]) @IsArray() @ArrayMaxSize(200) @IsString({ each: true }) @MaxLength(100, { each: true }) @SingleLine({ each: true }) itemIds: string[];
  @Field(() => Int) @IsInt() @Min(1) @Max(5) itemsPerPulse: number;
  @Field({ nullable: true, description: 'Language of item texts (en, zh-Hans, zh-Hant, pl); default en.' })
  @IsOptional()
  @IsIn(LOCALES as unknown as string[], { message: `locale must be one of ${LOCALES.join(', ')}` })
  @SingleLine() locale?: string;
}
