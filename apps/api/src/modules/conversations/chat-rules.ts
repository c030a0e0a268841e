import { AppError } from '../../platform/http/errors.js';

export const chatRules = {
  /** After the work is confirmed done, the two can still settle details (payment, a warranty visit) this long. */
  writableAfterCompletionMs: 30 * 86_400_000,
  /** Messages per user per minute, across all their chats. */
  messagesPerMinute: 30,
  /** Chat image uploads per user per minute. */
  imagesPerMinute: 20,
} as const;

/**
 * Who may still write: the chat is open while the task is in progress and for 30 days after it was
 * completed; a cancelled task's chat (and a completed one past that window) stays readable but takes
 * no new messages or images: 409 `conflict`.
 */
export function assertChatWritable(task: { status: string; closedAt: Date | null }, now: Date): void {
  if (task.status === 'in_progress') return;
  if (task.status === 'completed') {
    const closedAt = task.closedAt?.getTime() ?? now.getTime();
    if (now.getTime() - closedAt <= chatRules.writableAfterCompletionMs) return;
    throw new AppError('conflict', 'This chat closed 30 days after the task was completed');
  }
  throw new AppError('conflict', `The task is ${task.status}; this chat takes no new messages`);
}
