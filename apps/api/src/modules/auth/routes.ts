import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestLocale } from '../../platform/http/request-locale.js';
import { z } from 'zod';
import {
  ZAuthResponse,
  ZCodeSentResponse,
  ZForgotPasswordRequest,
  ZLoginCodeRequest,
  ZLoginCodeVerifyRequest,
  ZLoginRequest,
  ZProblem,
  ZRegisterRequest,
  ZResendRequest,
  ZResetPasswordRequest,
  ZSessionsResponse,
  ZVerifyRequest,
} from '@dastiyor/contracts';
import { AppError } from '../../platform/http/errors.js';
import { recordAudit } from '../audit/index.js';
import { type AuthDeps, forgotPassword, register, resendRegistrationCode, resetPassword, verifyRegistration } from './auth-service.js';
import { contactOf } from './contacts.js';
import { login, sendLoginCode, verifyLoginCode } from './login-service.js';
import { revokeSession, revokeSessionsOf } from './sessions-repository.js';
import { clearSessionCookie, originOf, requireAuth, setSessionCookie } from './session-plugin.js';
import { listSessions } from './sessions-service.js';

// Per-IP ceilings stay loose (carrier NAT); the real limits are per destination and per account.
const codeRouteLimit = { rateLimit: { max: 20, timeWindow: 60_000 } };
const loginLimit = { rateLimit: { max: 30, timeWindow: 60_000 } };
const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod<{ deps: AuthDeps; secureCookies: boolean }> = async (app, { deps, secureCookies }) => {
  const signedIn = (user: { id: string; role: 'customer' | 'provider' | 'admin'; name: string; locale: 'ru' | 'tg' }) => ({
    user: { id: user.id, role: user.role, name: user.name, locale: user.locale },
  });

  app.post(
    '/api/v1/auth/register',
    { config: codeRouteLimit, schema: { operationId: 'register', tags, body: ZRegisterRequest, response: { 202: ZCodeSentResponse } } },
    async (request, reply) => reply.status(202).send(await register(deps, { ...request.body, contact: contactOf(request.body) })),
  );

  app.post(
    '/api/v1/auth/verify',
    { config: loginLimit, schema: { operationId: 'verifyRegistration', tags, body: ZVerifyRequest, response: { 200: ZAuthResponse } } },
    async (request, reply) => {
      const { user, token } = await verifyRegistration(deps, contactOf(request.body), request.body.code, originOf(request));
      setSessionCookie(reply, token, secureCookies);
      return signedIn(user);
    },
  );

  app.post(
    '/api/v1/auth/resend',
    { config: codeRouteLimit, schema: { operationId: 'resendCode', tags, body: ZResendRequest, response: { 202: ZCodeSentResponse } } },
    async (request, reply) => {
      const contact = contactOf(request.body);
      const sent =
        request.body.purpose === 'register' ? await resendRegistrationCode(deps, contact) : await forgotPassword(deps, contact, 'ru');
      return reply.status(202).send(sent);
    },
  );

  app.post(
    '/api/v1/auth/login',
    {
      config: loginLimit,
      // 429 is documented for its `auth.step_up_required` answer, which clients branch on (`stepUp`).
      schema: { operationId: 'login', tags, body: ZLoginRequest, response: { 200: ZAuthResponse, 429: ZProblem } },
    },
    async (request, reply) => {
      const { user, token } = await login(deps, request.body.login, request.body.password, originOf(request));
      setSessionCookie(reply, token, secureCookies);
      return signedIn(user);
    },
  );

  app.post(
    '/api/v1/auth/login/code',
    {
      config: codeRouteLimit,
      schema: { operationId: 'sendLoginCode', tags, body: ZLoginCodeRequest, response: { 202: ZCodeSentResponse } },
    },
    async (request, reply) =>
      reply.status(202).send(await sendLoginCode(deps, request.body.login, requestLocale(request), originOf(request))),
  );

  app.post(
    '/api/v1/auth/login/code/verify',
    {
      config: loginLimit,
      schema: { operationId: 'verifyLoginCode', tags, body: ZLoginCodeVerifyRequest, response: { 200: ZAuthResponse } },
    },
    async (request, reply) => {
      const { login: loginInput, code, password } = request.body;
      const { user, token } = await verifyLoginCode(deps, loginInput, code, password, originOf(request));
      setSessionCookie(reply, token, secureCookies);
      return signedIn(user);
    },
  );

  app.post('/api/v1/auth/logout', { schema: { operationId: 'logout', tags, response: { 204: z.null() } } }, async (request, reply) => {
    const auth = request.auth;
    if (auth) {
      const now = deps.clock();
      await revokeSession(deps.db, auth.user.id, auth.sessionId, now);
      await recordAudit(deps.db, now, originOf(request), {
        actorId: auth.user.id,
        action: 'auth.logout',
        targetType: 'user',
        targetId: auth.user.id,
      });
    }
    clearSessionCookie(reply, secureCookies);
    return reply.status(204).send(null);
  });

  app.post(
    '/api/v1/auth/password/forgot',
    {
      config: codeRouteLimit,
      schema: { operationId: 'forgotPassword', tags, body: ZForgotPasswordRequest, response: { 202: ZCodeSentResponse } },
    },
    async (request, reply) => {
      return reply.status(202).send(await forgotPassword(deps, contactOf(request.body), requestLocale(request)));
    },
  );

  app.post(
    '/api/v1/auth/password/reset',
    { config: loginLimit, schema: { operationId: 'resetPassword', tags, body: ZResetPasswordRequest, response: { 200: ZAuthResponse } } },
    async (request, reply) => {
      const { user, token } = await resetPassword(
        deps,
        contactOf(request.body),
        request.body.code,
        request.body.password,
        originOf(request),
      );
      setSessionCookie(reply, token, secureCookies);
      return signedIn(user);
    },
  );

  app.get(
    '/api/v1/auth/sessions',
    { schema: { operationId: 'listSessions', tags, response: { 200: ZSessionsResponse } } },
    async (request) => ({
      items: await listSessions(deps.db, requireAuth(request), deps.clock()),
      nextCursor: null,
    }),
  );

  app.delete(
    '/api/v1/auth/sessions/:id',
    { schema: { operationId: 'endSession', tags, params: z.object({ id: z.uuid() }), response: { 204: z.null() } } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = deps.clock();
      if (!(await revokeSession(deps.db, auth.user.id, request.params.id, now))) throw new AppError('not_found', 'No such session');
      await recordAudit(deps.db, now, originOf(request), {
        actorId: auth.user.id,
        action: 'auth.session_ended',
        targetType: 'session',
        targetId: request.params.id,
      });
      if (request.params.id === auth.sessionId) clearSessionCookie(reply, secureCookies);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/sessions/end-others',
    { schema: { operationId: 'endOtherSessions', tags, response: { 204: z.null() } } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = deps.clock();
      await revokeSessionsOf(deps.db, auth.user.id, now, auth.sessionId);
      await recordAudit(deps.db, now, originOf(request), {
        actorId: auth.user.id,
        action: 'auth.sessions_ended',
        targetType: 'user',
        targetId: auth.user.id,
      });
      return reply.status(204).send(null);
    },
  );
};
