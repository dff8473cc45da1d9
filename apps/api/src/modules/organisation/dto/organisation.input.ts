import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LOCALES, MAX_CONFIDENTIALITY_K, MIN_CONFIDENTIALITY_K } from '@pulse/shared';
import { SingleLine } from '../../../platform/graphql/single-line';

@InputType()
export class LocalizedMessageInput {
  @Field() @IsIn(LOCALES as unknown as string[], { message: `locale must be one of ${LOCALES.join(', ')}` }) @SingleLine() locale: string;
  @Field({ description: 'Empty removes the text of this locale.' }) @IsString() @MaxLength(1000) text: string;
}

@InputType()
export class UpdateOrganisationSettingsInput {
  @Field(() => Int, { nullable: true, description: `Smallest group shown, ${MIN_CONFIDENTIALITY_K}–${MAX_CONFIDENTIALITY_K}; applies to pulse waves opened from now on.` })
  @IsOptional() @IsInt({ message: 'confidentialityK must be a whole number' })
  @Min(MIN_CONFIDENTIALITY_K, { message: `confidentialityK can never be below ${MIN_CONFIDENTIALITY_K}` })
  @Max(MAX_CONFIDENTIALITY_K, { message: `confidentialityK can be at most ${MAX_CONFIDENTIALITY_K}` })
  confidentialityK?: number;
  @Field(() => [String], { nullable: true })
  @IsOptional() @ArrayMinSize(1) @ArrayUnique() @IsIn(LOCALES as unknown as string[], { each: true, message: `locales must be among ${LOCALES.join(', ')}` })
  @SingleLine({ each: true }) locales?: string[];
  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @MaxLength(1000)
  supportMessage?: string | null;
  @Field(() => [LocalizedMessageInput], { nullable: true, description: 'Support / EAP message per locale; locales not listed keep their text.' })
  @IsOptional() @ValidateNested({ each: true }) @Type(() => LocalizedMessageInput) @ArrayMaxSize(LOCALES.length)
  supportMessages?: LocalizedMessageInput[];
  @Field(() => Int, { nullable: true, description: "Months after a leaver's exit date when their raw pulse answers are unlinked from them, 0–24." })
  @IsOptional() @IsInt({ message: 'leaverAnswersUnlinkMonths must be a whole number' })
  @Min(0, { message: 'leaverAnswersUnlinkMonths must be between 0 and 24' }) @Max(24, { message: 'leaverAnswersUnlinkMonths must be between 0 and 24' })
  leaverAnswersUnlinkMonths?: number;
  @Field(() => Int, { nullable: true, description: 'Months after which raw pulse answers are deleted (published figures stay), 1–120.' })
  @IsOptional() @IsInt({ message: 'answerRetentionMonths must be a whole number' })
  @Min(1, { message: 'answerRetentionMonths must be between 1 and 120' }) @Max(120, { message: 'answerRetentionMonths must be between 1 and 120' })
  answerRetentionMonths?: number;
}
