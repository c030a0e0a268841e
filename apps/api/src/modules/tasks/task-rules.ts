import type { TFieldError } from '@dastiyor/contracts';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { startOfDushanbeDay } from '../../platform/time/dushanbe-day.js';
import { categoryPairState, isKnownPlace } from '../catalog/index.js';
import { countPublishedSince, findSameTextPublished } from './task-repository.js';

export const publishingRules = { firstDayLimit: 3, dailyLimit: 10, duplicateWindowMs: 86_400_000, pastToleranceMs: 5 * 60_000 } as const;

export interface TaskPlaceAndTime {
  categoryId: string;
  subcategoryId: string;
  cityId: string;
  districtId: string | null;
  startsAt: Date | null;
}

const categoryInactive: TFieldError = {
  path: 'body.subcategoryId',
  code: 'category_inactive',
  message: 'This category no longer takes new tasks; choose another one',
};

/**
 * References and dates a schema cannot check; every problem is reported at once, as field errors. A category
 * an admin deactivated is refused when it is chosen; a task already filed under it keeps it through other edits.
 */
export async function assertValidTaskFields(
  db: DbOrTx,
  fields: TaskPlaceAndTime,
  now: Date,
  changed: (name: string) => boolean,
): Promise<void> {
  const errors: TFieldError[] = [];
  const category = await categoryPairState(db, fields.categoryId, fields.subcategoryId);
  if (category === 'mismatch') {
    errors.push({ path: 'body.subcategoryId', code: 'subcategory_mismatch', message: 'Choose a subcategory of the chosen category' });
  } else if (category === 'inactive' && (changed('categoryId') || changed('subcategoryId'))) {
    errors.push(categoryInactive);
  }
  if (!(await isKnownPlace(db, fields.cityId, fields.districtId))) {
    errors.push({
      path: fields.districtId ? 'body.districtId' : 'body.cityId',
      code: 'unknown_place',
      message: 'Choose a district of the chosen city',
    });
  }
  // A date already past is refused when it is set, not when an old task is edited in other ways.
  if (fields.startsAt && changed('startsAt') && fields.startsAt.getTime() < now.getTime() - publishingRules.pastToleranceMs) {
    errors.push({ path: 'body.startsAt', code: 'in_past', message: 'The date has already passed' });
  }
  if (errors.length > 0) throw new AppError('validation.failed', 'Some fields are invalid', { errors });
}

/** Publishing a draft: its category must still take new tasks (400, as when it is chosen). */
export async function assertCategoryTakesTasks(db: DbOrTx, task: { categoryId: string; subcategoryId: string }): Promise<void> {
  if ((await categoryPairState(db, task.categoryId, task.subcategoryId)) !== 'active') {
    throw new AppError('validation.failed', 'The category no longer takes new tasks', { errors: [categoryInactive] });
  }
}

/**
 * Spam rules for publishing, per account (never per IP): 3 tasks in an account's first 24 hours,
 * 10 per Dushanbe day after that, and no second copy of the same text within 24 hours. Call inside
 * the transaction holding the customer's publishing lock.
 */
export async function assertMayPublish(
  tx: DbOrTx,
  customer: { id: string; createdAt: Date },
  text: { title: string; description: string },
  now: Date,
  taskId: string | null,
): Promise<void> {
  const firstDay = now.getTime() - customer.createdAt.getTime() < 86_400_000;
  const since = firstDay ? customer.createdAt : startOfDushanbeDay(now);
  const limit = firstDay ? publishingRules.firstDayLimit : publishingRules.dailyLimit;
  if ((await countPublishedSince(tx, customer.id, since)) >= limit) {
    const retryAfter = Math.ceil(
      ((firstDay ? customer.createdAt.getTime() + 86_400_000 : startOfDushanbeDay(now).getTime() + 86_400_000) - now.getTime()) / 1000,
    );
    throw new AppError(
      'tasks.daily_limit',
      firstDay ? `New accounts can publish ${limit} tasks in their first day` : `You can publish ${limit} tasks a day`,
      { retryAfter },
    );
  }
  const since24h = new Date(now.getTime() - publishingRules.duplicateWindowMs);
  if (await findSameTextPublished(tx, customer.id, text.title, text.description, since24h, taskId)) {
    throw new AppError('tasks.duplicate', 'You published the same task within the last 24 hours');
  }
}
