import type { DbOrTx } from '../../db/client.js';
import { findUserById } from '../users/index.js';
import { maySeeTask } from './task-policy.js';
import { findTaskOfAttachment } from './task-repository.js';

const isAdmin = async (db: DbOrTx, userId: string) => (await findUserById(db, userId))?.role === 'admin';

/** A task photo is seen by whoever may see its task (task-policy.ts); a photo not attached yet by its uploader. */
export async function canViewTaskPhoto(
  db: DbOrTx,
  file: { id: string; kind: string; ownerId: string },
  viewerId: string | null,
): Promise<boolean> {
  if (file.kind !== 'task_photo') return false;
  const task = await findTaskOfAttachment(db, file.id);
  if (!task) return file.ownerId === viewerId;
  if (maySeeTask(task, viewerId === null ? null : { userId: viewerId, isAdmin: false })) return true;
  // Only a hidden task's photos need to know whether the viewer is an admin: one more query, rarely.
  return task.hidden && viewerId !== null && maySeeTask(task, { userId: viewerId, isAdmin: await isAdmin(db, viewerId) });
}
