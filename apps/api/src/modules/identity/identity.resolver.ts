import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Role } from '@pulse/shared';
import type { Actor } from '../../platform/auth/actor';
import { makeActor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { Authenticated, Public, RequirePermission } from '../../platform/auth/permission.decorator';
import type { GraphQLContext } from '../../platform/auth/request';
import { sessionCookieOptions } from '../../platform/auth/session-cookie';
import { SESSION_COOKIE, SessionService } from '../../platform/auth/session.service';
import { AppConfigToken } from '../../platform/config.provider';
import type { AppConfig } from '../../platform/config';
import { Inject } from '@nestjs/common';
import { OrganisationService } from '../organisation/organisation.service';
import { PeopleService } from '../people/people.service';
import { toPersonModel } from '../people/people.mapper';
import { RoleEnum } from '../people/models/enums';
import { AccountIdInput, SetAccountRolesInput, SignInInput } from './dto/identity.input';
import { AccountAccessEnum, AccountModel, MeModel } from './models/me.model';
import { IdentityService, type AccountRow } from './identity.service';
import { todayUtc } from './account-access';
import { accountAccess } from '@pulse/domain-people';
import type { PersonEntity } from '../people/entities/person.entity';
import { loadersFrom } from '../people/people.loaders';
import { DataSource } from 'typeorm';
import { withOrganisation } from '../../database/tenant-context';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly sessions: SessionService,
    private readonly people: PeopleService,
    private readonly orgs: OrganisationService,
    @Inject(AppConfigToken) private readonly config: AppConfig,
    private readonly db: DataSource,
  ) {}

  private async me(actor: Actor, email: string): Promise<MeModel> {
    const [person, organisation] = await Promise.all([this.people.get(actor, actor.personId), this.orgs.get(actor.organisationId)]);
    return {
      accountId: actor.accountId,
      email,
      roles: actor.roles as RoleEnum[],
      permissions: [...actor.permissions].sort(),
      person: toPersonModel(person, true),
      organisation,
    };
  }

  @Query(() => MeModel, { nullable: true, name: 'me', description: 'The signed-in user, or null.' })
  @Public()
  async currentUser(@Context() ctx: GraphQLContext): Promise<MeModel | null> {
    const actor = ctx.req.actor;
    if (!actor) return null;
    return this.me(actor, (await this.identity.account(actor)).email);
  }

  @Mutation(() => MeModel, { description: 'Signs in with e-mail and password; sets an httpOnly session cookie.' })
  @Public()
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GraphQLContext): Promise<MeModel> {
    const { token, expiresAt, account } = await this.identity.signIn(input.email, input.password, ctx.req.ip, this.config.sessionTtlHours);
    ctx.reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(this.config, ctx.req, expiresAt));
    const actor = makeActor({ accountId: account.id, personId: account.personId, organisationId: account.organisationId, roles: account.roles as Role[], sessionId: '' });
    // The request's own scope may be another organisation's (a signed-in browser signing in again).
    return withOrganisation(account.organisationId, () => this.me(actor, account.email));
  }

  @Mutation(() => Boolean, { description: 'Ends this session everywhere it is used.' })
  @Authenticated()
  async signOut(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext): Promise<boolean> {
    await this.sessions.revoke(actor.sessionId);
    ctx.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Query(() => [AccountModel])
  @RequirePermission('users:manage')
  async accounts(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext): Promise<AccountModel[]> {
    const accounts = await this.identity.listAccounts(actor);
    const people = loadersFrom(ctx, this.db);
    return Promise.all(accounts.map(async (a) => this.toAccount(a, await people.personById.load(a.personId))));
  }

  @Mutation(() => AccountModel, { description: 'Sets roles; AGENT is always kept and the last admin cannot lose ADMIN.' })
  @RequirePermission('users:manage')
  async setAccountRoles(@CurrentActor() actor: Actor, @Args('input') input: SetAccountRolesInput): Promise<AccountModel> {
    const account = await this.identity.setRoles(actor, input.accountId, input.roles as Role[]);
    return this.toAccount(account, await this.people.get(actor, account.personId));
  }

  @Mutation(() => AccountModel, { description: 'Stops an account from signing in and ends its sessions at once (DISABLED_BY_ADMIN).' })
  @RequirePermission('users:manage')
  async disableAccount(@CurrentActor() actor: Actor, @Args('input') input: AccountIdInput): Promise<AccountModel> {
    const account = await this.identity.disableAccount(actor, input.accountId);
    return this.toAccount(account, await this.people.get(actor, account.personId));
  }

  @Mutation(() => AccountModel, { description: "Lets a disabled account sign in again; refused once the person's exit date has passed." })
  @RequirePermission('users:manage')
  async enableAccount(@CurrentActor() actor: Actor, @Args('input') input: AccountIdInput): Promise<AccountModel> {
    const account = await this.identity.enableAccount(actor, input.accountId);
    return this.toAccount(account, await this.people.get(actor, account.personId));
  }

  private toAccount(a: AccountRow, person: PersonEntity | null): AccountModel {
    if (!person) throw new Error(`account ${a.id} has no person`);
    const access = accountAccess(
      { hasPassword: !!a.passwordHash, disabled: !!a.disabledAt, disabledReason: a.disabledReason, exitDate: a.exitDate },
      todayUtc(),
    ) as AccountAccessEnum;
    return {
      id: a.id,
      email: a.email,
      roles: a.roles as RoleEnum[],
      canSignIn: access === AccountAccessEnum.ACTIVE,
      access,
      disabledAt: a.disabledAt,
      exitDate: a.exitDate,
      person: toPersonModel(person, true),
    };
  }
}

