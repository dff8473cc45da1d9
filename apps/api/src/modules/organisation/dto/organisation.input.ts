import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LOCALES, MAX_CONFIDENTIALITY_K, MIN_CONFIDENTIALITY_K } from '@pulse/shared';

@InputType()
export class LocalizedMessageInput {
  @Field() @IsIn(LOCALES as unknown as string[], { message: `locale must be one of ${LOCALES.join(', ')}` }) locale: string;
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
  locales?: string[];
  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @MaxLength(1000)
  supportMessage?: string | null;
  @Field(() => [LocalizedMessageInput], { nullable: true, description: 'Support / EAP message per locale; locales not listed keep their text.' })
  @IsOptional() @ValidateNested({ each: true }) @Type(() => LocalizedMessageInput) @ArrayMaxSize(LOCALES.length)
  supportMessages?: LocalizedMessageInput[];
}
