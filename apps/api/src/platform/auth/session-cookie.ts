import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config';

/**
 * The session cookie's attributes. `Secure` whenever the browser reached us over HTTPS: directly, or
 * through a proxy named in TRUST_PROXY (Fastify believes X-Forwarded-Proto only from those), and
 * always in production, where plain HTTP is not expected at all.
 */
export function sessionCookieOptions(config: Pick<AppConfig, 'production'>, req: Pick<FastifyRequest, 'protocol'>, expires: Date): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.production || req.protocol === 'https', path: '/', expires };
}
