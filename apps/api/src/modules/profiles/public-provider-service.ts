import type { TPublicProvider } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { findUserById } from '../users/index.js';
import { presentPublicProvider } from './profile-presenter.js';
import { loadProfileView } from './profile-view.js';

/** An active provider's public page; customers, admins, blocked and unknown accounts all read as 404. */
export async function getPublicProvider(deps: { db: Db }, id: string): Promise<TPublicProvider> {
  const user = await findUserById(deps.db, id);
  if (!user || user.role !== 'provider' || user.status !== 'active') throw notFound('No such provider');
  const view = await loadProfileView(deps.db, user);
  if (!view.provider) throw notFound('No such provider');
  return presentPublicProvider({ ...view, provider: view.provider });
}
