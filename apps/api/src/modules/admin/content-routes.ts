import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAdminCategoriesResponse,
  ZAdminCategoryCreate,
  ZAdminCategoryReorder,
  ZAdminCategoryUpdate,
  ZAdminSubcategory,
  ZAdminTaskDetail,
  ZAdminTaskReasonRequest,
  ZAdminTasksQuery,
  ZAdminTasksResponse,
} from '@dastiyor/contracts';
import { originOf } from '../auth/index.js';
import { createCategory, listAdminCategories, reorderCategories, updateCategory } from '../catalog/index.js';
import type { AdminDeps } from './admin-deps.js';
import { adminOf, adminOnlyHook } from './admin-guard.js';
import { getAdminTask, listAdminTasks } from './content/admin-tasks-service.js';
import { cancelTaskByAdmin, hideTask, unhideTask } from './content/task-moderation-service.js';

const tags = ['admin'];
const ZIdParams = z.object({ id: z.uuid() });

/** /api/v1/admin/tasks and /api/v1/admin/categories. Every route is admins only. */
export const adminContentRoutes: FastifyPluginAsyncZod<{ deps: AdminDeps }> = async (app, { deps }) => {
  app.addHook('onRequest', adminOnlyHook);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'private, no-store');
  });

  const act = (request: FastifyRequest, taskId: string) => ({
    admin: adminOf(request),
    taskId,
    origin: originOf(request),
  });

  app.get(
    '/api/v1/admin/tasks',
    {
      schema: {
        operationId: 'adminListTasks',
        tags,
        summary: 'Every task (drafts and hidden ones included), newest first, with search and filters',
        querystring: ZAdminTasksQuery,
        response: { 200: ZAdminTasksResponse },
      },
    },
    async (request) => listAdminTasks(deps, adminOf(request), request.query),
  );

  app.get(
    '/api/v1/admin/tasks/:id',
    {
      schema: {
        operationId: 'adminGetTask',
        tags,
        summary: 'One task with its private fields, responses, complaints and audit trail',
        params: ZIdParams,
        response: { 200: ZAdminTaskDetail },
      },
    },
    async (request) => getAdminTask(deps, adminOf(request), request.params.id),
  );

  app.post(
    '/api/v1/admin/tasks/:id/hide',
    {
      schema: {
        operationId: 'adminHideTask',
        tags,
        summary: 'Hide a task from everyone but its customer (who sees the reason) and admins',
        params: ZIdParams,
        body: ZAdminTaskReasonRequest,
        response: { 200: ZAdminTaskDetail },
      },
    },
    async (request) => hideTask(deps, act(request, request.params.id), request.body.reason),
  );

  app.post(
    '/api/v1/admin/tasks/:id/unhide',
    {
      schema: {
        operationId: 'adminUnhideTask',
        tags,
        summary: 'Show a task an admin hid again (not one hidden by its customer’s block)',
        params: ZIdParams,
        response: { 200: ZAdminTaskDetail },
      },
    },
    async (request) => unhideTask(deps, act(request, request.params.id)),
  );

  app.post(
    '/api/v1/admin/tasks/:id/cancel',
    {
      schema: {
        operationId: 'adminCancelTask',
        tags,
        summary: 'Cancel an open or running task, as its customer would',
        params: ZIdParams,
        body: ZAdminTaskReasonRequest,
        response: { 200: ZAdminTaskDetail },
      },
    },
    async (request) => cancelTaskByAdmin(deps, act(request, request.params.id), request.body.reason),
  );

  app.get(
    '/api/v1/admin/categories',
    {
      schema: {
        operationId: 'adminListCategories',
        tags,
        summary: 'The two-level category tree, inactive categories included, with task counts',
        response: { 200: ZAdminCategoriesResponse },
      },
    },
    async (request) => ({ items: await listAdminCategories(deps, adminOf(request)), nextCursor: null }),
  );

  app.post(
    '/api/v1/admin/categories',
    {
      schema: {
        operationId: 'adminCreateCategory',
        tags,
        summary: 'A top-level category, or a subcategory with parentId; placed last',
        body: ZAdminCategoryCreate,
        response: { 201: ZAdminSubcategory },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCategory(deps, { admin: adminOf(request), origin: originOf(request) }, request.body)),
  );

  app.patch(
    '/api/v1/admin/categories/:id',
    {
      schema: {
        operationId: 'adminUpdateCategory',
        tags,
        summary: 'Rename, change the icon, deactivate (no new tasks; old tasks keep it) or activate',
        params: ZIdParams,
        body: ZAdminCategoryUpdate,
        response: { 200: ZAdminSubcategory },
      },
    },
    async (request) => updateCategory(deps, { admin: adminOf(request), origin: originOf(request) }, request.params.id, request.body),
  );

  app.post(
    '/api/v1/admin/categories/reorder',
    {
      schema: {
        operationId: 'adminReorderCategories',
        tags,
        summary: 'Put one level (top level, or the children of parentId) in the given order',
        body: ZAdminCategoryReorder,
        response: { 200: ZAdminCategoriesResponse },
      },
    },
    async (request) => ({
      items: await reorderCategories(deps, { admin: adminOf(request), origin: originOf(request) }, request.body),
      nextCursor: null,
    }),
  );
};
