import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDefined, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { SingleLine } from '../../../platform/graphql/single-line';

@InputType()
export class PulseAnswerInput {
  @Field() @IsString() @MaxLength(80) @SingleLine() itemId: string;
  /**
   * Float so that 2.5 reaches the instrument check and gets its clear "not a whole number" message.
   * @IsDefined keeps it through the whitelisting ValidationPipe, which strips undecorated properties
   * (without it every answer arrived as "missing").
   */
  @Field(() => Float) @IsDefined() value: number;
}

@InputType()
export class SubmitPulseResponseInput {
  @Field(() => ID) @IsUUID('all', { message: 'waveId must be a pulse id' }) waveId: string;
  @Field(() => [PulseAnswerInput]) @ValidateNested({ each: true }) @Type(() => PulseAnswerInput) @ArrayMaxSize(20, { message: 'A pulse has at most 5 items.' })
  answers: PulseAnswerInput[];
  @Field(() => String, { nullable: true, description: 'Optional; shown to HR only inside groups of at least 10 respondents, never with your name.' })
  @IsOptional() @IsString() @MaxLength(1000, { message: 'A comment is at most 1,000 characters.' })
  comment?: string | null;
  @Field(() => String, { nullable: true, description: 'The page language (en, zh-Hans, zh-Hant, pl), for the support message; default your profile language.' })
  @IsOptional() @IsString() @MaxLength(10)
  @SingleLine() locale?: string | null;
}
