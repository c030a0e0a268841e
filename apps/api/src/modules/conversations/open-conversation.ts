import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { conversations } from './conversations.table.js';

export type ConversationRow = typeof conversations.$inferSelect;

/**
 * Opens the chat of a task between its customer and the selected provider, inside the selection's
 * transaction, so a task is never in progress without its conversation.
 */
export async function openConversation(
  tx: DbOrTx,
  input: { taskId: string; customerId: string; providerId: string; now: Date },
): Promise<ConversationRow> {
  const [row] = await tx
    .insert(conversations)
    .values({
      taskId: input.taskId,
      customerId: input.customerId,
      providerId: input.providerId,
      createdAt: input.now,
      lastMessageAt: input.now,
    })
    .returning();
  return row!;
}

/** The chat of a task, if its customer has selected a provider. */
export async function findConversationOfTask(db: DbOrTx, taskId: string): Promise<ConversationRow | null> {
  const [row] = await db.select().from(conversations).where(eq(conversations.taskId, taskId));
  return row ?? null;
}
