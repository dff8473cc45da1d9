import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { withOrganisation } from '../../../database/tenant-context';
import { isLoopbackUrl, issuerProblem, normaliseEmailDomains, parseSsoLogin, safeReturnTo } from '@pulse/domain-identity';
import type { Actor } from '../../../platform/auth/actor';
import { hashToken, SessionService } from '../../../platform/auth/session.service';
import { LoggerToken } from '../../../platform/config.provider';
import { AuditService } from '../../audit/audit.service';
import { OidcConnectionEntity } from '../entities/oidc-connection.entity';
import { type OpenIdClient, openIdClient } from './openid-client';

/** How long the provider may take to send the browser back. */
const SIGN_IN_MINUTES = 10;
/** Discovery documents and keys are cached this long per connection. */
const DISCOVERY_TTL_MS = 10 * 60_000;

export type OidcStart = { authorizationUrl: string; state: string };
/** Why a single sign-on did not sign anyone in; the sign-in page explains each. */
export type OidcFailure = 'not-configured' | 'failed' | 'unknown-account' | 'unverified-email' | 'expired';
export class OidcSignInError extends Error {
  constructor(
    readonly reason: OidcFailure,
    detail: string,
  ) {
    super(detail);
  }
}

export type ConfigureSsoInput = { issuer: string; clientId: string; clientSecret: string | null; emailDomains: string[]; enabled: boolean };

type Connection = Pick<OidcConnectionEntity, 'organisationId' | 'issuer' | 'clientId' | 'clientSecret' | 'enabled'>;

/**
 * OpenID Connect sign-in: authorization code with PKCE, state and nonce, per organisation. The
 * provider proves the e-mail; the product decides who that is (an enabled account of that
 * organisation with that e-mail) and issues its own session, exactly as a password sign-in does.
 */
@Injectable()
export class OidcService {
  private readonly discovered = new Map<string, { at: number; config: Promise<OpenIdClient.Configuration> }>();

  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    @Inject(LoggerToken) private readonly log: Logger,
  ) {}

  private async discover(c: Pick<Connection, 'issuer' | 'clientId' | 'clientSecret'>, fresh = false): Promise<OpenIdClient.Configuration> {
    const key = createHash('sha256').update(`${c.issuer}\n${c.clientId}\n${c.clientSecret}`).digest('hex');
    const cached = this.discovered.get(key);
    if (!fresh && cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
    const client = await openIdClient();
    const issuer = new URL(c.issuer);
    const config = client.discovery(issuer, c.clientId, undefined, client.ClientSecretBasic(c.clientSecret), {
      execute: isLoopbackUrl(issuer) ? [client.allowInsecureRequests] : [],
      timeout: 10,
    });
    this.discovered.set(key, { at: Date.now(), config });
    config.catch(() => this.discovered.delete(key));
    return config;
  }

  /** Step 1: the organisation from the e-mail's domain or the slug, then the provider's authorization URL. */
  async start(login: string, returnTo: string | undefined, redirectUri: string): Promise<OidcStart> {
    const parsed = parseSsoLogin(login);
    if (!parsed) throw new OidcSignInError('not-configured', 'not an e-mail or organisation id');
    // Before the organisation is known: the one SECURITY DEFINER look-up of single sign-on by domain or slug (ADR 0013).
    const [{ organisation_id: organisationId }]: Array<{ organisation_id: string | null }> = await this.db.query(
      `SELECT pulse_sso_organisation($1, $2) AS organisation_id`,
      parsed.kind === 'domain' ? [parsed.domain, null] : [null, parsed.slug],
    );
    if (!organisationId) throw new OidcSignInError('not-configured', `no single sign-on for ${login}`);
    return withOrganisation(organisationId, () => this.startFor(organisationId, login, parsed, returnTo, redirectUri));
  }

  private async startFor(organisationId: string, login: string, parsed: NonNullable<ReturnType<typeof parseSsoLogin>>, returnTo: string | undefined, redirectUri: string): Promise<OidcStart> {
    const connection = await this.db.getRepository(OidcConnectionEntity).findOneBy({ organisationId, enabled: true });
    if (!connection) throw new OidcSignInError('not-configured', `no single sign-on for ${login}`);
    const client = await openIdClient();
    const config = await this.discover(connection).catch((e: unknown) => {
      throw new OidcSignInError('failed', `discovery failed: ${(e as Error).message}`);
    });
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    await this.db.query(
      `INSERT INTO oidc_sign_in (organisation_id, state_hash, code_verifier, nonce, redirect_uri, return_to, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(mins => $7))`,
      [connection.organisationId, hashToken(state), codeVerifier, nonce, redirectUri, safeReturnTo(returnTo), SIGN_IN_MINUTES],
    );
    // Sign-ins abandoned at the provider are removed as new ones of their organisation start.
    await this.db.query(`DELETE FROM oidc_sign_in WHERE expires_at < now() - interval '1 hour'`);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      ...(parsed.kind === 'domain' ? { login_hint: parsed.email } : {}),
    });
    return { authorizationUrl: url.href, state };
  }

  /**
   * Step 2: the provider sent the browser back. The state must be the one this browser was given
   * (cookie) and unused; openid-client checks the state, PKCE, the ID token's signature, issuer,
   * audience, expiry and nonce. Then the verified e-mail must be an enabled account of that organisation.
   */
  async callback(query: string, cookieState: string | undefined, clientAddress: string, ttlHours: number) {
    const params = new URLSearchParams(query);
    const state = params.get('state') ?? '';
    if (!state || !cookieState || state !== cookieState) throw new OidcSignInError('failed', 'state does not match this browser');
    // Before the organisation is known: the one SECURITY DEFINER look-up of a sign-in in flight by its state (ADR 0013).
    const [{ organisation_id: organisationId }]: Array<{ organisation_id: string | null }> = await this.db.query(
      `SELECT pulse_sso_sign_in_organisation($1) AS organisation_id`,
      [hashToken(state)],
    );
    if (!organisationId) throw new OidcSignInError('failed', 'unknown or already used state');
    return withOrganisation(organisationId, () => this.callbackFor(organisationId, params, state, query, clientAddress, ttlHours));
  }

  private async callbackFor(organisationId: string, params: URLSearchParams, state: string, query: string, clientAddress: string, ttlHours: number) {
    // TypeORM answers a DELETE … RETURNING with [rows, count].
    const [pending]: [Array<{ organisation_id: string; code_verifier: string; nonce: string; redirect_uri: string; return_to: string; expired: boolean }>, number] =
      await this.db.query(
        `DELETE FROM oidc_sign_in WHERE state_hash = $1 RETURNING organisation_id, code_verifier, nonce, redirect_uri, return_to, expires_at < now() AS expired`,
        [hashToken(state)],
      );
    const flow = pending[0];
    if (!flow) throw new OidcSignInError('failed', 'unknown or already used state');
    if (flow.expired) throw new OidcSignInError('expired', 'the sign-in took too long');
    const refuse = async (reason: OidcFailure, detail: string): Promise<never> => {
      await this.db.transaction((em) => this.audit.record(em, { organisationId, accountId: null }, 'account.sso_refused', null, { reason, detail }));
      throw new OidcSignInError(reason, detail);
    };
    if (params.get('error')) return refuse('failed', `provider error: ${params.get('error')}`);
    const connection = await this.db.getRepository(OidcConnectionEntity).findOneBy({ organisationId, enabled: true });
    if (!connection) return refuse('not-configured', 'single sign-on was turned off');
    const client = await openIdClient();
    let claims: OpenIdClient.IDToken | undefined;
    try {
      const config = await this.discover(connection);
      const currentUrl = new URL(flow.redirect_uri);
      currentUrl.search = query;
      const tokens = await client.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: flow.code_verifier,
        expectedState: state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
      // Many providers put e-mail claims in the ID token; others (oidc-provider by default) only
      // at the userinfo endpoint, which openid-client checks belongs to the same subject.
      if (claims && (claims.email === undefined || claims.email_verified === undefined) && tokens.access_token) {
        const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        claims = { ...claims, email: claims.email ?? info.email, email_verified: claims.email_verified ?? info.email_verified };
      }
    } catch (e) {
      this.log.warn({ err: e, organisationId }, 'OpenID Connect callback refused');
      // openid-client names the check that failed (state, nonce, signature, …) in the cause.
      const cause = (e as { cause?: unknown }).cause;
      return refuse('failed', `${(e as Error).message}${cause instanceof Error ? `: ${cause.message}` : ''}`.slice(0, 300));
    }
    const email = typeof claims?.email === 'string' ? claims.email.trim().toLowerCase() : '';
    if (!email || claims?.email_verified !== true) return refuse('unverified-email', 'the provider did not give a verified e-mail');
    const accounts: Array<{ id: string; person_id: string; roles: string[] }> = await this.db.query(
      `SELECT id, person_id, roles FROM account WHERE organisation_id = $1 AND email = $2 AND disabled_at IS NULL`,
      [organisationId, email],
    );
    const account = accounts[0];
    if (!account) return refuse('unknown-account', 'no enabled account has that e-mail');
    return this.db.transaction(async (em) => {
      const { token, expiresAt } = await this.sessions.create(em, account.id, organisationId, ttlHours);
      await this.audit.record(em, { organisationId, accountId: account.id }, 'account.signed_in', account.id, { method: 'oidc', issuer: connection.issuer, clientAddress });
      return { token, expiresAt, returnTo: flow.return_to };
    });
  }

  async organisationSlug(actor: Actor): Promise<string> {
    const [{ slug }] = await this.db.query(`SELECT slug FROM organisation WHERE id = $1`, [actor.organisationId]);
    return slug;
  }

  connection(actor: Actor): Promise<OidcConnectionEntity | null> {
    return this.db.getRepository(OidcConnectionEntity).findOneBy({ organisationId: actor.organisationId });
  }

  /** Saves the connection after checking that the issuer really serves an OpenID Connect discovery document. */
  async configure(actor: Actor, input: ConfigureSsoInput): Promise<OidcConnectionEntity> {
    const problem = issuerProblem(input.issuer);
    if (problem) throw new BadRequestException(problem);
    const { domains, problem: domainProblem } = normaliseEmailDomains(input.emailDomains);
    if (domainProblem) throw new BadRequestException(domainProblem);
    const previous = await this.connection(actor);
    const clientSecret = input.clientSecret || previous?.clientSecret;
    if (!clientSecret) throw new BadRequestException('clientSecret is required');
    const issuer = input.issuer.trim();
    const clientId = input.clientId.trim();
    await this.discover({ issuer, clientId, clientSecret }, true).catch((e: unknown) => {
      throw new BadRequestException(`The issuer's OpenID Connect discovery document could not be read (${(e as Error).message.slice(0, 200)}).`);
    });
    return this.db.transaction(async (em) => {
      // Other organisations' connections are not visible here (ADR 0013): a SECURITY DEFINER function answers for them.
      const taken: Array<{ d: string }> = await em.query(`SELECT d FROM pulse_sso_domains_claimed_elsewhere($1, $2::text[]) AS d`, [actor.organisationId, domains]);
      if (taken.length) throw new BadRequestException(`${taken[0].d} is already claimed by another organisation's single sign-on.`);
      const repo = em.getRepository(OidcConnectionEntity);
      await repo.upsert({ organisationId: actor.organisationId, issuer, clientId, clientSecret, emailDomains: domains, enabled: input.enabled }, ['organisationId']);
      const describe = (c: Pick<OidcConnectionEntity, 'issuer' | 'clientId' | 'emailDomains' | 'enabled'> | null) =>
        c ? { issuer: c.issuer, clientId: c.clientId, emailDomains: c.emailDomains, enabled: c.enabled } : null;
      await this.audit.record(em, actor, 'sso.configured', actor.organisationId, {
        previous: describe(previous),
        next: describe({ issuer, clientId, emailDomains: domains, enabled: input.enabled }),
        // Never the secret itself, only that it changed.
        clientSecretChanged: !!input.clientSecret && input.clientSecret !== previous?.clientSecret,
      });
      return (await repo.findOneBy({ organisationId: actor.organisationId }))!;
    });
  }

  async remove(actor: Actor): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const previous = await em.getRepository(OidcConnectionEntity).findOneBy({ organisationId: actor.organisationId });
      if (!previous) return false;
      await em.getRepository(OidcConnectionEntity).delete({ organisationId: actor.organisationId });
      await em.query(`DELETE FROM oidc_sign_in WHERE organisation_id = $1`, [actor.organisationId]);
      await this.audit.record(em, actor, 'sso.removed', actor.organisationId, { previous: { issuer: previous.issuer, clientId: previous.clientId, emailDomains: previous.emailDomains } });
      return true;
    });
  }
}
