import type { DbOrTx } from '../../db/client.js';
import { findTaskOfAttachment } from './task-repository.js';

/** A task photo is seen by whoever may see its task: anyone once published, only the customer for a draft. */
export async function canViewTaskPhoto(
  db: DbOrTx,
  file: { id: string; kind: string; ownerId: string },
  viewerId: string | null,
): Promise<boolean> {
  if (file.kind !== 'task_photo') return false;
  const task = await findTaskOfAttachment(db, file.id);
  if (!task) return file.ownerId === viewerId;
  return task.status !== 'draft' || task.customerId === viewerId;
}
