import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../../people/models/enums';
import { PersonModel } from '../../people/models/person.model';
import { OrganisationModel } from '../../organisation/models/organisation.model';

@ObjectType('Me')
export class MeModel {
  @Field(() => ID) accountId: string;
  @Field() email: string;
  @Field(() => [RoleEnum]) roles: RoleEnum[];
  @Field(() => [String], { description: 'Permission keys from the shared catalogue.' }) permissions: string[];
  @Field(() => PersonModel) person: PersonModel;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
}

@ObjectType('Account')
export class AccountModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => [RoleEnum]) roles: RoleEnum[];
  @Field() canSignIn: boolean;
  @Field(() => PersonModel) person: PersonModel;
}
