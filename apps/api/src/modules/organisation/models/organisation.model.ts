import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LocalizedMessage')
export class LocalizedMessageModel {
  @Field({ description: 'en, zh-Hans, zh-Hant or pl.' }) locale: string;
  @Field() text: string;
}

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() slug: string;
  @Field(() => Int, { description: 'Smallest group whose wellbeing aggregate may be shown (SPEC §4.3; never below 3).' }) confidentialityK: number;
  @Field(() => [String]) locales: string[];
  @Field(() => String, { nullable: true, description: 'Support / EAP message shown privately to people who may need help, for locales without their own text in supportMessages.' }) supportMessage: string | null;
  @Field(() => Int, { description: "Months after a leaver's exit date when their raw pulse answers are unlinked from them (default 3)." }) leaverAnswersUnlinkMonths: number;
  @Field(() => Int, { description: 'Months after which raw pulse answers are deleted; published figures stay (default 24).' }) answerRetentionMonths: number;
}
