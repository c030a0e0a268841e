import createClient from 'openapi-fetch';
import type { paths } from '@dastiyor/contracts/api-paths';
import { e2e } from './context.js';
import type { TestAccount } from './test-accounts.js';

// The API as journeys drive it for the moves they need done rather than watched: typed by the same contract as
// the web's client (packages/contracts/src/api-paths.ts), so a journey's body or path cannot drift from the API.

export const api = createClient<paths>({ baseUrl: e2e?.baseUrl ?? 'http://127.0.0.1' });

/** Signs a call in as `account` (their session cookie). */
export const as = (account: TestAccount) => ({ cookie: `dastiyor_session=${account.token}` });

/** The answer of a call that must succeed; anything else fails the journey with the status and the problem. */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>, what: string): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) throw new Error(`${what} answered ${response.status}: ${JSON.stringify(error)}`);
  return data;
}
