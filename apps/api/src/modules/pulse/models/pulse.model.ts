import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PulseAnswerOption')
export class PulseAnswerOptionModel {
  @Field(() => Int) value: number;
  @Field(() => String, { nullable: true, description: 'Absent on numeric scales, where the number is the label.' }) label: string | null;
}

@ObjectType('PulseQuestion', { description: 'One item of this pulse, worded in the requested language.' })
export class PulseQuestionModel {
  @Field() itemId: string;
  @Field() instrumentId: string;
  @Field() instrumentName: string;
  @Field(() => String, { nullable: true, description: 'Shown before the items, e.g. WHO-5 "Over the last two weeks".' }) stem: string | null;
  @Field() text: string;
  @Field({ description: 'False when this language is our own translation, not a published validated one.' }) validatedTranslation: boolean;
  @Field() answerScaleId: string;
  @Field(() => [PulseAnswerOptionModel]) options: PulseAnswerOptionModel[];
  @Field(() => String, { nullable: true }) minLabel: string | null;
  @Field(() => String, { nullable: true }) maxLabel: string | null;
}

@ObjectType('MyPulseAnswer')
export class MyPulseAnswerModel {
  @Field() itemId: string;
  @Field(() => Int) value: number;
}

@ObjectType('OpenPulse', { description: "A pulse the signed-in person can answer now, inside their own window." })
export class OpenPulseModel {
  @Field(() => ID) waveId: string;
  @Field() programName: string;
  @Field() periodStart: string;
  @Field() opensAt: Date;
  @Field() closesAt: Date;
  @Field(() => [PulseQuestionModel]) questions: PulseQuestionModel[];
  @Field(() => [MyPulseAnswerModel], { description: 'Your answers so far: answering again inside the window replaces them.' }) myAnswers: MyPulseAnswerModel[];
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field(() => Date, { nullable: true, description: "When you were reminded that this pulse closes soon (the program's reminder hours before your window closes); null before that." })
  remindedAt: Date | null;
  @Field(() => Int, { description: "Results of this pulse are shown only for groups of at least this many people: the organisation's k when the wave opened, kept for good." })
  confidentialityK: number;
}

@ObjectType('MyScore', { description: 'One of your own scores; only you can read it.' })
export class MyScoreModel {
  @Field() measure: string;
  @Field(() => Float) value: number;
  @Field(() => String, { nullable: true }) band: string | null;
}

@ObjectType('PulseSubmission')
export class PulseSubmissionModel {
  @Field(() => ID) waveId: string;
  @Field() submittedAt: Date;
  @Field(() => Int, { description: '1 for a first answer; higher when you replaced earlier answers inside the window.' }) revision: number;
  @Field(() => [MyScoreModel]) myScores: MyScoreModel[];
  @Field(() => String, {
    nullable: true,
    description: "The organisation's support / EAP message, when your WHO-5 well-being score is 28 or less. Shown to you only.",
  })
  supportMessage: string | null;
}

@ObjectType('MyPulseHistoryEntry')
export class MyPulseHistoryEntryModel {
  @Field(() => ID) waveId: string;
  @Field() programName: string;
  @Field() periodStart: string;
  @Field() submittedAt: Date;
  @Field(() => [MyScoreModel]) scores: MyScoreModel[];
}
