import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';

@Module({ imports: [PeopleModule], providers: [IdentityService, IdentityResolver] })
export class IdentityModule {}
