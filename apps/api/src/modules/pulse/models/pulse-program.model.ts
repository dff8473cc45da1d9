import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../platform/graphql/date.scalar';
import { WorkModeEnum } from '../../people/models/enums';
import { PulseCadenceEnum, PulseProgramStatusEnum, PulseWaveStatusEnum } from './pulse-program-enums';

@ObjectType('PulseProgram', { description: 'A pulse survey program (SPEC §4.2). Empty audience lists mean everyone.' })
export class PulseProgramModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => PulseProgramStatusEnum) status: PulseProgramStatusEnum;
  @Field(() => [ID]) audienceTeamIds: string[];
  @Field(() => [WorkModeEnum]) audienceWorkModes: WorkModeEnum[];
  @Field(() => [String]) audienceLevels: string[];
  @Field(() => PulseCadenceEnum) cadence: PulseCadenceEnum;
  @Field(() => Int) itemsPerPulse: number;
  @Field(() => [String], { description: 'The rotation pool: instrument item ids.' }) itemIds: string[];
  @Field(() => Int) windowHours: number;
  @Field(() => Int, { nullable: true }) reminderHoursBeforeClose: number | null;
  @Field(() => LocalDateScalar) startsOn: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@ObjectType('PulseWave', { description: 'One pulse of a program; invitation figures are counts only.' })
export class PulseWaveModel {
  @Field(() => ID) id: string;
  @Field(() => Int) sequence: number;
  @Field(() => LocalDateScalar) periodStart: string;
  @Field(() => PulseWaveStatusEnum) status: PulseWaveStatusEnum;
  @Field(() => [String]) itemIds: string[];
  @Field(() => GraphQLISODateTime, { nullable: true }) openedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) closesAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt: Date | null;
  @Field(() => Int) invited: number;
  @Field(() => Int) reminded: number;
}

@ObjectType('PulseItemOption', { description: 'An instrument item as HR sees it in the picker and the preview.' })
export class PulseItemModel {
  @Field() id: string;
  @Field() instrumentId: string;
  @Field() instrumentName: string;
  @Field({ description: 'The scale it is scored in, e.g. cbi.work.' }) scale: string;
  @Field() text: string;
  @Field({ description: 'False when the text is our own translation, not a published validated one.' }) validatedTranslation: boolean;
}

@ObjectType('PulseInstrumentOption')
export class PulseInstrumentModel {
  @Field() id: string;
  @Field() name: string;
  @Field(() => [PulseItemModel]) items: PulseItemModel[];
}

@ObjectType('PulseRotationWave')
export class PulseRotationWaveModel {
  @Field(() => Int, { description: '0-based position in the cycle.' }) index: number;
  @Field(() => [PulseItemModel]) items: PulseItemModel[];
}

@ObjectType('PulseScoringWarning', { description: 'A scale a wave asks too few items of to be scored.' })
export class PulseScoringWarningModel {
  @Field(() => Int) wave: number;
  @Field() scale: string;
  @Field(() => Int) asked: number;
  @Field(() => Int) minimumAnswered: number;
  @Field() message: string;
}

@ObjectType('PulseRotationPreview')
export class PulseRotationPreviewModel {
  @Field(() => Int) cycleLength: number;
  @Field(() => [PulseRotationWaveModel]) waves: PulseRotationWaveModel[];
  @Field(() => [PulseScoringWarningModel]) warnings: PulseScoringWarningModel[];
}
