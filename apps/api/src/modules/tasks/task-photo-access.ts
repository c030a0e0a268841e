import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { findTaskOfAttachment } from './task-repository.js';

const isAdmin = async (db: DbOrTx, userId: string) =>
  (
    await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.role, 'admin')))
  ).length > 0;

/**
 * A task photo is seen by whoever may see its task: anyone once published, only the customer for a draft,
 * the customer and admins for a task moderation hid.
 */
export async function canViewTaskPhoto(
  db: DbOrTx,
  file: { id: string; kind: string; ownerId: string },
  viewerId: string | null,
): Promise<boolean> {
  if (file.kind !== 'task_photo') return false;
  const task = await findTaskOfAttachment(db, file.id);
  if (!task) return file.ownerId === viewerId;
  if ((task.status !== 'draft' && !task.hidden) || task.customerId === viewerId) return true;
  return task.hidden && viewerId !== null && (await isAdmin(db, viewerId));
}
