import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZCategoriesResponse, ZCitiesResponse } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { referenceData, type ServedAnswer } from './reference-cache.js';

// Reference data changes rarely; a short public cache saves phones a round trip, and the ETag a repeat download.
const cacheControl = 'public, max-age=60, stale-while-revalidate=600';

/** The cached text as it is (checked against the contract when it was built), or 304 when the client has it. */
function sendAnswer(request: FastifyRequest, reply: FastifyReply, answer: ServedAnswer) {
  reply.header('cache-control', cacheControl).header('etag', answer.etag);
  if (request.headers['if-none-match'] === answer.etag) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(answer.body);
}

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
    async (request, reply) => sendAnswer(request, reply, (await referenceData(db)).categoriesAnswer),
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
    async (request, reply) => sendAnswer(request, reply, (await referenceData(db)).citiesAnswer),
  );
};
