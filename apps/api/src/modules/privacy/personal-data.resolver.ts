import { Args, Field, GraphQLISODateTime, ID, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { RequirePermission } from '../../platform/auth/permission.decorator';
import { PersonalDataService } from './personal-data.service';

@InputType()
export class ErasePersonInput {
  @Field(() => ID) @IsUUID('all', { message: 'personId must be a person id' }) personId: string;
}

@ObjectType('PersonErasure')
export class PersonErasureModel {
  @Field(() => ID) personId: string;
  @Field(() => GraphQLISODateTime) erasedAt: Date;
  @Field(() => Int, { description: 'Raw pulse answers unlinked from the person by this request (they still count in published figures).' }) answersUnlinked: number;
  @Field(() => Int) accountsRemoved: number;
  @Field({ description: 'True when the person had been erased before; nothing changed.' }) alreadyErased: boolean;
}

@Resolver()
export class PersonalDataResolver {
  constructor(private readonly data: PersonalDataService) {}

  @Mutation(() => PersonErasureModel, { description: "Erases a leaver's personal data on request; published figures stay. Idempotent." })
  @RequirePermission('people:erase')
  erasePerson(@CurrentActor() actor: Actor, @Args('input') input: ErasePersonInput): Promise<PersonErasureModel> {
    return this.data.erase(actor, input.personId);
  }
}
