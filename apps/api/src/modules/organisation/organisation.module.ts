import { Global, Module } from '@nestjs/common';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';

@Global()
@Module({ providers: [OrganisationService, OrganisationResolver], exports: [OrganisationService] })
export class OrganisationModule {}
