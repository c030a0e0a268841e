import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { preparedStatement } from '../../db/prepared-statements.js';
import { type LiveSession, liveSessionFields, liveSessionOf, toLiveSession } from '../auth/index.js';
import { type ImageSize, imageSizeOf } from '../files/index.js';
import { userAccounts } from '../users/index.js';
import { type CatalogIndex, loadCatalogIndex } from './catalog-index.js';
import { providerProfiles } from './profiles.table.js';
import { type ProviderState, providerStateFields, type ProviderStateRow, toProviderState } from './provider-state.js';

/** The account's own columns a profile shows (`userAccounts`). */
export interface ProfileUser {
  id: string;
  role: 'customer' | 'provider' | 'admin';
  status: 'active' | 'blocked';
  name: string;
  email: string | null;
  emailVerifiedAt: Date | null;
  phone: string | null;
  phoneVerifiedAt: Date | null;
  locale: 'ru' | 'tg';
  cityId: string | null;
  avatarFileId: string | null;
  createdAt: Date;
}

/** Everything the presenters need to describe one account; which part leaves the API is theirs to decide. */
export interface ProfileView {
  user: ProfileUser;
  avatar: ImageSize | null;
  /** Null unless the account is a provider's. */
  provider: ProviderState | null;
  catalog: CatalogIndex;
}

/** A profile in ONE statement: the account, its avatar, and (for a provider) everything on top of it. */
const profileFields = () => ({
  user: {
    id: userAccounts.id,
    role: userAccounts.role,
    status: userAccounts.status,
    name: userAccounts.name,
    email: userAccounts.email,
    emailVerifiedAt: userAccounts.emailVerifiedAt,
    phone: userAccounts.phone,
    phoneVerifiedAt: userAccounts.phoneVerifiedAt,
    locale: userAccounts.locale,
    cityId: userAccounts.cityId,
    avatarFileId: userAccounts.avatarFileId,
    createdAt: userAccounts.createdAt,
  },
  avatar: imageSizeOf(userAccounts.avatarFileId),
  ...providerStateFields(userAccounts.id),
});

type ProfileRow = ProviderStateRow & { user: ProfileUser; avatar: ImageSize | null };

async function viewOf(db: Db, row: ProfileRow): Promise<ProfileView> {
  const { user, avatar, ...provider } = row;
  return { user, avatar, provider: user.role === 'provider' ? toProviderState(provider) : null, catalog: await loadCatalogIndex(db) };
}

/** An account's profile by id, or null; `active-provider`: only an active provider's (their public page). */
export async function loadProfileView(db: Db, userId: string, only: 'any' | 'active-provider' = 'any'): Promise<ProfileView | null> {
  const id = sql.placeholder('userId');
  const condition =
    only === 'any'
      ? eq(userAccounts.id, id)
      : and(eq(userAccounts.id, id), eq(userAccounts.role, 'provider'), eq(userAccounts.status, 'active'));
  const build = () =>
    db.select(profileFields()).from(userAccounts).leftJoin(providerProfiles, eq(providerProfiles.userId, userAccounts.id)).where(condition);
  const [row] = await (preparedStatement(db, `profile|by-id|${only}`, build) ?? build()).execute({ userId });
  return row ? viewOf(db, row) : null;
}

/**
 * The profile of whoever a session token hash belongs to, with the session itself, in ONE statement: what
 * `GET /me` reads (through `sessionWith`, in place of the session check every request makes).
 */
export async function loadProfileViewBySession(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ session: LiveSession; data: ProfileView } | null> {
  const build = () => profileBySessionQuery(db);
  const [row] = await (preparedStatement(db, 'profile|by-session', build) ?? build()).execute({ tokenHash, now: now.toISOString() });
  if (!row) return null;
  const { session, ...profile } = row;
  return { session: toLiveSession(session), data: await viewOf(db, profile) };
}

/** That statement, with the placeholders `tokenHash` and `now` (ISO text); bench/reference-load.ts runs its text too. */
export function profileBySessionQuery(db: Db) {
  const live = liveSessionOf(sql.placeholder('tokenHash'), sql.placeholder('now'));
  return db
    .select({ ...profileFields(), session: liveSessionFields(live) })
    .from(live)
    .innerJoin(userAccounts, eq(userAccounts.id, live.userId))
    .leftJoin(providerProfiles, eq(providerProfiles.userId, userAccounts.id));
}
