import type { TNotificationSettings } from '@dastiyor/contracts';
import { randomUUID } from 'node:crypto';
import type { Db } from '../src/db/client.js';
import {
  notificationSettings,
  providerCategories,
  providerDistricts,
  providerProfiles,
  pushSubscriptions,
  users,
} from '../src/db/schema/index.js';

/** A provider written straight into the tables: hundreds in a second, where signing up takes one each. */
export interface ProviderSpec {
  id?: string;
  categoryIds: string[];
  cityId: string;
  districtIds?: string[];
  status?: 'active' | 'blocked';
  locale?: 'ru' | 'tg';
  /** A verified address; none by default. */
  email?: string;
  /** Sign-up time: fixtures that test ordering give each provider its own. */
  createdAt?: Date;
  browsers?: Array<{ endpoint: string; keys: { p256dh: string; auth: string } }>;
  /** Stored settings; none means the defaults. */
  settings?: TNotificationSettings;
}

/** Answers the ids, in the order given. */
export async function createProviders(db: Db, specs: ProviderSpec[]): Promise<string[]> {
  const rows = specs.map((s) => ({ ...s, id: s.id ?? randomUUID() }));
  const now = new Date();
  await db.insert(users).values(
    rows.map((r) => ({
      id: r.id,
      role: 'provider' as const,
      status: r.status ?? 'active',
      name: 'Исполнитель',
      email: r.email ?? `${r.id}@providers.test.dastiyor.tj`,
      emailVerifiedAt: r.email ? now : null,
      passwordHash: '!',
      locale: r.locale ?? 'ru',
      createdAt: r.createdAt ?? now,
    })),
  );
  await db.insert(providerProfiles).values(rows.map((r) => ({ userId: r.id, serviceCityId: r.cityId })));
  await db.insert(providerCategories).values(rows.flatMap((r) => r.categoryIds.map((categoryId) => ({ userId: r.id, categoryId }))));
  const districts = rows.flatMap((r) => (r.districtIds ?? []).map((districtId) => ({ userId: r.id, districtId })));
  if (districts.length > 0) await db.insert(providerDistricts).values(districts);
  const browsers = rows.flatMap((r) =>
    (r.browsers ?? []).map((b) => ({ userId: r.id, endpoint: b.endpoint, p256dh: b.keys.p256dh, auth: b.keys.auth, createdAt: now })),
  );
  if (browsers.length > 0) await db.insert(pushSubscriptions).values(browsers);
  const settings = rows.flatMap((r) => (r.settings ? [{ userId: r.id, settings: r.settings, updatedAt: now }] : []));
  if (settings.length > 0) await db.insert(notificationSettings).values(settings);
  return rows.map((r) => r.id);
}

/** A fixed, readable uuid per (series, n): deterministic fixtures give deterministic hash orders. */
export const fixedId = (series: number, n: number) =>
  `00000000-0000-4000-8000-${series.toString(16).padStart(4, '0')}${n.toString(16).padStart(8, '0')}`;

/** The catalogue places a matching test needs: a line of work, a city with two districts, and elsewhere. */
export async function matchingPlaces(db: Db) {
  const all = await db.query.categories.findMany();
  const subs = all.filter((c) => c.parentId !== null);
  const home = subs[0]!;
  const foreign = subs.find((s) => s.parentId !== home.parentId)!;
  const allDistricts = await db.query.districts.findMany();
  const cityId = allDistricts.find((d) => allDistricts.filter((o) => o.cityId === d.cityId).length >= 2)!.cityId;
  const [near, far] = allDistricts.filter((d) => d.cityId === cityId);
  const otherCity = (await db.query.cities.findMany()).find((c) => c.id !== cityId)!;
  return {
    categoryId: home.parentId!,
    subcategoryId: home.id,
    foreignCategoryId: foreign.parentId!,
    cityId,
    nearDistrictId: near!.id,
    farDistrictId: far!.id,
    otherCityId: otherCity.id,
  };
}
