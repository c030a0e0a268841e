import type { TPublicProvider } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { presentPublicProvider } from './profile-presenter.js';
import { loadProfileView } from './profile-view.js';

/** An active provider's public page; customers, admins, blocked and unknown accounts all read as 404. */
export async function getPublicProvider(deps: { db: Db }, id: string): Promise<TPublicProvider> {
  const view = await loadProfileView(deps.db, id, 'active-provider');
  if (!view?.provider) throw notFound('No such provider');
  return presentPublicProvider({ ...view, provider: view.provider });
}
