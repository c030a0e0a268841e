import type { TMessage } from '@dastiyor/contracts';

// The chat keeps its messages oldest-first; pages, catch-ups and socket pushes may overlap.

const byTime = (a: TMessage, b: TMessage) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** `current` with `incoming` added, each message once, oldest first. */
export function mergeMessages(current: readonly TMessage[], incoming: readonly TMessage[]): TMessage[] {
  if (incoming.length === 0) return current as TMessage[];
  const byId = new Map(current.map((m) => [m.id, m]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort(byTime);
}

/** Read receipts: the counterpart has read my message when it was created at or before their read mark. */
export function isReadBy(message: TMessage, counterpartReadAt: string | null): boolean {
  return counterpartReadAt !== null && Date.parse(message.createdAt) <= Date.parse(counterpartReadAt);
}
