/**
 * The bench's stand-in for the browsers' push services, as a child process of its own so decrypting
 * thousands of pushes costs neither the API's event loop nor the feed load's. It is the test suite's
 * push service (apps/api/test/push-service.ts: every push decrypted with the browser's keys, as the
 * browser would); this file only makes its browsers and answers the parent's questions over IPC.
 */
import { type ReceivedPush, startPushService } from '@dastiyor/api/test/push-service.js';
import type { ReceiverReply, ReceiverRequest, TagFigures } from './fanout-receiver-client.js';

const service = await startPushService();
const send = (reply: ReceiverReply) => process.send?.(reply);

/** Per task tag: browser path → how many pushes it received, and when the last one came. */
const byTag = new Map<string, { paths: Map<string, number>; lastAt: number }>();
let undecrypted = 0;
let seen = 0;

/** Folds what arrived since the last question into the per-tag figures. */
function fold() {
  for (; seen < service.received.length; seen++) {
    const push: ReceivedPush = service.received[seen]!;
    const tag = (push.payload as { tag?: unknown } | null)?.tag;
    if (typeof tag !== 'string') {
      undecrypted += 1;
      continue;
    }
    const entry = byTag.get(tag) ?? { paths: new Map<string, number>(), lastAt: 0 };
    entry.paths.set(push.path, (entry.paths.get(push.path) ?? 0) + 1);
    entry.lastAt = Math.max(entry.lastAt, push.at);
    byTag.set(tag, entry);
  }
}
process.on('message', (message: ReceiverRequest) => {
  if (message.type === 'browsers') {
    const list = Array.from({ length: message.count }, () => {
      const b = service.browser();
      return { endpoint: b.endpoint, p256dh: b.keys.p256dh, auth: b.keys.auth };
    });
    send({ type: 'browsers', list });
  } else if (message.type === 'stats') {
    fold();
    const tags: Record<string, TagFigures> = {};
    for (const tag of message.tags) {
      const entry = byTag.get(tag);
      const counts = entry ? [...entry.paths.values()] : [];
      tags[tag] = {
        devices: counts.length,
        pushes: counts.reduce((a, b) => a + b, 0),
        lastAt: entry?.lastAt ?? null,
        paths: message.withPaths ? [...(entry?.paths.keys() ?? [])] : [],
      };
    }
    send({ type: 'stats', total: service.received.length, undecrypted, tags });
  } else if (message.type === 'close') {
    void service.close().then(() => process.exit(0));
  }
});
send({ type: 'ready', origin: service.origin });
