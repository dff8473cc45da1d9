import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { RequirePermission } from '../../platform/auth/permission.decorator';
import { UpdateOrganisationSettingsInput } from './dto/organisation.input';
import { OrganisationModel } from './models/organisation.model';
import { OrganisationService } from './organisation.service';

@Resolver()
export class OrganisationResolver {
  constructor(private readonly orgs: OrganisationService) {}

  @Query(() => OrganisationModel)
  @RequirePermission('org:settings')
  organisationSettings(@CurrentActor() actor: Actor): Promise<OrganisationModel> {
    return this.orgs.get(actor.organisationId);
  }

  @Mutation(() => OrganisationModel)
  @RequirePermission('org:settings')
  updateOrganisationSettings(@CurrentActor() actor: Actor, @Args('input') input: UpdateOrganisationSettingsInput): Promise<OrganisationModel> {
    return this.orgs.update(actor, input);
  }
}
