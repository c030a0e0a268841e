import type { TMe } from '@dastiyor/contracts';
import { AppError } from '../../platform/http/errors.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import type { AuthContext } from '../auth/index.js';
import { deleteImageRecords, discardStoredImages, storeImage, type ImageUpload } from '../files/index.js';
import { updateUser } from '../users/index.js';
import { getMe } from './me-service.js';
import type { ProfilesDeps } from './profiles-deps.js';
import { lockProfileOwner } from './provider-profiles-repository.js';

const auditAvatar = (userId: string, before: string | null, after: string | null) => ({
  actorId: userId,
  action: 'profile.updated',
  targetType: 'user',
  targetId: userId,
  before: { avatarFileId: before },
  after: { avatarFileId: after },
});

/** Any signed-in person may have an avatar; the previous one (row and stored sizes) is deleted. */
export async function replaceAvatar(deps: ProfilesDeps, auth: AuthContext, upload: ImageUpload, origin: RequestOrigin): Promise<TMe> {
  const bytes = await upload.read();
  const now = deps.clock();
  const replaced = await storeImage(deps, { ownerId: auth.user.id, kind: 'avatar', bytes }, async (tx, file) => {
    const user = await lockProfileOwner(tx, auth.user.id);
    if (!user) throw new AppError('auth.required', 'Sign in to continue');
    await updateUser(tx, user.id, { avatarFileId: file.id, updatedAt: now });
    await recordAudit(tx, now, origin, auditAvatar(user.id, user.avatarFileId, file.id));
    return user.avatarFileId ? deleteImageRecords(tx, user.id, [user.avatarFileId]) : [];
  });
  await discardStoredImages(deps, replaced);
  return getMe(deps, auth);
}

/** Removing an avatar that is not there is a no-op: the result is the same. */
export async function removeAvatar(deps: ProfilesDeps, auth: AuthContext, origin: RequestOrigin): Promise<void> {
  const now = deps.clock();
  const removed = await deps.db.transaction(async (tx) => {
    const user = await lockProfileOwner(tx, auth.user.id);
    if (!user?.avatarFileId) return [];
    await updateUser(tx, user.id, { avatarFileId: null, updatedAt: now });
    await recordAudit(tx, now, origin, auditAvatar(user.id, user.avatarFileId, null));
    return deleteImageRecords(tx, user.id, [user.avatarFileId]);
  });
  await discardStoredImages(deps, removed);
}
