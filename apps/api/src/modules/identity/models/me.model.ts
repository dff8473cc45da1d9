import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../platform/graphql/date.scalar';
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

export enum AccountAccessEnum {
  ACTIVE = 'ACTIVE',
  NO_PASSWORD = 'NO_PASSWORD',
  DISABLED_BY_ADMIN = 'DISABLED_BY_ADMIN',
  EXITED = 'EXITED',
}
registerEnumType(AccountAccessEnum, {
  name: 'AccountAccess',
  description: 'Whether an account can sign in, and if not, why.',
  valuesMap: {
    ACTIVE: { description: 'Can sign in.' },
    NO_PASSWORD: { description: 'No password set yet (not invited).' },
    DISABLED_BY_ADMIN: { description: 'An admin disabled it; an admin can enable it again.' },
    EXITED: { description: "The person's exit date has come (see exitDate)." },
  },
});

@ObjectType('Account')
export class AccountModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => [RoleEnum]) roles: RoleEnum[];
  @Field() canSignIn: boolean;
  @Field(() => AccountAccessEnum, { description: 'Why the account can or cannot sign in.' }) access: AccountAccessEnum;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the account was disabled, by an admin or by the exit.' }) disabledAt: Date | null;
  @Field(() => LocalDateScalar, { nullable: true, description: "The person's exit date: past, the account is EXITED; future, it stops on that day." })
  exitDate: string | null;
  @Field(() => PersonModel) person: PersonModel;
}
