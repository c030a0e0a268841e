/**
 * Who has a chat socket open on THIS instance, counted per user (several tabs = several sockets).
 * Per-instance only: behind more than one API instance a user connected elsewhere looks offline here,
 * so they may get an extra email; a Redis presence set shared by instances is the next step.
 */
export interface Presence {
  enter(userId: string): void;
  leave(userId: string): void;
  isOnline(userId: string): boolean;
}

export function createPresence(): Presence {
  const open = new Map<string, number>();
  return {
    enter: (userId) => void open.set(userId, (open.get(userId) ?? 0) + 1),
    leave(userId) {
      const left = (open.get(userId) ?? 0) - 1;
      if (left > 0) open.set(userId, left);
      else open.delete(userId);
    },
    isOnline: (userId) => (open.get(userId) ?? 0) > 0,
  };
}
