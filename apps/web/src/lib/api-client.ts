// The browser's typed client for the API, generated from the contract: paths, parameters, request bodies and
// answers come from packages/contracts/src/api-paths.ts (openapi-typescript over the committed openapi.json),
// so a wrong path, a missing field or a misread answer fails to compile instead of failing in a user's hands.

import createClient from 'openapi-fetch';
import type { paths } from '@dastiyor/contracts/api-paths';
import { type ApiCallResult, networkProblem, problemFromBody, sendCall } from './problem-client';

/** Sends what openapi-fetch built through the same transport as every other call (timeout, idempotency, retry). */
function transport(idempotent: boolean) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    return sendCall(
      `${url.pathname}${url.search}`,
      { method: request.method, headers: Object.fromEntries(request.headers), body: body === '' ? undefined : body },
      idempotent,
    );
  };
}

/**
 * openapi-fetch builds an absolute Request URL; `transport` sends only its path and query, to the page's own
 * origin (Next rewrites /api/* to the API). So any origin does here, the same in the browser, during server
 * rendering and in tests.
 */
const requestBase = 'http://localhost';

/**
 * The two clients, identical but for how they send: `idempotent` is for creating POSTs the API deduplicates
 * by Idempotency-Key (a task, a message, a payment), which may then be retried once by themselves.
 */
export function createApiClients() {
  const options = { baseUrl: requestBase, headers: { accept: 'application/json' } };
  return {
    api: createClient<paths>({ ...options, fetch: transport(false) }),
    idempotent: createClient<paths>({ ...options, fetch: transport(true) }),
  };
}

const clients = createApiClients();
export const api = clients.api;
export const idempotentApi = clients.idempotent;

/** What openapi-fetch answers: `data` on a 2xx, `error` (the parsed body) otherwise. Server reads take it too. */
export interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Turns a typed call into the result a form shows; never throws. A refusal becomes a `ClientProblem` (its code,
 * field reasons and Retry-After), no answer at all the `network` problem.
 */
export async function settle<T>(call: Promise<Answer<T>>): Promise<ApiCallResult<T>> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch {
    return { ok: false, problem: networkProblem };
  }
  const { response } = answer;
  // On a 2xx openapi-fetch's `data` is the contract's answer for that status (undefined for a 204).
  if (response.ok) return { ok: true, data: answer.data as T };
  return { ok: false, problem: problemFromBody(response.status, answer.error, response.headers.get('retry-after')) };
}

/** Accept-Language for the endpoints that pick the language of an email or SMS from it. */
export const inLocale = (locale: string) => ({ 'accept-language': locale });
