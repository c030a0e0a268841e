import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZChangeEmailRequest,
  ZChangePasswordRequest,
  ZChangePhoneRequest,
  ZCodeSentResponse,
  ZConfirmContactRequest,
} from '@dastiyor/contracts';
import { type AuthDeps, normalizePhone, originOf, requireAuth } from '../auth/index.js';
import { changePassword, confirmContactChange, requestContactChange } from './account-service.js';

const tags = ['account'];
const codeRouteLimit = { rateLimit: { max: 20, timeWindow: 60_000 } };
const ZContactChanged = z.object({ email: z.string().nullable(), phone: z.string().nullable() });

export const accountRoutes: FastifyPluginAsyncZod<{ deps: AuthDeps }> = async (app, { deps }) => {
  app.post(
    '/api/v1/me/password',
    { schema: { operationId: 'changePassword', tags, body: ZChangePasswordRequest, response: { 204: z.null() } } },
    async (request, reply) => {
      await changePassword(deps, requireAuth(request), request.body.currentPassword, request.body.newPassword, originOf(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/me/email',
    {
      config: codeRouteLimit,
      schema: { operationId: 'requestEmailChange', tags, body: ZChangeEmailRequest, response: { 202: ZCodeSentResponse } },
    },
    async (request, reply) => {
      const contact = { kind: 'email' as const, value: request.body.email };
      return reply
        .status(202)
        .send(await requestContactChange(deps, requireAuth(request), contact, request.body.currentPassword, originOf(request)));
    },
  );

  app.post(
    '/api/v1/me/phone',
    {
      config: codeRouteLimit,
      schema: { operationId: 'requestPhoneChange', tags, body: ZChangePhoneRequest, response: { 202: ZCodeSentResponse } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const contact = { kind: 'phone' as const, value: normalizePhone(request.body.phone) };
      return reply.status(202).send(await requestContactChange(deps, auth, contact, request.body.currentPassword, originOf(request)));
    },
  );

  for (const kind of ['email', 'phone'] as const) {
    app.post(
      `/api/v1/me/${kind}/confirm`,
      {
        schema: {
          operationId: kind === 'email' ? 'confirmEmailChange' : 'confirmPhoneChange',
          tags,
          body: ZConfirmContactRequest,
          response: { 200: ZContactChanged },
        },
      },
      async (request) => {
        const user = await confirmContactChange(deps, requireAuth(request), kind, request.body.code, originOf(request));
        return { email: user.email, phone: user.phone };
      },
    );
  }
};
