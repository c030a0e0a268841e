import { portfolioMaxPhotos, type TImage } from '@dastiyor/contracts';
import { AppError, forbidden, notFound } from '../../platform/http/errors.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import type { AuthContext } from '../auth/index.js';
import { deleteImageRecords, discardStoredImages, storeImage, presentImage, type ImageUpload } from '../files/index.js';
import { countPortfolioItems, deletePortfolioItem, findPortfolioFileIds, insertPortfolioItem } from './portfolio-repository.js';
import type { ProfilesDeps } from './profiles-deps.js';
import { lockProfileOwner } from './provider-profiles-repository.js';

function assertProvider(auth: AuthContext) {
  if (auth.user.role !== 'provider') throw forbidden('Only providers have a portfolio');
}

const portfolioFull = () => new AppError('portfolio.full', `A portfolio holds at most ${portfolioMaxPhotos} photos; delete one first`);

const auditPortfolio = (userId: string, before: string[], after: string[]) => ({
  actorId: userId,
  action: 'profile.updated',
  targetType: 'user',
  targetId: userId,
  before: { portfolio: before },
  after: { portfolio: after },
});

/**
 * Adds one photo. The limit is checked before the upload is read (no wasted work) and again under
 * the profile lock, so parallel uploads cannot pass it.
 */
export async function addPortfolioPhoto(
  deps: ProfilesDeps,
  auth: AuthContext,
  upload: ImageUpload,
  origin: RequestOrigin,
): Promise<TImage> {
  assertProvider(auth);
  const userId = auth.user.id;
  if ((await countPortfolioItems(deps.db, userId)).count >= portfolioMaxPhotos) throw portfolioFull();
  const bytes = await upload.read();
  const now = deps.clock();
  const file = await storeImage(deps, { ownerId: userId, kind: 'portfolio', bytes }, async (tx, file) => {
    await lockProfileOwner(tx, userId);
    const { count, lastSortOrder } = await countPortfolioItems(tx, userId);
    if (count >= portfolioMaxPhotos) throw portfolioFull();
    const before = await findPortfolioFileIds(tx, userId);
    await insertPortfolioItem(tx, { userId, fileId: file.id, sortOrder: lastSortOrder + 1, createdAt: now });
    await recordAudit(tx, now, origin, auditPortfolio(userId, before, [...before, file.id]));
    return file;
  });
  return presentImage(file);
}

/** Deletes one of the caller's photos; another provider's photo reads as not found. */
export async function removePortfolioPhoto(deps: ProfilesDeps, auth: AuthContext, fileId: string, origin: RequestOrigin): Promise<void> {
  assertProvider(auth);
  const userId = auth.user.id;
  const now = deps.clock();
  const removed = await deps.db.transaction(async (tx) => {
    await lockProfileOwner(tx, userId);
    const before = await findPortfolioFileIds(tx, userId);
    if (!(await deletePortfolioItem(tx, userId, fileId))) throw notFound('No such photo in your portfolio');
    const after = before.filter((id) => id !== fileId);
    await recordAudit(tx, now, origin, auditPortfolio(userId, before, after));
    return deleteImageRecords(tx, userId, [fileId]);
  });
  await discardStoredImages(deps, removed);
}
