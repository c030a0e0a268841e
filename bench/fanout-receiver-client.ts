import { type ChildProcess, fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

export type ReceiverRequest =
  { type: 'browsers'; count: number } | { type: 'stats'; tags: string[]; withPaths?: boolean } | { type: 'close' };

export interface TagFigures {
  /** Browsers that received this task's push, and how many pushes that was (more = someone twice). */
  devices: number;
  pushes: number;
  /** Epoch ms of the last one to arrive. */
  lastAt: number | null;
  paths: string[];
}

export type ReceiverReply =
  | { type: 'ready'; origin: string }
  | { type: 'browsers'; list: Array<{ endpoint: string; p256dh: string; auth: string }> }
  | { type: 'stats'; total: number; undecrypted: number; tags: Record<string, TagFigures> };

export interface PushReceiver {
  origin: string;
  browsers(count: number): Promise<Array<{ endpoint: string; p256dh: string; auth: string }>>;
  stats(tags: string[], withPaths?: boolean): Promise<Extract<ReceiverReply, { type: 'stats' }>>;
  close(): Promise<void>;
}

/** Starts fanout-push-receiver.ts as a child process and talks to it, one question at a time. */
export async function startPushReceiver(): Promise<PushReceiver> {
  const child: ChildProcess = fork(path.join(import.meta.dirname, 'fanout-push-receiver.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // It stands in for the browsers' push services, which run elsewhere: decrypting every push here must
  // not take the CPU the API needs more than the machine's spare (nice 10, as low as the worker).
  if (child.pid) os.setPriority(child.pid, 10);
  let pending: ((reply: ReceiverReply) => void) | null = null;
  const ready = new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the push receiver exited (${code})`)));
    pending = (reply) => (reply.type === 'ready' ? resolve(reply.origin) : reject(new Error('unexpected first message')));
  });
  child.on('message', (reply: ReceiverReply) => {
    const take = pending;
    pending = null;
    take?.(reply);
  });
  const ask = <T extends ReceiverReply['type']>(request: ReceiverRequest, type: T) =>
    new Promise<Extract<ReceiverReply, { type: T }>>((resolve, reject) => {
      pending = (reply) => (reply.type === type ? resolve(reply as Extract<ReceiverReply, { type: T }>) : reject(new Error(reply.type)));
      child.send(request);
    });
  const origin = await ready;
  return {
    origin,
    browsers: async (count) => (await ask({ type: 'browsers', count }, 'browsers')).list,
    stats: (tags, withPaths = false) => ask({ type: 'stats', tags, withPaths }, 'stats'),
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send({ type: 'close' });
      }),
  };
}
