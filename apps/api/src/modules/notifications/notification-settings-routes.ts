import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZNotificationSettings } from '@dastiyor/contracts';
import { z } from 'zod';
import { requireAuth } from '../auth/index.js';
import {
  type NotificationSettingsDeps,
  getNotificationSettings,
  saveNotificationSettings,
  unsubscribeEmail,
} from './notification-settings-service.js';
import { unsubscribePage } from './unsubscribe-page.js';

const tags = ['notifications'];

/** What a person's browser or mail app gets back from an unsubscribe link: not JSON, and the document says so. */
const answeredAs = (contentType: string, done: string, invalid: string) => ({
  200: { description: done, content: { [contentType]: { schema: z.string() } } },
  400: { description: invalid, content: { [contentType]: { schema: z.string() } } },
});

export const notificationSettingsRoutes: FastifyPluginAsyncZod<{ deps: NotificationSettingsDeps }> = async (app, { deps }) => {
  app.get(
    '/api/v1/me/notification-settings',
    {
      schema: {
        operationId: 'getNotificationSettings',
        tags,
        summary: 'Your notification channels per event, quiet hours and task digest (defaults until you save)',
        response: { 200: ZNotificationSettings },
      },
    },
    async (request) => getNotificationSettings(deps, requireAuth(request)),
  );

  app.put(
    '/api/v1/me/notification-settings',
    {
      schema: {
        operationId: 'saveNotificationSettings',
        tags,
        summary: 'Replace your notification settings; SMS only for the events worth one',
        body: ZNotificationSettings,
        response: { 200: ZNotificationSettings },
      },
    },
    async (request) => saveNotificationSettings(deps, requireAuth(request), request.body),
  );

  app.get(
    '/api/v1/notifications/unsubscribe',
    {
      schema: {
        operationId: 'unsubscribeNotificationEmail',
        tags,
        summary: 'One-click unsubscribe from one type of notification email (signed link from the email; no login); answers HTML',
        querystring: z.object({ token: z.string().max(500) }),
        response: answeredAs('text/html', 'A page saying the emails stopped', 'A page saying the link is not valid (in Russian and Tajik)'),
      },
    },
    async (request, reply) => {
      const done = await unsubscribeEmail(deps, request.query.token);
      return reply
        .code(done ? 200 : 400)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(unsubscribePage(done));
    },
  );

  await app.register(async (oneClick) => {
    // Mail apps POST `List-Unsubscribe=One-Click` as a form; the signed token in the URL is all that counts.
    oneClick.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_r, _body, done) =>
      done(null, null),
    );
    oneClick.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/notifications/unsubscribe',
      {
        schema: {
          operationId: 'unsubscribeNotificationEmailOneClick',
          tags,
          summary: 'RFC 8058 one-click unsubscribe, posted by mail apps from the List-Unsubscribe header (no login)',
          querystring: z.object({ token: z.string().max(500) }),
          response: answeredAs('text/plain', '`ok`', '`invalid`: the signed token is not valid'),
        },
      },
      async (request, reply) => {
        const done = await unsubscribeEmail(deps, request.query.token);
        return reply
          .code(done ? 200 : 400)
          .type('text/plain; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(done ? 'ok' : 'invalid');
      },
    );
  });
};
