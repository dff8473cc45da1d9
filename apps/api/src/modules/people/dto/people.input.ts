import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDefined, IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { LOCALES } from '@pulse/shared';
import { LocalDateScalar } from '../../../platform/graphql/date.scalar';
import { ExitReasonEnum, WorkModeEnum } from '../models/enums';
import { SingleLine } from '../../../platform/graphql/single-line';

@InputType()
export class ChangeWorkModeInput {
  @Field(() => ID) @IsUUID('all', { message: 'personId must be a person id' }) personId: string;
  @Field(() => WorkModeEnum) @IsEnum(WorkModeEnum) workMode: WorkModeEnum;
  // The Date scalar validates the value; @IsDefined keeps it through the whitelisting pipe.
  @Field(() => LocalDateScalar) @IsDefined() effectiveFrom: string;
}

@InputType()
export class RecordExitInput {
  @Field(() => ID) @IsUUID('all', { message: 'personId must be a person id' }) personId: string;
  @Field(() => LocalDateScalar) @IsDefined() exitDate: string;
  @Field(() => ExitReasonEnum) @IsEnum(ExitReasonEnum) exitReason: ExitReasonEnum;
}

@InputType()
export class UpdateMyProfileInput {
  @Field({ nullable: true }) @IsOptional() @IsIn(LOCALES as unknown as string[], { message: `language must be one of ${LOCALES.join(', ')}` }) @SingleLine() language?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(64) @SingleLine() timeZone?: string;
}
