import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCheckoutRequest,
  ZCheckoutResponse,
  ZCursorQuery,
  ZIdempotencyHeaders,
  ZLocalizedName,
  ZPayment,
  ZPaymentMethodsResponse,
  ZPaymentsResponse,
  ZSandboxCompleteRequest,
  ZTopUpRequest,
  ZTopUpResponse,
} from '@dastiyor/contracts';
import { sandboxSignatureHeader } from '../../platform/payments/sandbox-provider.js';
import { originOf, requireAuth } from '../auth/index.js';
import { checkout, getMyPayment, listMyPayments, paymentMethods } from './checkout-service.js';
import type { PaymentsDeps } from './payments-deps.js';
import { checkoutTopUp } from './top-up-service.js';
import { completeSandboxPayment, getSandboxPayment } from './sandbox-service.js';
import { handlePaymentWebhook } from './webhook-service.js';

const tags = ['payments'];
const ZSandboxPayment = z.object({
  id: z.uuid(),
  amount: z.number().int(),
  currency: z.string(),
  status: z.enum(['pending', 'succeeded', 'failed', 'refunded']),
  purpose: z.enum(['plan', 'top_up']),
  /** null for a balance top-up. */
  plan: z.object({ code: z.string(), name: ZLocalizedName }).nullable(),
});

export const paymentRoutes: FastifyPluginAsyncZod<{ deps: PaymentsDeps; sandboxSecret: string | null }> = async (
  app,
  { deps, sandboxSecret },
) => {
  app.post(
    '/api/v1/subscriptions/checkout',
    {
      config: { idempotent: true },
      schema: {
        operationId: 'checkout',
        tags,
        summary: 'Pay for a plan: by card (a pending payment and the page to pay on) or from the balance (active at once)',
        headers: ZIdempotencyHeaders,
        body: ZCheckoutRequest,
        response: { 201: ZCheckoutResponse },
      },
    },
    async (request, reply) => reply.status(201).send(await checkout(deps, requireAuth(request), request.body, originOf(request))),
  );

  app.get(
    '/api/v1/me/payments',
    { schema: { operationId: 'listMyPayments', tags, querystring: ZCursorQuery, response: { 200: ZPaymentsResponse } } },
    async (request) => listMyPayments(deps, requireAuth(request), request.query),
  );

  app.get(
    '/api/v1/me/payments/:paymentId',
    {
      schema: {
        operationId: 'getMyPayment',
        tags,
        summary: 'One of my payments (the return page and the receipt); a pending one is checked with the bank on the way',
        params: z.object({ paymentId: z.uuid() }),
        response: { 200: ZPayment },
      },
    },
    async (request) => getMyPayment(deps, requireAuth(request), request.params.paymentId, originOf(request)),
  );

  app.get(
    '/api/v1/payments/methods',
    {
      schema: {
        operationId: 'listPaymentMethods',
        tags,
        summary: 'The ways to pay the terminal takes, in the order to offer them, and the origins a checkout may send the payer to',
        response: { 200: ZPaymentMethodsResponse },
      },
    },
    async () => paymentMethods(deps),
  );

  // Webhooks are verified against the exact bytes received, so this scope keeps JSON bodies raw.
  await app.register(async (scope) => {
    const raw = scope.withTypeProvider<ZodTypeProvider>();
    raw.removeContentTypeParser('application/json');
    raw.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => done(null, body));
    raw.post(
      '/api/v1/payments/webhooks/:provider',
      {
        config: { rateLimit: false },
        schema: {
          operationId: 'paymentWebhook',
          tags,
          summary: 'Signed events from an acquirer; replays are recognised',
          params: z.object({ provider: z.string().max(40) }),
        },
      },
      async (request, reply) => {
        const outcome = await handlePaymentWebhook(
          deps,
          request.params.provider,
          String(request.body ?? ''),
          request.headers,
          originOf(request),
        );
        // Stored (and, where there is a bank to ask, confirmed or queued for the job): the acquirer's own answer.
        const answer = deps.providers.get(request.params.provider)?.webhookAnswer;
        if (answer) return reply.type(answer.contentType).send(answer.body);
        return { received: true, outcome };
      },
    );
  });

  if (!sandboxSecret) return; // the sandbox never exists in production

  app.get(
    '/api/v1/payments/sandbox/:paymentId',
    { schema: { operationId: 'getSandboxPayment', tags, params: z.object({ paymentId: z.uuid() }), response: { 200: ZSandboxPayment } } },
    async (request) => getSandboxPayment(deps, requireAuth(request), request.params.paymentId),
  );

  app.post(
    '/api/v1/payments/sandbox/:paymentId/complete',
    {
      schema: {
        operationId: 'completeSandboxPayment',
        tags,
        summary: 'The sandbox page’s Pay / Decline: delivers a signed webhook',
        params: z.object({ paymentId: z.uuid() }),
        body: ZSandboxCompleteRequest,
        response: { 200: ZSandboxPayment },
      },
    },
    async (request) =>
      completeSandboxPayment(deps, requireAuth(request), request.params.paymentId, request.body.outcome, sandboxSecret, (body, signature) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/payments/webhooks/sandbox',
          payload: body,
          headers: { 'content-type': 'application/json', [sandboxSignatureHeader]: signature },
        }),
      ),
  );

  app.post(
    '/api/v1/me/balance/top-ups',
    {
      config: { idempotent: true },
      schema: {
        operationId: 'topUpBalance',
        tags: ['balance'],
        summary: 'A pending top-up and the page to pay on; the balance is credited when the acquirer confirms',
        headers: ZIdempotencyHeaders,
        body: ZTopUpRequest,
        response: { 201: ZTopUpResponse },
      },
    },
    async (request, reply) => reply.status(201).send(await checkoutTopUp(deps, requireAuth(request), request.body, originOf(request))),
  );
};
