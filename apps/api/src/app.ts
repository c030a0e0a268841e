import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { answerClientError, requestLimits } from '@dastiyor/contracts';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import packageJson from '../package.json' with { type: 'json' };
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { accountRoutes } from './modules/account/routes.js';
import { adminRoutes } from './modules/admin/routes.js';
import { adminContentRoutes } from './modules/admin/content-routes.js';
import { adminModerationRoutes } from './modules/admin/moderation-routes.js';
import { adminReportRoutes } from './modules/admin/reports-routes.js';
import { adminUserRoutes } from './modules/admin/users-routes.js';
import { complaintRoutes } from './modules/reports/routes.js';
import { pushRoutes } from './modules/push/routes.js';
import { systemResolveHost } from './platform/push/push-host.js';
import { authRoutes } from './modules/auth/routes.js';
import { balanceRoutes } from './modules/balance/routes.js';
import { sessionPlugin } from './modules/auth/session-plugin.js';
import { catalogRoutes } from './modules/catalog/routes.js';
import { watchCatalogChanges } from './modules/catalog/index.js';
import { canViewChatImage } from './modules/conversations/chat-images-service.js';
import { chatSocketRoutes } from './modules/conversations/chat-socket.js';
import { createLiveSockets } from './modules/conversations/live-sockets.js';
import { type Presence, createPresence, createRedisPresence } from './modules/conversations/presence.js';
import { conversationRoutes } from './modules/conversations/routes.js';
import { dashboardRoutes } from './modules/dashboard/routes.js';
import { devOutboxRoutes } from './modules/dev-outbox/routes.js';
import { fileRoutes } from './modules/files/routes.js';
import { fileUploadRoutes } from './modules/files/upload-routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { createNotifier } from './modules/notifications/index.js';
import { notificationSettingsRoutes } from './modules/notifications/notification-settings-routes.js';
import { startMatchingTaskRelay } from './modules/notifications/matching-task-relay.js';
import { notificationRoutes } from './modules/notifications/routes.js';
import { loadMatchProfile } from './modules/profiles/match-profile.js';
import { profileRoutes } from './modules/profiles/routes.js';
import { createMaintenanceService, type MaintenanceService } from './modules/settings/maintenance.js';
import { registerMaintenanceGate } from './modules/settings/maintenance-gate.js';
import { paymentRoutes } from './modules/payments/routes.js';
import { countResponsesSince } from './modules/responses/index.js';
import { responseRoutes } from './modules/responses/routes.js';
import { refreshProviderStanding } from './modules/reviews/index.js';
import { reviewRoutes } from './modules/reviews/routes.js';
import { subscriptionRoutes } from './modules/subscriptions/routes.js';
import { taskParticipation } from './modules/task-pages/index.js';
import { countTasksByCategory } from './modules/tasks/index.js';
import { taskRoutes } from './modules/tasks/routes.js';
import { canViewTaskPhoto } from './modules/tasks/task-photo-access.js';
import { idempotencyPlugin } from './platform/http/idempotency.js';
import { registerOriginCheck } from './platform/http/origin-check.js';
import { registerClientGone } from './platform/http/client-gone.js';
import { answerFrameworkError, databasePortOf, registerProblemHandler } from './platform/http/problem-handler.js';
import { registerSecurityHeaders } from './platform/http/security-headers.js';
import { registerTextBoundary } from './platform/http/text-boundary.js';
import { registerUrlLimit } from './platform/http/url-limit.js';
import { createPaymentProviders } from './platform/payments/payment-providers.js';
import type { Platform } from './platform/platform.js';
import { registerRateLimit } from './platform/rate-limit/rate-limit.js';

export interface AppDeps {
  config: Config;
  database: Database;
  platform: Platform;
  /** Tests pass one with a zero cache to see flag changes at once. */
  maintenance?: MaintenanceService;
  /** The time every rule uses; tests pass a fake one. */
  clock?: () => Date;
  /** Who has a socket open; tests pass one to wait until the server has seen a socket close. */
  presence?: Presence;
}

const requestIdPattern = /^[A-Za-z0-9._-]{8,64}$/;

/** Assembles plugins and modules; never listens, so tests drive it with `app.inject()`. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const app = Fastify({
    // One logger for the process: request lines and platform incidents (Redis, bus) alike.
    loggerInstance: deps.platform.log,
    trustProxy: config.trustProxy,
    // One source for the ceilings the web origin enforces too (docs/decisions/012-request-limits-at-the-origin.md).
    bodyLimit: requestLimits.bodyBytes,
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerProblemHandler(app, { databasePort: databasePortOf(database.url), onDatabaseDown: (error) => database.incident.failed(error) });
  // First: a request whose client already left is not worth a hook (and the rate limiter fails on it).
  registerClientGone(app);
  registerUrlLimit(app);
  // Before every plugin and route, so each one validates (and fingerprints) only normalised text.
  registerTextBoundary(app);

  registerSecurityHeaders(app, { hsts: config.isProduction });
  // Closed CORS: the browser talks to one origin, so no cross-origin reads are granted.
  await app.register(cors, { origin: false });
  await app.register(cookie);
  // Again right before the limiter, whose key throws on a gone client: the hooks since may have let one leave.
  registerClientGone(app);
  await registerRateLimit(app, { perMinute: config.rateLimitPerMinute, redis: deps.platform.redis });
  registerOriginCheck(app, [config.publicUrl]);

  const maintenance = deps.maintenance ?? createMaintenanceService({ db: database.db, cacheMs: config.settingsCacheMs });
  registerMaintenanceGate(app, maintenance);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Dastiyor API', version: packageJson.version, description: 'REST contract v1 of the Dastiyor services marketplace' },
      servers: [{ url: config.publicUrl }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const clock = deps.clock ?? (() => new Date());
  await app.register(sessionPlugin, { db: database.db, clock });
  // After the session (keys belong to an account), before every route: creating POSTs opt in with `config.idempotent`.
  await app.register(idempotencyPlugin, { db: database.db, clock });
  const authDeps = { db: database.db, mailer: deps.platform.mailer, sms: deps.platform.sms, clock, secret: config.appSecret };
  await app.register(authRoutes, { deps: authDeps, secureCookies: config.isProduction });
  const filesDeps = {
    db: database.db,
    storage: deps.platform.storage,
    log: app.log,
    canViewPrivate: (file: { id: string; kind: string; ownerId: string }, viewerId: string | null) =>
      file.kind === 'chat_image' ? canViewChatImage(database.db, file, viewerId) : canViewTaskPhoto(database.db, file, viewerId),
  };
  await app.register(fileRoutes, { deps: filesDeps });
  await app.register(fileUploadRoutes, { deps: filesDeps });
  await app.register(profileRoutes, { deps: { ...filesDeps, clock, bus: deps.platform.bus } });
  await app.register(accountRoutes, { deps: authDeps });

  await app.register(healthRoutes, { database, redis: deps.platform.redis, maintenance, version: packageJson.version });
  await app.register(catalogRoutes, { db: database.db });
  // Another instance's category change drops this one's cached reference data.
  const stopCatalogWatch = await watchCatalogChanges({ db: database.db, bus: deps.platform.bus });
  app.addHook('onClose', () => stopCatalogWatch());
  await app.register(subscriptionRoutes, { deps: { db: database.db, clock, countResponsesSince } });
  const paymentsDeps = { db: database.db, clock, ...createPaymentProviders(config), publicUrl: config.publicUrl, log: app.log };
  await app.register(paymentRoutes, { deps: paymentsDeps, sandboxSecret: config.payments.sandbox?.secret ?? null });
  await app.register(balanceRoutes, { deps: paymentsDeps });
  await app.register(adminRoutes, { deps: paymentsDeps });
  // Services that tell people about their events publish the notifications on the bus after commit.
  const platformDeps = { db: database.db, clock, bus: deps.platform.bus, log: app.log, jobs: deps.platform.jobs };
  // The notifications module behind the port the lower modules tell people through (platform/notices).
  const notifyingDeps = { ...platformDeps, notifier: createNotifier(platformDeps) };
  await app.register(responseRoutes, { deps: notifyingDeps });
  await app.register(reviewRoutes, { deps: notifyingDeps });
  await app.register(taskRoutes, { deps: { ...notifyingDeps, participation: taskParticipation, refreshProviderStanding } });
  await app.register(notificationRoutes, { deps: { db: database.db, clock } });
  await app.register(pushRoutes, {
    deps: { db: database.db, clock, push: deps.platform.push, strictEndpoints: config.isProduction, resolveHost: systemResolveHost },
  });
  await app.register(notificationSettingsRoutes, { deps: { db: database.db, clock, secret: config.appSecret } });
  const redis = deps.platform.redis;
  const presence = deps.presence ?? (redis ? createRedisPresence({ redis, log: app.log }) : createPresence());
  app.addHook('onClose', () => presence.close());
  const chatDeps = { ...notifyingDeps, files: filesDeps, presence };
  await app.register(conversationRoutes, { deps: chatDeps });
  // Providers' sockets hear each published task that matches them: one broadcast per task, relayed here.
  const liveSockets = createLiveSockets();
  const stopRelay = await startMatchingTaskRelay({
    bus: deps.platform.bus,
    sockets: liveSockets,
    loadProfile: (userId) => loadMatchProfile(database.db, userId),
    log: app.log,
  });
  app.addHook('onClose', () => stopRelay());
  await app.register(chatSocketRoutes, {
    db: database.db,
    clock,
    bus: deps.platform.bus,
    allowedOrigins: [config.publicUrl],
    presence,
    sockets: liveSockets,
  });
  await app.register(dashboardRoutes, { deps: { db: database.db } });
  const adminDeps = { ...notifyingDeps, maintenance, countTasksByCategory };
  await app.register(adminUserRoutes, { deps: adminDeps });
  await app.register(adminContentRoutes, { deps: adminDeps });
  await app.register(adminModerationRoutes, { deps: adminDeps });
  await app.register(adminReportRoutes, { deps: adminDeps });
  await app.register(complaintRoutes, { deps: adminDeps });
  if (!config.isProduction) await app.register(devOutboxRoutes, { db: database.db });

  return app;
}
