import type {
  TAdminCategory,
  TAdminCategoryCreate,
  TAdminCategoryReorder,
  TAdminCategoryUpdate,
  TAdminSubcategory,
} from '@dastiyor/contracts';
import type { Db, DbOrTx } from '../../db/client.js';
import type { Bus } from '../../platform/bus/bus.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { conflictOnUnique } from '../../platform/http/unique-violation.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import { type Actor, assertAdmin } from '../auth/index.js';
import {
  type CategoryRow,
  findAllCategories,
  findCategory,
  findSlugsStartingWith,
  insertCategory,
  lockCategory,
  lockSiblings,
  maxSiblingOrder,
  setSiblingOrder,
  updateCategoryRow,
} from './categories-admin-repository.js';
import { freeSlug, slugFromName, slugPrefix } from './category-slug.js';
import { announceCatalogChanged } from './reference-cache.js';

export interface CategoriesAdminDeps {
  db: Db;
  clock: () => Date;
  /** Tells the other instances to drop their cached reference data after a change. */
  bus: Bus;
  /**
   * How many tasks use each category (as category or subcategory), shown beside it. The tasks module answers it
   * (wired in app.ts): tasks sit above the catalog they are filed under.
   */
  countTasksByCategory: (db: DbOrTx) => Promise<Map<string, number>>;
}

interface AdminAct {
  admin: Actor;
  origin: RequestOrigin;
}

function present(row: CategoryRow, parent: CategoryRow | null, tasksCount: number): TAdminSubcategory {
  return {
    id: row.id,
    parentId: row.parentId,
    slug: row.slug,
    name: row.name,
    icon: row.icon,
    sortOrder: row.sortOrder,
    isActive: row.isActive,
    takesNewTasks: row.isActive && (parent?.isActive ?? true),
    tasksCount,
  };
}

/** The whole two-level tree, inactive categories included, with task counts. */
export async function listAdminCategories(
  deps: Pick<CategoriesAdminDeps, 'db' | 'countTasksByCategory'>,
  admin: Actor,
): Promise<TAdminCategory[]> {
  assertAdmin(admin);
  const [rows, counts] = await Promise.all([findAllCategories(deps.db), deps.countTasksByCategory(deps.db)]);
  return rows
    .filter((r) => r.parentId === null)
    .map((top) => ({
      ...present(top, null, counts.get(top.id) ?? 0),
      children: rows.filter((r) => r.parentId === top.id).map((child) => present(child, top, counts.get(child.id) ?? 0)),
    }));
}

async function presentOne(deps: CategoriesAdminDeps, row: CategoryRow): Promise<TAdminSubcategory> {
  const [parent, counts] = await Promise.all([
    row.parentId ? findCategory(deps.db, row.parentId) : null,
    deps.countTasksByCategory(deps.db),
  ]);
  return present(row, parent, counts.get(row.id) ?? 0);
}

const badParent = () =>
  new AppError('validation.failed', 'A subcategory goes under a top-level category', {
    errors: [{ path: 'body.parentId', code: 'invalid_parent', message: 'Choose a top-level category' }],
  });

/** A top-level category or, with parentId, a subcategory; placed last among its siblings. 409 when the slug is taken. */
export async function createCategory(deps: CategoriesAdminDeps, act: AdminAct, input: TAdminCategoryCreate): Promise<TAdminSubcategory> {
  assertAdmin(act.admin);
  const now = deps.clock();
  const parentId = input.parentId ?? null;
  const row = await deps.db.transaction(async (tx) => {
    if (parentId) {
      const parent = await lockCategory(tx, parentId);
      if (!parent || parent.parentId !== null) throw badParent();
    }
    let slug = input.slug;
    if (!slug) {
      const base = slugFromName(input.name.ru);
      slug = freeSlug(base, await findSlugsStartingWith(tx, slugPrefix(base)));
    }
    const last = await maxSiblingOrder(tx, parentId);
    const inserted = await conflictOnUnique(
      insertCategory(tx, {
        parentId,
        slug,
        name: input.name,
        icon: input.icon ?? null,
        sortOrder: (last ?? 0) + 10,
        isActive: true,
        createdAt: now,
        updatedAt: now,
      }),
      'catalog.slug_taken',
      'A category with this slug already exists',
    );
    await recordAudit(tx, now, act.origin, {
      actorId: act.admin.id,
      action: 'admin.category_created',
      targetType: 'category',
      targetId: inserted.id,
      after: { parentId, slug, name: inserted.name, icon: inserted.icon },
    });
    return inserted;
  });
  await announceCatalogChanged(deps);
  return presentOne(deps, row);
}

/**
 * Renames, changes the icon, deactivates or activates. A deactivated category (or any subcategory of one)
 * leaves the public list and takes no new tasks; tasks already in it keep it.
 */
export async function updateCategory(
  deps: CategoriesAdminDeps,
  act: AdminAct,
  id: string,
  input: TAdminCategoryUpdate,
): Promise<TAdminSubcategory> {
  assertAdmin(act.admin);
  const now = deps.clock();
  const row = await deps.db.transaction(async (tx) => {
    const before = await lockCategory(tx, id);
    if (!before) throw notFound('No such category');
    const after = await updateCategoryRow(tx, id, { ...input, updatedAt: now });
    const changed = Object.keys(input) as Array<keyof TAdminCategoryUpdate>;
    await recordAudit(tx, now, act.origin, {
      actorId: act.admin.id,
      action: 'admin.category_updated',
      targetType: 'category',
      targetId: id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
    return after;
  });
  await announceCatalogChanged(deps);
  return presentOne(deps, row);
}

/** Puts one level in the given order; `ids` must be exactly that level's categories (400 otherwise). */
export async function reorderCategories(deps: CategoriesAdminDeps, act: AdminAct, input: TAdminCategoryReorder): Promise<TAdminCategory[]> {
  assertAdmin(act.admin);
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    if (input.parentId) {
      const parent = await lockCategory(tx, input.parentId);
      if (!parent) throw notFound('No such category');
      if (parent.parentId !== null) throw badParent();
    }
    const siblings = await lockSiblings(tx, input.parentId);
    const current = siblings.map((s) => s.id);
    const given = new Set(input.ids);
    if (given.size !== input.ids.length || given.size !== current.length || current.some((id) => !given.has(id))) {
      throw new AppError('validation.failed', 'The list must hold each category of this level once', {
        errors: [{ path: 'body.ids', code: 'not_siblings', message: 'Send every category of this level, each once' }],
      });
    }
    await setSiblingOrder(tx, input.parentId, input.ids, now);
    await recordAudit(tx, now, act.origin, {
      actorId: act.admin.id,
      action: 'admin.categories_reordered',
      targetType: 'category',
      targetId: input.parentId,
      before: { ids: current },
      after: { ids: input.ids },
    });
  });
  await announceCatalogChanged(deps);
  return listAdminCategories(deps, act.admin);
}
