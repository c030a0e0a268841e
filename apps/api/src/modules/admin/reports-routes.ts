import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZAdminPaymentsFilter,
  ZAdminPaymentsQuery,
  ZAdminPaymentsResponse,
  ZAdminSettings,
  ZAdminSettingsUpdate,
  ZAdminStats,
  ZAdminStatsQuery,
  ZAdminSubscriptionsQuery,
  ZAdminSubscriptionsResponse,
} from '@dastiyor/contracts';
import { originOf } from '../auth/index.js';
import type { AdminDeps } from './admin-deps.js';
import { adminOf, adminOnlyHook } from './admin-guard.js';
import { dushanbeDayOf } from './reports/day-range.js';
import { paymentsCsvStream } from './reports/payments-csv.js';
import { allAdminPayments, listAdminPayments, paymentsFilterOf } from './reports/payments-list-service.js';
import { getAdminSettings, updateAdminSettings } from './reports/settings-service.js';
import { getAdminStats } from './reports/stats-service.js';
import { listSubscriptionPeriods } from './reports/subscriptions-list-service.js';

const tags = ['admin'];

/** /api/v1/admin/stats, subscriptions, payments (with CSV) and settings. Every route is admins only. */
export const adminReportRoutes: FastifyPluginAsyncZod<{ deps: AdminDeps }> = async (app, { deps }) => {
  app.addHook('onRequest', adminOnlyHook);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'private, no-store');
  });

  app.get(
    '/api/v1/admin/stats',
    {
      schema: {
        operationId: 'adminStats',
        tags,
        summary: 'Dashboard figures per Asia/Dushanbe day over a range (default the last 30 days), totals, funnel, subscribers now',
        querystring: ZAdminStatsQuery,
        response: { 200: ZAdminStats },
      },
    },
    async (request) => getAdminStats(deps, adminOf(request), request.query),
  );

  app.get(
    '/api/v1/admin/subscriptions',
    {
      schema: {
        operationId: 'adminListSubscriptions',
        tags,
        summary: 'Subscription periods of every provider, newest first, by status now, plan or provider',
        querystring: ZAdminSubscriptionsQuery,
        response: { 200: ZAdminSubscriptionsResponse },
      },
    },
    async (request) => listSubscriptionPeriods(deps, adminOf(request), request.query),
  );

  app.get(
    '/api/v1/admin/payments',
    {
      schema: {
        operationId: 'adminListPayments',
        tags,
        summary: 'Payments newest first, by status, purpose, payer and Dushanbe days of creation',
        querystring: ZAdminPaymentsQuery,
        response: { 200: ZAdminPaymentsResponse },
      },
    },
    async (request) => listAdminPayments(deps, adminOf(request), request.query),
  );

  app.get(
    '/api/v1/admin/payments.csv',
    {
      schema: {
        operationId: 'adminExportPayments',
        tags,
        summary: 'Every payment the filters match as CSV (UTF-8 with BOM, amounts in TJS), streamed',
        description: 'Answers text/csv (a stream, so no JSON response schema); Content-Disposition: attachment.',
        querystring: ZAdminPaymentsFilter,
      },
    },
    async (request, reply) => {
      const pages = allAdminPayments(deps, adminOf(request), paymentsFilterOf(request.query));
      const filename = `payments-${dushanbeDayOf(deps.clock())}.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(paymentsCsvStream(pages));
    },
  );

  app.get(
    '/api/v1/admin/settings',
    {
      schema: { operationId: 'adminGetSettings', tags, summary: 'Maintenance mode as it stands', response: { 200: ZAdminSettings } },
    },
    async (request) => getAdminSettings(deps, adminOf(request)),
  );

  app.put(
    '/api/v1/admin/settings',
    {
      schema: {
        operationId: 'adminUpdateSettings',
        tags,
        summary: 'Switch maintenance mode on or off, with the message visitors see',
        body: ZAdminSettingsUpdate,
        response: { 200: ZAdminSettings },
      },
    },
    async (request) => updateAdminSettings(deps, adminOf(request), request.body, originOf(request)),
  );
};
