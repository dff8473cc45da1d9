import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LOCALES } from '@pulse/shared';
import type { OrganisationEntity } from './entities/organisation.entity';
import { LocalizedMessageModel, OrganisationModel } from './models/organisation.model';

@Resolver(() => OrganisationModel)
export class OrganisationFieldsResolver {
  @ResolveField(() => [LocalizedMessageModel], { description: 'The support / EAP message per locale, in the order of the supported locales.' })
  supportMessages(@Parent() organisation: Pick<OrganisationEntity, 'supportMessages'>): LocalizedMessageModel[] {
    const texts = organisation.supportMessages ?? {};
    return LOCALES.filter((l) => texts[l]).map((locale) => ({ locale, text: texts[locale] }));
  }
}
