import type { TOutboxResponse } from '@dastiyor/contracts';
import { asGuest, publicApi } from './server-api';

export type OutboxItem = TOutboxResponse['items'][number];
/** `absent`: the API has no outbox (production), so neither has the web app; `invalid`: the API refused `to`. */
export type DevOutboxResult =
  { status: 'ok'; items: OutboxItem[] } | { status: 'absent' } | { status: 'invalid' } | { status: 'unavailable' };

/**
 * The outbox stores phones in E.164 and compares exactly, so "90 123 45 67" or "+992 (90) 123-45-67" typed
 * by a developer becomes +992901234567 here. Emails are passed as typed (the API lower-cases them).
 */
export function normalizeOutboxRecipient(input: string): string {
  const value = input.trim();
  if (value === '' || value.includes('@')) return value;
  const digits = value.replace(/\D/g, '');
  if (digits.length === 9) return `+992${digits}`;
  return digits === '' ? value : `+${digits}`;
}

export async function fetchDevOutbox(to: string): Promise<DevOutboxResult> {
  const result = await asGuest(publicApi.GET('/api/v1/dev/outbox', { params: { query: to ? { to } : {} } }));
  if (result.ok) return { status: 'ok', items: result.data.items };
  if (result.reason === 'http' && result.status === 404) return { status: 'absent' };
  if (result.reason === 'http' && result.status === 400) return { status: 'invalid' };
  return { status: 'unavailable' };
}
