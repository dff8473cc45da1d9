import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import { Public } from '../../../platform/auth/permission.decorator';
import type { PulseRequest } from '../../../platform/auth/request';
import { SESSION_COOKIE } from '../../../platform/auth/session.service';
import type { AppConfig } from '../../../platform/config';
import { AppConfigToken, LoggerToken } from '../../../platform/config.provider';
import { OidcService, OidcSignInError } from './oidc.service';

/** Binds a sign-in to the browser that started it (login CSRF): the callback's state must equal it. */
export const OIDC_STATE_COOKIE = 'pp_oidc_state';
const COOKIE_PATH = '/api/auth/oidc';

/** The address to register at the identity provider as the redirect URI. */
export function oidcRedirectUri(req: PulseRequest): string {
  return `${req.protocol}://${req.host}${COOKIE_PATH}/callback`;
}

/**
 * Browser redirects of OpenID Connect sign-in. Both end in a redirect: to the provider, into the
 * app, or back to the sign-in page with `?sso=<reason>`, which the page explains.
 */
@Controller('api/auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    @Inject(AppConfigToken) private readonly config: AppConfig,
    @Inject(LoggerToken) private readonly log: Logger,
  ) {}

  private secure(req: PulseRequest): boolean {
    return this.config.production || req.protocol === 'https';
  }

  private failed(reply: FastifyReply, e: unknown): void {
    if (!(e instanceof OidcSignInError)) this.log.error({ err: e }, 'single sign-on failed unexpectedly');
    const reason = e instanceof OidcSignInError ? e.reason : 'failed';
    void reply.clearCookie(OIDC_STATE_COOKIE, { path: COOKIE_PATH }).redirect(`/sign-in?sso=${reason}`, 303);
  }

  @Get('start')
  @Public()
  async start(@Req() req: PulseRequest, @Res() reply: FastifyReply, @Query('login') login?: string, @Query('returnTo') returnTo?: string): Promise<void> {
    try {
      const { authorizationUrl, state } = await this.oidc.start(String(login ?? ''), returnTo, oidcRedirectUri(req));
      reply.setCookie(OIDC_STATE_COOKIE, state, { httpOnly: true, sameSite: 'lax', secure: this.secure(req), path: COOKIE_PATH, maxAge: 10 * 60 });
      void reply.redirect(authorizationUrl, 303);
    } catch (e) {
      this.failed(reply, e);
    }
  }

  @Get('callback')
  @Public()
  async callback(@Req() req: PulseRequest, @Res() reply: FastifyReply): Promise<void> {
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
    const cookieState = (req.cookies as Record<string, string | undefined> | undefined)?.[OIDC_STATE_COOKIE];
    try {
      const { token, expiresAt, returnTo } = await this.oidc.callback(query, cookieState, req.ip, this.config.sessionTtlHours);
      reply.clearCookie(OIDC_STATE_COOKIE, { path: COOKIE_PATH });
      reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: this.secure(req), path: '/', expires: expiresAt });
      void reply.redirect(returnTo, 303);
    } catch (e) {
      this.failed(reply, e);
    }
  }
}
