import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { type TProblemCode, problemContentType, problemDocument } from '@dastiyor/contracts';
import { DrizzleQueryError } from 'drizzle-orm';
import { DeliveryError } from '../delivery/delivery-error.js';
import { AppError, type ProblemExtra } from './errors.js';
import { drainRefusedBody } from './refused-body.js';

/** SQLSTATEs PostgreSQL sends when it cannot serve at all (shutting down, starting, full, connection lost), and our pool's own refusal. */
const databaseDownStates = new Set(['POOL_SATURATED', '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
/** Socket failures: any client sees these, so they count only when the database driver reports them. */
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);
/** node-postgres and pg-pool's own words (and the ping's, in db/client.ts). */
const databaseDownMessages =
  /Connection terminated|not queryable|timeout exceeded when trying to connect|database did not answer|Query read timeout/i;

/**
 * True only for an error that comes from the database: a PostgreSQL SQLSTATE, node-postgres' own
 * messages, or a socket failure inside a query the driver ran (drizzle wraps those) or on the
 * database's port (a pool that cannot even connect). A refused SMTP server or SMS gateway also
 * carries ECONNREFUSED or ETIMEDOUT, and must never read as "the database is not reachable".
 */
export function isDatabaseDown(error: unknown, databasePort: number | null = null): boolean {
  let viaDriver = false;
  let current: unknown = error;
  for (let depth = 0; current && depth < 8; depth++) {
    if (current instanceof DeliveryError) return false;
    if (current instanceof DrizzleQueryError) viaDriver = true;
    const e = current as { code?: unknown; message?: unknown; port?: unknown; cause?: unknown };
    const code = typeof e.code === 'string' ? e.code : '';
    if (databaseDownStates.has(code)) return true;
    if (typeof e.message === 'string' && databaseDownMessages.test(e.message)) return true;
    if (socketCodes.has(code) && (viaDriver || (databasePort !== null && e.port === databasePort))) return true;
    if (e.cause === current) break;
    current = e.cause;
  }
  return false;
}

/** The TCP port of a PostgreSQL URL; null for a URL that names none we can read (a Unix socket). */
export function databasePortOf(url: string | undefined): number | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.hostname ? Number(parsed.port || 5432) : null;
  } catch {
    return null;
  }
}

/** How long a client should wait before asking for another code when the transport failed. */
const deliveryRetryAfterSeconds = 30;

export function sendProblem(reply: FastifyReply, request: FastifyRequest, code: TProblemCode, detail?: string, extra: ProblemExtra = {}) {
  const body = problemDocument(code, { detail, instance: request.url.split('?')[0], ...extra });
  if (extra.retryAfter !== undefined) reply.header('retry-after', String(extra.retryAfter));
  return reply.status(body.status).type(problemContentType).send(body);
}

/** Fastify names the query string `querystring`; services and the contract say `query.<field>`, so one name reaches clients. */
const fieldRoot = (context: string | undefined) => (context === 'querystring' ? 'query' : context);

function toProblem(
  error: FastifyError | AppError | Error,
  databasePort: number | null,
): ProblemExtra & { code: TProblemCode; detail?: string } {
  if (error instanceof AppError) return { code: error.code, detail: error.detail, ...error.extra };
  if (error instanceof DeliveryError) {
    return {
      code: 'delivery_failed',
      detail: `The ${error.channel === 'email' ? 'email' : 'SMS'} could not be sent; nothing was used up, try again shortly`,
      retryAfter: deliveryRetryAfterSeconds,
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    return {
      code: 'validation.failed',
      detail: 'Some fields are invalid',
      errors: error.validation.map((issue) => ({
        path: [fieldRoot(error.validationContext), ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        code: issue.keyword,
        message: issue.message ?? 'Invalid value',
      })),
    };
  }
  const fe = error as FastifyError;
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        code: 'validation.failed',
        detail: 'The body is not valid JSON',
        errors: [{ path: 'body', code: 'invalid_json', message: fe.message }],
      };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      // No size in it: some routes take less than `requestLimits.bodyBytes` (webhooks, one-click forms).
      return { code: 'payload_too_large', detail: 'The body is larger than this endpoint accepts' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { code: 'unsupported_media_type' };
  }
  if (fe.statusCode === 400 && fe.name === 'SyntaxError') {
    return {
      code: 'validation.failed',
      detail: 'The body is not valid JSON',
      errors: [{ path: 'body', code: 'invalid_json', message: fe.message }],
    };
  }
  if (fe.statusCode === 429) return { code: 'rate_limited' };
  if (isDatabaseDown(error, databasePort)) {
    return {
      code: 'service_unavailable',
      detail: 'The database is not reachable; try again shortly',
      retryAfter: databaseRetryAfterSeconds,
    };
  }
  if (fe.statusCode === 413) return { code: 'payload_too_large' };
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { code: fe.statusCode === 404 ? 'not_found' : fe.statusCode === 403 ? 'forbidden' : 'validation.failed', detail: fe.message };
  }
  return { code: 'internal' };
}

/** A restarted PostgreSQL is usually back within seconds; clients retry (with the same Idempotency-Key). */
const databaseRetryAfterSeconds = 2;

/**
 * Every error leaves through here as problem+json; unknown ones are logged and carry no internals.
 * `databasePort`: the PostgreSQL port, so a pool that cannot connect reads as the database being down.
 * Database outages go to `onDatabaseDown` (one log line per outage) instead of a line per request.
 */
export function registerProblemHandler(
  app: FastifyInstance,
  options: { databasePort?: number | null; onDatabaseDown?: (error: unknown) => void } = {},
) {
  const databasePort = options.databasePort ?? null;
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const problem = toProblem(error, databasePort);
    if (problem.code === 'internal' || isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'unhandled error');
    } else if (problem.code === 'service_unavailable' && !(error instanceof AppError)) {
      if (options.onDatabaseDown) options.onDatabaseDown(error);
      else request.log.warn({ err: { message: error.message, code: (error as FastifyError).code } }, 'database unavailable');
    } else if (error instanceof DeliveryError) {
      request.log.warn({ channel: error.channel, reason: error.reason }, 'delivery failed');
    }
    // Refused before it was read: read the rest first, or closing the socket resets the connection under the 413.
    if ((error as FastifyError).code === 'FST_ERR_CTP_BODY_TOO_LARGE') await drainRefusedBody(request.raw, reply);
    const { code, detail, ...extra } = problem;
    return sendProblem(reply, request, code, detail, extra);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, 'not_found', `No route for ${request.method} ${request.url.split('?')[0]}`),
  );
}

/**
 * Fastify's `frameworkErrors`: what its router refuses before any hook runs (a path segment over
 * `maxParamLength`, a malformed percent-escape) leaves as problem+json like everything else.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  switch (error.code) {
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return sendProblem(reply, request, 'uri_too_long', 'A path segment is too long');
    case 'FST_ERR_BAD_URL':
      return sendProblem(reply, request, 'bad_request', 'The URL is not valid');
    default:
      request.log.error({ err: error }, 'framework error');
      return sendProblem(reply, request, 'internal');
  }
}
