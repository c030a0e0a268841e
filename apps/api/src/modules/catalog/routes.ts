import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZCategoriesResponse, ZCitiesResponse } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { listCategoryTree, listCities } from './catalog-service.js';

// Reference data changes rarely; a short public cache saves phones a round trip.
const cacheControl = 'public, max-age=60, stale-while-revalidate=600';

export const catalogRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/v1/categories',
    {
      schema: {
        operationId: 'listCategories',
        tags: ['catalog'],
        summary: 'Two-level category tree, ru and tg names',
        response: { 200: ZCategoriesResponse },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', cacheControl);
      return { items: await listCategoryTree(db), nextCursor: null };
    },
  );
  app.get(
    '/api/v1/cities',
    {
      schema: {
        operationId: 'listCities',
        tags: ['catalog'],
        summary: 'Cities of Tajikistan with their districts',
        response: { 200: ZCitiesResponse },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', cacheControl);
      return { items: await listCities(db), nextCursor: null };
    },
  );
};
