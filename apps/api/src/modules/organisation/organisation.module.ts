import { Global, Module } from '@nestjs/common';
import { OrganisationFieldsResolver } from './organisation-fields.resolver';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';

@Global()
@Module({ providers: [OrganisationService, OrganisationResolver, OrganisationFieldsResolver], exports: [OrganisationService] })
export class OrganisationModule {}
