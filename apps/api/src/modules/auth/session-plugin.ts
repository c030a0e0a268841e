import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sessionCookieName } from '@dastiyor/contracts/values';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { RequestOrigin } from '../audit/index.js';
import type { SessionReader } from './live-session.js';
import { type AuthContext, authenticate, sessionRules } from './sessions-service.js';

export const sessionCookie = sessionCookieName;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route reads the session itself, in one statement with its own data (live-session.ts `sessionWith`). */
    session?: SessionReader;
  }
  interface FastifyRequest {
    /** The signed-in person, or null for a guest. */
    auth: AuthContext | null;
  }
}

/** Resolves the session cookie once per request; revocation takes effect on the next request. */
export const sessionPlugin = fp<{ db: Db; clock: () => Date }>(async (app, { db, clock }) => {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[sessionCookie];
    if (!token || token.length > 100) return;
    const now = clock();
    const reader = request.routeOptions.config.session;
    request.auth = await authenticate(db, token, now, reader && ((tokenHash) => reader.read(db, request, tokenHash, now)));
  });
});

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.setCookie(sessionCookie, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: sessionRules.ttlMs / 1000 });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(sessionCookie, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

/** The caller's session, or 401 `auth.required`. */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('auth.required', 'Sign in to continue');
  return request.auth;
}

export function originOf(request: FastifyRequest): RequestOrigin {
  const ua = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof ua === 'string' ? ua : null };
}
