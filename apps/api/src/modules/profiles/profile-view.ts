import type { Db } from '../../db/client.js';
import { type FileRow, findImages } from '../files/index.js';
import type { UserRow } from '../users/index.js';
import { type CatalogIndex, loadCatalogIndex } from './catalog-index.js';
import { loadProviderState, type ProviderState } from './provider-state.js';

/** Everything the presenters need to describe one account; which part leaves the API is theirs to decide. */
export interface ProfileView {
  user: UserRow;
  provider: ProviderState | null;
  images: Map<string, FileRow>;
  catalog: CatalogIndex;
}

export async function loadProfileView(db: Db, user: UserRow): Promise<ProfileView> {
  const [provider, catalog] = await Promise.all([user.role === 'provider' ? loadProviderState(db, user.id) : null, loadCatalogIndex(db)]);
  const imageIds = [...(user.avatarFileId ? [user.avatarFileId] : []), ...(provider?.portfolioFileIds ?? [])];
  const images = await findImages(db, imageIds);
  return { user, provider, images: new Map(images.map((image) => [image.id, image])), catalog };
}
