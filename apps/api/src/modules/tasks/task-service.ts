import { type TCreateTaskRequest, type TTask, type TUpdateTaskRequest, isTaskEditable } from '@dastiyor/contracts';
import type { Db, DbOrTx } from '../../db/client.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import type { AuthContext } from '../auth/index.js';
import { findUserById } from '../users/index.js';
import { noParticipation, type TaskParticipationSource, type TaskViewer } from './task-participation.js';
import { findTaskPage } from './task-page-repository.js';
import { type TaskOnlooker, maySeeTask } from './task-policy.js';
import { presentTask } from './task-presenter.js';
import {
  type TaskRow,
  findAttachableFiles,
  findSameTextPublished,
  insertTask,
  lockCustomerPublishing,
  lockOwnTask,
  replaceAttachments,
  updateTask,
} from './task-repository.js';
import { assertMayPublish, assertValidTaskFields } from './task-rules.js';
import type { Notifier } from '../../platform/notices/notifier.js';
import { flagStopWords } from '../moderation/index.js';

export interface TasksDeps {
  db: Db;
  clock: () => Date;
  /** Tells the chosen provider and the customer what happened, and announces a published task to matching providers. */
  notifier: Notifier;
  /** The viewer's part in a task (their response, the chat, the review) for its page. */
  participation: TaskParticipationSource;
  /** A completed task counts in the provider's standing (the reviews module keeps it). */
  refreshProviderStanding: (tx: DbOrTx, providerId: string, now: Date) => Promise<void>;
}

function assertCustomer(auth: AuthContext) {
  if (auth.user.role !== 'customer') throw new AppError('forbidden', 'Only customers post tasks');
}

/** Photos must be the customer's own task-photo uploads that no other task holds. */
async function assertAttachable(tx: DbOrTx, ownerId: string, ids: string[], taskId: string | null) {
  const unique = [...new Set(ids)];
  const found = new Set((await findAttachableFiles(tx, ownerId, unique, taskId)).map((f) => f.id));
  const missing = unique.findIndex((id) => !found.has(id));
  if (missing >= 0) {
    throw new AppError('validation.failed', 'A photo is not available', {
      errors: [{ path: `body.attachmentIds.${missing}`, code: 'unknown_file', message: 'Upload the photo again' }],
    });
  }
  return unique;
}

const toDate = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

/** Creates a draft or publishes at once; references, dates, photos and spam rules in one transaction. */
export async function createTask(deps: TasksDeps, auth: AuthContext, input: TCreateTaskRequest): Promise<TTask> {
  assertCustomer(auth);
  const now = deps.clock();
  const fields = {
    title: input.title,
    description: input.description,
    categoryId: input.categoryId,
    subcategoryId: input.subcategoryId,
    cityId: input.cityId,
    districtId: input.districtId ?? null,
    address: input.address || null,
    budgetType: input.budgetType,
    budgetAmount: input.budgetType === 'fixed' ? (input.budgetAmount ?? null) : null,
    startsAt: toDate(input.startsAt),
    endsAt: toDate(input.endsAt),
    urgency: input.urgency,
  };
  await assertValidTaskFields(deps.db, fields, now, () => true);
  const created = await deps.db.transaction(async (tx) => {
    const photoIds = await assertAttachable(tx, auth.user.id, input.attachmentIds, null);
    if (input.status === 'new') await assertPublishable(tx, auth.user.id, fields, now, null);
    const task = await insertTask(tx, {
      ...fields,
      customerId: auth.user.id,
      status: input.status,
      publishedAt: input.status === 'new' ? now : null,
      createdAt: now,
      updatedAt: now,
    });
    await replaceAttachments(tx, task.id, photoIds);
    if (input.status === 'new') {
      await flagTaskText(tx, deps, task, now);
      await deps.notifier.recordTaskAlert(tx, task.id, now);
    }
    return getTask(deps, task.id, viewerOf(auth), tx);
  });
  if (input.status === 'new') await deps.notifier.announceTask(created.id);
  return created;
}

async function assertPublishable(
  tx: DbOrTx,
  customerId: string,
  text: { title: string; description: string },
  now: Date,
  taskId: string | null,
) {
  await lockCustomerPublishing(tx, customerId);
  const customer = await findUserById(tx, customerId);
  if (!customer) throw notFound();
  await assertMayPublish(tx, customer, text, now, taskId);
}

/** Edits are allowed while the task is a draft or still open; the feed shows them at once. */
export async function editTask(deps: TasksDeps, auth: AuthContext, taskId: string, input: TUpdateTaskRequest): Promise<TTask> {
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const task = await lockOwnTask(tx, taskId, auth.user.id);
    if (!task) throw notFound('No such task');
    if (!isTaskEditable(task.status)) throw new AppError('conflict', 'Only a draft or an open task can be edited');
    const next = mergeFields(task, input);
    assertConsistent(next);
    await assertValidTaskFields(tx, next, now, (name) => name in input);
    const photoIds = input.attachmentIds ? await assertAttachable(tx, auth.user.id, input.attachmentIds, task.id) : null;
    if (task.status === 'new' && ('title' in input || 'description' in input)) await assertMayRepeat(tx, auth.user.id, next, now, task.id);
    await updateTask(tx, task.id, { ...next, updatedAt: now });
    if (photoIds) await replaceAttachments(tx, task.id, photoIds);
    if (task.status === 'new' && ('title' in input || 'description' in input)) await flagTaskText(tx, deps, { ...task, ...next }, now);
  });
  return getTask(deps, taskId, viewerOf(auth));
}

/** The merged task must make sense as a whole: a PATCH naming one field can clash with one it left alone. */
function assertConsistent(next: ReturnType<typeof mergeFields>) {
  const invalid = (path: string, message: string) =>
    new AppError('validation.failed', message, { errors: [{ path: `body.${path}`, code: 'custom', message }] });
  if (next.budgetType === 'fixed' && next.budgetAmount === null) throw invalid('budgetAmount', 'A fixed budget needs an amount');
  if (next.endsAt && !next.startsAt) throw invalid('startsAt', 'A period needs a start');
  if (next.startsAt && next.endsAt && next.endsAt < next.startsAt) throw invalid('endsAt', 'The end is before the start');
}

async function assertMayRepeat(tx: DbOrTx, customerId: string, text: { title: string; description: string }, now: Date, taskId: string) {
  // An edit is no new publication: only the duplicate rule applies, not the daily count.
  if (await findSameTextPublished(tx, customerId, text.title, text.description, new Date(now.getTime() - 86_400_000), taskId)) {
    throw new AppError('tasks.duplicate', 'You published the same task within the last 24 hours');
  }
}

/**
 * The task after a PATCH: an absent field keeps its value, `null` clears a nullable one. Two fields follow
 * another: a new city drops a district of the old one (unless one is named), a negotiable budget has no amount.
 */
function mergeFields(task: TaskRow, input: TUpdateTaskRequest) {
  const budgetType = input.budgetType ?? task.budgetType;
  const cityChanged = input.cityId !== undefined && input.cityId !== task.cityId;
  return {
    title: input.title ?? task.title,
    description: input.description ?? task.description,
    categoryId: input.categoryId ?? task.categoryId,
    subcategoryId: input.subcategoryId ?? task.subcategoryId,
    cityId: input.cityId ?? task.cityId,
    districtId: input.districtId !== undefined ? input.districtId : cityChanged ? null : task.districtId,
    address: input.address !== undefined ? input.address || null : task.address,
    budgetType,
    budgetAmount: budgetType === 'negotiable' ? null : input.budgetAmount !== undefined ? input.budgetAmount : task.budgetAmount,
    startsAt: input.startsAt !== undefined ? toDate(input.startsAt) : task.startsAt,
    endsAt: input.endsAt !== undefined ? toDate(input.endsAt) : task.endsAt,
    urgency: input.urgency ?? task.urgency,
  };
}

/**
 * A task page for a viewer. Drafts exist only for their customer; a task moderation hid, only for its
 * customer and admins; everyone else gets 404, as for a task that never existed.
 */
/**
 * The task as `viewer` may see it. `db` is a transaction when a write presents what it saved before
 * committing: an answer read after the commit could fail and call a saved write failed.
 */
export async function getTask(
  deps: Pick<TasksDeps, 'db' | 'clock' | 'participation'>,
  taskId: string,
  viewer: TaskViewer | null,
  db: DbOrTx = deps.db,
): Promise<TTask> {
  const page = await findTaskPage(db, taskId, deps.participation.responsesCountOf);
  if (!page || !maySeeTask({ ...page.row, hidden: page.row.hiddenAt !== null }, onlookerOf(viewer))) throw notFound('No such task');
  const part = viewer ? await deps.participation.load(db, page.row, viewer, deps.clock()) : noParticipation;
  return presentTask({ ...page, participation: { ...part, responsesCount: page.responsesCount }, viewer });
}

const onlookerOf = (viewer: TaskViewer | null): TaskOnlooker | null =>
  viewer ? { userId: viewer.userId, isAdmin: viewer.role === 'admin' } : null;

/** The signed-in person as a task page viewer. */
export const viewerOf = (auth: AuthContext | null | undefined): TaskViewer | null =>
  auth ? { userId: auth.user.id, role: auth.user.role } : null;

/** Stop words in a published task's title or description send it to the moderation queue; it stays published. */
function flagTaskText(
  tx: DbOrTx,
  deps: TasksDeps,
  task: { id: string; customerId: string; title: string; description: string },
  now: Date,
) {
  const text = `${task.title}\n${task.description}`;
  return flagStopWords(tx, deps.db, { targetType: 'task', targetId: task.id, authorId: task.customerId, text, now });
}

export { assertPublishable, flagTaskText };
