import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAdminAuditQuery,
  ZAdminAuditResponse,
  ZAdminBlockResult,
  ZAdminReasonRequest,
  ZAdminUserDetail,
  ZAdminUsersQuery,
  ZAdminUsersResponse,
  ZAdminUserSummary,
} from '@dastiyor/contracts';
import { originOf } from '../auth/index.js';
import type { AdminDeps } from './admin-deps.js';
import { adminOf, adminOnlyHook } from './admin-guard.js';
import { getAdminUserDetail, listAdminUsers } from './users/admin-users-service.js';
import { listAuditLog } from './users/audit-log-service.js';
import { setProviderVerified } from './users/provider-verification-service.js';
import { blockUser, unblockUser } from './users/user-block-service.js';

const tags = ['admin'];
const ZIdParams = z.object({ id: z.uuid() });

/** /api/v1/admin/users and /api/v1/admin/audit-log. Every route is admins only. */
export const adminUserRoutes: FastifyPluginAsyncZod<{ deps: AdminDeps }> = async (app, { deps }) => {
  app.addHook('onRequest', adminOnlyHook);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'private, no-store');
  });

  app.get(
    '/api/v1/admin/users',
    {
      schema: {
        operationId: 'adminListUsers',
        tags,
        summary: 'Accounts newest first: search by name, email or phone (`q`), filter by role and status',
        querystring: ZAdminUsersQuery,
        response: { 200: ZAdminUsersResponse },
      },
    },
    async (request) => listAdminUsers(deps, adminOf(request), request.query),
  );

  app.get(
    '/api/v1/admin/users/:id',
    {
      schema: {
        operationId: 'adminGetUser',
        tags,
        summary: 'One account: profile, and the newest tasks, responses, subscriptions, payments, complaints and audit entries',
        params: ZIdParams,
        response: { 200: ZAdminUserDetail },
      },
    },
    async (request) => getAdminUserDetail(deps, adminOf(request), request.params.id),
  );

  app.post(
    '/api/v1/admin/users/:id/block',
    {
      schema: {
        operationId: 'adminBlockUser',
        tags,
        summary: 'Block an account: its sessions end at once and its open tasks leave the feed',
        params: ZIdParams,
        body: ZAdminReasonRequest,
        response: { 200: ZAdminBlockResult },
      },
    },
    async (request) => blockUser(deps, adminOf(request), request.params.id, request.body.reason, originOf(request)),
  );

  app.post(
    '/api/v1/admin/users/:id/unblock',
    {
      schema: {
        operationId: 'adminUnblockUser',
        tags,
        summary: 'Lift a block; only the tasks the block hid come back',
        params: ZIdParams,
        response: { 200: ZAdminBlockResult },
      },
    },
    async (request) => unblockUser(deps, adminOf(request), request.params.id, originOf(request)),
  );

  app.post(
    '/api/v1/admin/users/:id/verify',
    {
      schema: {
        operationId: 'adminVerifyProvider',
        tags,
        summary: 'Mark a provider verified (a badge on their public profile)',
        params: ZIdParams,
        response: { 200: ZAdminUserSummary },
      },
    },
    async (request) => setProviderVerified(deps, adminOf(request), request.params.id, true, originOf(request)),
  );

  app.post(
    '/api/v1/admin/users/:id/unverify',
    {
      schema: {
        operationId: 'adminUnverifyProvider',
        tags,
        summary: 'Take a provider’s verified mark back',
        params: ZIdParams,
        response: { 200: ZAdminUserSummary },
      },
    },
    async (request) => setProviderVerified(deps, adminOf(request), request.params.id, false, originOf(request)),
  );

  app.get(
    '/api/v1/admin/audit-log',
    {
      schema: {
        operationId: 'adminListAuditLog',
        tags,
        summary: 'Every admin action and security event newest first; `from`/`to` are Asia/Dushanbe days, `action` a prefix',
        querystring: ZAdminAuditQuery,
        response: { 200: ZAdminAuditResponse },
      },
    },
    async (request) => listAuditLog(deps, adminOf(request), request.query),
  );
};
