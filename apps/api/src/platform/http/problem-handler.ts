import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { type TFieldError, type TProblem, type TProblemCode, problemStatus } from '@dastiyor/contracts';
import { AppError } from './errors.js';

const titles: Record<TProblemCode, string> = {
  'validation.failed': 'The request is not valid',
  'auth.required': 'Sign in to continue',
  'auth.invalid_credentials': 'Wrong login or password',
  'auth.locked': 'Too many attempts',
  'auth.blocked': 'The account is blocked',
  'auth.account_exists': 'An account already exists',
  'auth.code_invalid': 'The code is not valid',
  'auth.code_expired': 'The code has expired',
  forbidden: 'Access denied',
  not_found: 'Not found',
  conflict: 'Conflict',
  rate_limited: 'Too many requests',
  payload_too_large: 'The request body is too large',
  unsupported_media_type: 'Unsupported content type',
  'tasks.daily_limit': 'Daily task limit reached',
  'tasks.duplicate': 'The same task was already published',
  'subscriptions.required': 'An active subscription is required',
  'subscriptions.daily_limit': 'Daily response limit reached',
  'plans.inactive': 'The plan is not on sale',
  'balance.insufficient': 'Not enough money on the balance',
  'idempotency.key_reused': 'The Idempotency-Key was already used for another request',
  'idempotency.in_progress': 'A request with this Idempotency-Key is still in progress',
  maintenance: 'Maintenance in progress',
  service_unavailable: 'Service temporarily unavailable',
  internal: 'Something went wrong',
};

/** Connection-level failures that mean "the database is unreachable", not "the request is wrong". */
const databaseDownCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);
function isDatabaseDown(error: unknown): boolean {
  const e = error as { code?: string; message?: string; cause?: unknown } | null;
  if (!e) return false;
  if (e.code && databaseDownCodes.has(e.code)) return true;
  if (
    e.message &&
    /Connection terminated|timeout exceeded when trying to connect|database did not answer|Query read timeout/i.test(e.message)
  )
    return true;
  return e.cause !== undefined && e.cause !== error && isDatabaseDown(e.cause);
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  code: TProblemCode,
  detail?: string,
  extra: { errors?: TFieldError[]; retryAfter?: number } = {},
) {
  const status = problemStatus[code];
  const body: TProblem = {
    type: `https://dastiyor.tj/problems/${code}`,
    title: titles[code],
    status,
    code,
    ...(detail ? { detail } : {}),
    instance: request.url.split('?')[0],
    ...extra,
  };
  if (extra.retryAfter !== undefined) reply.header('retry-after', String(extra.retryAfter));
  return reply.status(status).type('application/problem+json; charset=utf-8').send(body);
}

function toProblem(error: FastifyError | AppError | Error): {
  code: TProblemCode;
  detail?: string;
  errors?: TFieldError[];
  retryAfter?: number;
} {
  if (error instanceof AppError) return { code: error.code, detail: error.detail, ...error.extra };
  if (hasZodFastifySchemaValidationErrors(error)) {
    return {
      code: 'validation.failed',
      detail: 'Some fields are invalid',
      errors: error.validation.map((issue) => ({
        path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
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
      return { code: 'payload_too_large' };
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
  if (isDatabaseDown(error)) return { code: 'service_unavailable', detail: 'The database is not reachable; try again shortly' };
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { code: fe.statusCode === 404 ? 'not_found' : fe.statusCode === 403 ? 'forbidden' : 'validation.failed', detail: fe.message };
  }
  return { code: 'internal' };
}

/** Every error leaves through here as problem+json; unknown ones are logged and carry no internals. */
export function registerProblemHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem.code === 'internal' || isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'unhandled error');
    } else if (problem.code === 'service_unavailable') {
      request.log.warn({ err: { message: error.message, code: (error as FastifyError).code } }, 'database unavailable');
    }
    const { code, detail, ...extra } = problem;
    return sendProblem(reply, request, code, detail, extra);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, 'not_found', `No route for ${request.method} ${request.url.split('?')[0]}`),
  );
}
