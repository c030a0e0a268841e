import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { sessionCookieName as sessionCookie } from '@dastiyor/contracts/values';
import { api, ok } from './api.js';
import { e2e } from './context.js';

/** A phone's browser, so a session started by fetch reads as a device in the sessions list. */
export const androidChromeUserAgent =
  'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Mobile Safari/537.36';

export interface TestAccount {
  id: string;
  email: string;
  password: string;
  name: string;
  /** The session started by verifying the sign-up code. */
  token: string;
}

const url = (path: string) => `${e2e!.baseUrl}${path}`;

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url(path), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

export async function getJson<T>(path: string, token?: string): Promise<T> {
  const response = await fetch(url(path), { headers: token ? { cookie: `${sessionCookie}=${token}` } : {} });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** GET with a session cookie: what the API (or a page) answers that session. */
export function getAs(path: string, token: string): Promise<Response> {
  return fetch(url(path), { headers: { cookie: `${sessionCookie}=${token}` } });
}

/** The six digits of the newest message to `to` in the dev outbox (delivery is synchronous; the loop is for safety). */
export async function latestCodeTo(to: string, client = api): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const outbox = await ok(client.GET('/api/v1/dev/outbox', { params: { query: { to } } }), 'dev outbox');
    const code = outbox.items[0]?.text.match(/\b(\d{6})\b/)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no code reached ${to}`);
}

function sessionTokenOf(response: Response): string {
  for (const cookie of response.headers.getSetCookie()) {
    const token = new RegExp(`^${sessionCookie}=([^;]+)`).exec(cookie)?.[1];
    if (token) return token;
  }
  throw new Error(`no ${sessionCookie} cookie in the answer (${response.status})`);
}

/**
 * Signs up through the API exactly as a person would: register, read the code from the outbox, verify.
 * `client`: another product's API (a journey that runs its own instance).
 */
export async function createAccount(
  options: { role: 'customer' | 'provider'; name: string; locale?: 'ru' | 'tg' },
  client = api,
): Promise<TestAccount> {
  const email = `${options.role}-${randomUUID().slice(0, 8)}@example.tj`;
  const password = `Kuhi-Varzob-${randomUUID().slice(0, 8)}`;
  const registered = await client.POST('/api/v1/auth/register', {
    body: { role: options.role, email, password, name: options.name, locale: options.locale },
  });
  if (registered.response.status !== 202)
    throw new Error(`register answered ${registered.response.status}: ${JSON.stringify(registered.error)}`);
  const verified = await client.POST('/api/v1/auth/verify', { body: { email, code: await latestCodeTo(email, client) } });
  const { user } = await ok(Promise.resolve(verified), 'verify');
  return { id: user.id, email, password, name: options.name, token: sessionTokenOf(verified.response) };
}

/** Another session for the same person, as if they signed in on another device. */
export async function logIn(
  login: string,
  password: string,
  userAgent = androidChromeUserAgent,
): Promise<{ status: number; token: string | null }> {
  const response = await postJson('/api/v1/auth/login', { login, password }, { 'user-agent': userAgent });
  return { status: response.status, token: response.status === 200 ? sessionTokenOf(response) : null };
}

export async function signInContext(context: BrowserContext, token: string, baseUrl = e2e!.baseUrl): Promise<void> {
  await context.addCookies([{ name: sessionCookie, value: token, url: baseUrl, httpOnly: true, sameSite: 'Lax' }]);
}

/** Fills `{name}` placeholders of a catalog message (no plurals), to find the text a person reads. */
export function fillMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
