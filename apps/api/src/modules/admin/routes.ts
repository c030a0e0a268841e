import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAdminGrantRequest,
  ZAdminPeriod,
  ZAdminPlan,
  ZAdminPlanCreate,
  ZAdminPlansResponse,
  ZAdminPlanUpdate,
  ZAdminReasonRequest,
  ZAdminRefundResponse,
} from '@dastiyor/contracts';
import { originOf } from '../auth/index.js';
import { type PaymentsDeps, refundPayment } from '../payments/index.js';
import { grantByAdmin, revokeByAdmin, createPlan, listAllPlans, updatePlan } from '../subscriptions/index.js';
import { adminOf, adminOnlyHook } from './admin-guard.js';

const tags = ['admin'];
const ZIdParams = z.object({ id: z.uuid() });

/** /api/v1/admin/*: plans, manual activation and revocation, refunds. Every route is admins only. */
export const adminRoutes: FastifyPluginAsyncZod<{ deps: PaymentsDeps }> = async (app, { deps }) => {
  app.addHook('onRequest', adminOnlyHook);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'private, no-store');
  });

  app.get(
    '/api/v1/admin/plans',
    {
      schema: {
        operationId: 'adminListPlans',
        tags,
        summary: 'Every plan, disabled ones included',
        response: { 200: ZAdminPlansResponse },
      },
    },
    async (request) => ({ items: await listAllPlans(deps, adminOf(request)), nextCursor: null }),
  );

  app.post(
    '/api/v1/admin/plans',
    { schema: { operationId: 'adminCreatePlan', tags, body: ZAdminPlanCreate, response: { 201: ZAdminPlan } } },
    async (request, reply) => reply.status(201).send(await createPlan(deps, adminOf(request), request.body, originOf(request))),
  );

  app.patch(
    '/api/v1/admin/plans/:id',
    {
      schema: {
        operationId: 'adminUpdatePlan',
        tags,
        summary: 'Change terms or take a plan off sale (isActive: false); running periods keep going',
        params: ZIdParams,
        body: ZAdminPlanUpdate,
        response: { 200: ZAdminPlan },
      },
    },
    async (request) => updatePlan(deps, adminOf(request), request.params.id, request.body, originOf(request)),
  );

  app.post(
    '/api/v1/admin/subscriptions',
    {
      schema: {
        operationId: 'adminGrantSubscription',
        tags,
        summary: 'Manual activation: a period with source admin',
        body: ZAdminGrantRequest,
        response: { 201: ZAdminPeriod },
      },
    },
    async (request, reply) => reply.status(201).send(await grantByAdmin(deps, adminOf(request), request.body, originOf(request))),
  );

  app.post(
    '/api/v1/admin/subscriptions/:id/revoke',
    {
      schema: {
        operationId: 'adminRevokeSubscription',
        tags,
        summary: 'End a subscription period now',
        params: ZIdParams,
        body: ZAdminReasonRequest,
        response: { 200: ZAdminPeriod },
      },
    },
    async (request) => revokeByAdmin(deps, adminOf(request), request.params.id, request.body.reason, originOf(request)),
  );

  app.post(
    '/api/v1/admin/payments/:id/refund',
    {
      schema: {
        operationId: 'adminRefundPayment',
        tags,
        summary: 'Refund a payment; the period it bought ends now',
        params: ZIdParams,
        body: ZAdminReasonRequest,
        response: { 200: ZAdminRefundResponse },
      },
    },
    async (request) => refundPayment(deps, adminOf(request), request.params.id, request.body.reason, originOf(request)),
  );
};
