import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZConversation,
  ZConversationsResponse,
  ZCursorQuery,
  ZIdempotencyHeaders,
  ZImage,
  ZMessage,
  ZMessagesQuery,
  ZMessagesResponse,
  ZSendMessageRequest,
} from '@dastiyor/contracts';
import { requireAuth } from '../auth/index.js';
import { imageUploadOf, registerImageUploads } from '../files/index.js';
import type { ChatDeps } from './chat-deps.js';
import { uploadChatImage } from './chat-images-service.js';
import { chatRules } from './chat-rules.js';
import { getConversation, listConversations, markConversationRead } from './conversations-service.js';
import { listMessages, sendMessage } from './messages-service.js';

const tags = ['chat'];
const ZIdParams = z.object({ id: z.uuid() });

// Keyed by account, not IP: many phones share one carrier address, and one account may not flood.
const perUser = (prefix: string, max: number) => ({
  rateLimit: {
    max,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => (request.auth ? `${prefix}:${request.auth.user.id}` : request.ip),
  },
});

export const conversationRoutes: FastifyPluginAsyncZod<{ deps: ChatDeps }> = async (app, { deps }) => {
  await registerImageUploads(app);

  app.get(
    '/api/v1/conversations',
    {
      schema: {
        operationId: 'listConversations',
        tags,
        summary: 'My dialogs, the most recently active first, with the last message and my unread count',
        querystring: ZCursorQuery,
        response: { 200: ZConversationsResponse },
      },
    },
    async (request) => listConversations(deps, requireAuth(request), request.query),
  );

  app.get(
    '/api/v1/conversations/:id',
    {
      schema: {
        operationId: 'getConversation',
        tags,
        summary: 'One of my dialogs (404 for anyone but its two participants)',
        params: ZIdParams,
        response: { 200: ZConversation },
      },
    },
    async (request) => getConversation(deps, requireAuth(request), request.params.id),
  );

  app.get(
    '/api/v1/conversations/:id/messages',
    {
      schema: {
        operationId: 'listMessages',
        tags,
        summary: 'History newest-first by cursor; with `after` the messages after that one, oldest-first (catch-up)',
        params: ZIdParams,
        querystring: ZMessagesQuery,
        response: { 200: ZMessagesResponse },
      },
    },
    async (request) => listMessages(deps, requireAuth(request), request.params.id, request.query),
  );

  app.post(
    '/api/v1/conversations/:id/messages',
    {
      config: { ...perUser('chat', chatRules.messagesPerMinute), idempotent: true },
      schema: {
        operationId: 'sendMessage',
        tags,
        summary: 'Send text and/or an uploaded image; stored, then pushed to both participants over the socket',
        headers: ZIdempotencyHeaders,
        params: ZIdParams,
        body: ZSendMessageRequest,
        response: { 201: ZMessage },
      },
    },
    async (request, reply) => reply.status(201).send(await sendMessage(deps, requireAuth(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/conversations/:id/images',
    {
      config: { ...perUser('chat-image', chatRules.imagesPerMinute), idempotent: true },
      schema: {
        operationId: 'uploadChatImage',
        tags,
        consumes: ['multipart/form-data'],
        summary: 'Upload a private image for this chat; send it with the next message as attachmentId',
        description: 'Multipart field `file`: JPEG, PNG, WebP or HEIC up to 10 MB; only the two participants can load it',
        headers: ZIdempotencyHeaders,
        params: ZIdParams,
        response: { 201: ZImage },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await uploadChatImage(deps, requireAuth(request), request.params.id, imageUploadOf(request))),
  );

  app.post(
    '/api/v1/conversations/:id/read',
    {
      schema: {
        operationId: 'markConversationRead',
        tags,
        summary: 'I have read this dialog up to now; the counterpart gets a read receipt',
        params: ZIdParams,
        response: { 200: ZConversation },
      },
    },
    async (request) => markConversationRead(deps, requireAuth(request), request.params.id),
  );
};
