import { createHash } from 'node:crypto';
import { ZCategoriesResponse, ZCitiesResponse, type TCategory, type TCity } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import type { Bus } from '../../platform/bus/bus.js';
import { findActiveCategories, findCitiesWithDistricts } from './catalog-repository.js';

/**
 * The reference data (the category tree, the cities with their districts) as every request reads it: built once
 * per process from three queries, checked against the contract once, serialised once, and dropped when an admin
 * changes a category — here at once, on the other instances through the bus. Every signed-in page asked for
 * it through `/me` and every feed through `/categories`: rebuilt per call it cost ~5 ms of CPU each.
 *
 * A reload that fails (the database restarting) keeps serving what was read before; a change missed on the bus
 * is picked up within `maxAgeMs` anyway.
 */

export const catalogChangedChannel = 'catalog.changed';

/** One serialised answer and its validator for conditional requests. */
export interface ServedAnswer {
  body: string;
  etag: string;
}

export interface ReferenceData {
  categories: readonly TCategory[];
  cities: readonly TCity[];
  categoriesAnswer: ServedAnswer;
  citiesAnswer: ServedAnswer;
}

const maxAgeMs = 10 * 60_000;

interface Entry {
  data: ReferenceData | null;
  readAt: number;
  /** Bumped on every change: a load that began before it must not be kept. */
  generation: number;
  loading: Promise<ReferenceData> | null;
}

const entries = new WeakMap<Db, Entry>();

function entryOf(db: Db): Entry {
  let entry = entries.get(db);
  if (!entry) entries.set(db, (entry = { data: null, readAt: 0, generation: 0, loading: null }));
  return entry;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function served(answer: unknown): ServedAnswer {
  const body = JSON.stringify(answer);
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

async function build(db: Db): Promise<ReferenceData> {
  const [rows, { cityRows, districtRows }] = await Promise.all([findActiveCategories(db), findCitiesWithDistricts(db)]);
  const categories: TCategory[] = rows
    .filter((r) => r.parentId === null)
    .map((top) => ({
      id: top.id,
      slug: top.slug,
      name: top.name,
      icon: top.icon,
      children: rows
        .filter((r) => r.parentId === top.id)
        .map((child) => ({ id: child.id, slug: child.slug, name: child.name, icon: child.icon, children: [] })),
    }));
  const cities: TCity[] = cityRows.map((city) => ({
    id: city.id,
    slug: city.slug,
    name: city.name,
    districts: districtRows.filter((d) => d.cityId === city.id).map((d) => ({ id: d.id, name: d.name })),
  }));
  // Checked once here instead of on every answer: the routes send the serialised text as it is.
  const categoriesAnswer = ZCategoriesResponse.parse({ items: categories, nextCursor: null });
  const citiesAnswer = ZCitiesResponse.parse({ items: cities, nextCursor: null });
  return deepFreeze({ categories, cities, categoriesAnswer: served(categoriesAnswer), citiesAnswer: served(citiesAnswer) });
}

/** The reference data, from memory while it is fresh; concurrent callers share one load. */
export async function referenceData(db: Db): Promise<ReferenceData> {
  const entry = entryOf(db);
  if (entry.data !== null && Date.now() - entry.readAt < maxAgeMs) return entry.data;
  if (entry.loading) return entry.loading;
  const generation = entry.generation;
  const loading = build(db).then(
    (data) => {
      if (entry.generation === generation) {
        entry.data = data;
        entry.readAt = Date.now();
      }
      return data;
    },
    (error: unknown) => {
      // Stale data beats a 503 on every page while the database restarts; the next call tries again.
      if (entry.data !== null) return entry.data;
      throw error;
    },
  );
  entry.loading = loading;
  void loading.then(
    () => entry.loading === loading && (entry.loading = null),
    () => entry.loading === loading && (entry.loading = null),
  );
  return loading;
}

/** Forgets this process's copy (a change committed here or announced by another instance). */
export function forgetReferenceData(db: Db): void {
  const entry = entryOf(db);
  entry.generation += 1;
  entry.readAt = 0;
  // A load already under way read the old rows: the next caller starts a new one.
  entry.loading = null;
}

/** After a committed category change: this instance forgets at once, the others when the bus tells them. */
export async function announceCatalogChanged(deps: { db: Db; bus: Bus }): Promise<void> {
  forgetReferenceData(deps.db);
  await deps.bus.publish(catalogChangedChannel, {});
}

/** Listens for other instances' changes; returns the function that stops listening. */
export function watchCatalogChanges(deps: { db: Db; bus: Bus }): Promise<() => Promise<void>> {
  return deps.bus.subscribe(catalogChangedChannel, () => forgetReferenceData(deps.db));
}
