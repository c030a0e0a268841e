import { cache } from 'react';
import type { TPublicProvider } from '@dastiyor/contracts';
import { asGuest, publicApi } from './server-api';
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PublicProviderResult = { status: 'ok'; provider: TPublicProvider } | { status: 'not_found' } | { status: 'unavailable' };

/**
 * A provider's public profile; shared by the page and its metadata within one request. Anything that is not
 * a UUID is "not found" without asking the API (which would answer 400).
 */
export const fetchPublicProvider = cache(async (id: string): Promise<PublicProviderResult> => {
  if (!uuidPattern.test(id)) return { status: 'not_found' };
  const result = await asGuest(publicApi.GET('/api/v1/providers/{id}', { params: { path: { id } } }));
  if (result.ok) return { status: 'ok', provider: result.data };
  return result.reason === 'http' && result.status === 404 ? { status: 'not_found' } : { status: 'unavailable' };
});
