import type { TMe, TUpdateMeRequest } from '@dastiyor/contracts';
import { AppError } from '../../platform/http/errors.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import { type AuthContext, sessionWith } from '../auth/index.js';
import { updateUser } from '../users/index.js';
import { loadCatalogIndex } from './catalog-index.js';
import { announceMatchProfileChanged } from './match-profile.js';
import { presentMe } from './profile-presenter.js';
import { applyProfilePatch, assertMayEditFields, diffProfiles, type EditableProfile } from './profile-update-rules.js';
import { loadProfileView, loadProfileViewBySession } from './profile-view.js';
import type { ProfilesDeps } from './profiles-deps.js';
import { loadProviderState } from './provider-state.js';
import {
  lockProfileOwner,
  replaceProviderCategories,
  replaceProviderDistricts,
  saveProviderProfile,
} from './provider-profiles-repository.js';

const sessionGone = () => new AppError('auth.required', 'Sign in to continue');

/** `GET /me`: the profile the session check read with it, in one statement (routes.ts). */
export const meWithSession = sessionWith(loadProfileViewBySession);

export async function getMe(deps: Pick<ProfilesDeps, 'db'>, auth: AuthContext): Promise<TMe> {
  const view = await loadProfileView(deps.db, auth.user.id);
  if (!view) throw sessionGone();
  return presentMe(view);
}

/**
 * Applies a partial update in one transaction: every field is checked first, so a bad one stores
 * nothing. Changed fields are audited as `profile.updated` with their before and after values.
 */
export async function updateMe(deps: ProfilesDeps, auth: AuthContext, patch: TUpdateMeRequest, origin: RequestOrigin): Promise<TMe> {
  assertMayEditFields(auth.user.role, patch);
  const catalog = await loadCatalogIndex(deps.db);
  const now = deps.clock();
  const matchChanged = await deps.db.transaction(async (tx) => {
    const user = await lockProfileOwner(tx, auth.user.id);
    if (!user) throw sessionGone();
    const state = user.role === 'provider' ? await loadProviderState(tx, user.id) : null;
    const before: EditableProfile = {
      name: user.name,
      locale: user.locale,
      cityId: user.cityId,
      provider: state && {
        description: state.description,
        skills: state.skills,
        categoryIds: state.categoryIds,
        serviceCityId: state.serviceCityId,
        districtIds: state.districtIds,
      },
    };
    const after = applyProfilePatch(before, patch, catalog);
    const diff = diffProfiles(before, after);
    if (diff.changed.length === 0) return false;
    const changed = new Set(diff.changed);

    if (changed.has('name') || changed.has('locale') || changed.has('cityId')) {
      await updateUser(tx, user.id, { name: after.name, locale: after.locale, cityId: after.cityId, updatedAt: now });
    }
    if (after.provider) {
      const { description, skills, serviceCityId, categoryIds, districtIds } = after.provider;
      if (['description', 'skills', 'serviceCityId', 'categoryIds', 'districtIds'].some((field) => changed.has(field))) {
        await saveProviderProfile(tx, user.id, { description, skills, serviceCityId }, now);
      }
      if (changed.has('categoryIds')) await replaceProviderCategories(tx, user.id, categoryIds);
      if (changed.has('districtIds')) await replaceProviderDistricts(tx, user.id, districtIds);
    }
    await recordAudit(tx, now, origin, {
      actorId: user.id,
      action: 'profile.updated',
      targetType: 'user',
      targetId: user.id,
      before: diff.before,
      after: diff.after,
    });
    return ['categoryIds', 'serviceCityId', 'districtIds'].some((field) => changed.has(field));
  });
  // Open sockets hold the profile the new-task alerts match against (decision 015).
  if (matchChanged) await announceMatchProfileChanged(deps, auth.user.id);
  return getMe(deps, auth);
}
