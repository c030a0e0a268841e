import { describe, expect, it } from 'vitest';
import { PushServiceError } from './push-errors.js';
import { createHostGatedPushSender, PushHostBackingOffError } from './push-host-gate.js';
import type { PushOutcome, PushSender, PushTarget } from './push-sender.js';

const keys = { p256dh: 'k', auth: 'a' };
const at = (origin: string, path = '/x'): PushTarget => ({ endpoint: `${origin}${path}`, keys });
const message = { payload: '{}', ttlSeconds: 60 };

/** An inner sender whose answer per origin the test decides, counting calls and concurrency. */
function scripted(answer: (origin: string) => Promise<PushOutcome>) {
  const calls: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const sender: PushSender = {
    publicKey: async () => 'key',
    async send(target) {
      const origin = new URL(target.endpoint).origin;
      calls.push(origin);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        return await answer(origin);
      } finally {
        inFlight -= 1;
      }
    },
  };
  return { sender, calls, maxInFlight: () => maxInFlight };
}

describe('push host gate', () => {
  it('backs off only the push service that answered 503, doubling per failure in a row, while another goes on', async () => {
    let now = 1_000_000;
    const inner = scripted(async (origin) => {
      if (origin === 'https://fcm.example') throw new PushServiceError(503, null);
      return 'sent';
    });
    const push = createHostGatedPushSender(inner.sender, { maxInFlight: 8, baseBackoffMs: 2_000, maxBackoffMs: 60_000, now: () => now });

    await expect(push.send(at('https://fcm.example'), message)).rejects.toBeInstanceOf(PushServiceError);
    expect(push.retryAt('https://fcm.example/other')).toEqual(new Date(now + 2_000));
    // Backing off: refused without asking the service again.
    await expect(push.send(at('https://fcm.example', '/y'), message)).rejects.toBeInstanceOf(PushHostBackingOffError);
    expect(inner.calls.filter((o) => o === 'https://fcm.example')).toHaveLength(1);
    // Another service is not slowed at all.
    expect(await push.send(at('https://mozilla.example'), message)).toBe('sent');
    expect(push.retryAt('https://mozilla.example/x')).toBeNull();

    now += 2_001;
    await expect(push.send(at('https://fcm.example'), message)).rejects.toBeInstanceOf(PushServiceError);
    expect(push.retryAt('https://fcm.example/x')).toEqual(new Date(now + 4_000));
  });

  it('counts the requests that fail together as one failure, so a burst does not push the back-off to its maximum', async () => {
    const now = 2_000_000;
    const fail: Array<() => void> = [];
    const inner = scripted(() => new Promise<PushOutcome>((_, reject) => fail.push(() => reject(new PushServiceError(503, null)))));
    const push = createHostGatedPushSender(inner.sender, { maxInFlight: 50, baseBackoffMs: 2_000, maxBackoffMs: 60_000, now: () => now });
    const sends = Array.from({ length: 20 }, (_, i) => push.send(at('https://fcm.example', `/${i}`), message).catch((e: unknown) => e));
    await expect.poll(() => fail.length).toBe(20);
    for (const f of fail) f();
    expect((await Promise.all(sends)).every((e) => e instanceof PushServiceError)).toBe(true);
    expect(push.retryAt('https://fcm.example/x')).toEqual(new Date(now + 2_000));
  });

  it('waits as long as Retry-After asks on a 429, and forgets the back-off after a success', async () => {
    let now = 5_000_000;
    let answer: 'limit' | 'ok' = 'limit';
    const inner = scripted(async () => {
      if (answer === 'limit') throw new PushServiceError(429, 30_000);
      return 'sent';
    });
    const push = createHostGatedPushSender(inner.sender, { maxInFlight: 8, baseBackoffMs: 2_000, maxBackoffMs: 60_000, now: () => now });
    await expect(push.send(at('https://apple.example'), message)).rejects.toThrow(/429/);
    expect(push.retryAt('https://apple.example/x')).toEqual(new Date(now + 30_000));
    now += 30_001;
    answer = 'ok';
    expect(await push.send(at('https://apple.example'), message)).toBe('sent');
    expect(push.retryAt('https://apple.example/x')).toBeNull();
  });

  it('does not back off for an answer that would fail the same way again (403, a redirect)', async () => {
    const inner = scripted(async () => {
      throw new PushServiceError(403, null);
    });
    const push = createHostGatedPushSender(inner.sender, { maxInFlight: 8, baseBackoffMs: 2_000, maxBackoffMs: 60_000 });
    await expect(push.send(at('https://fcm.example'), message)).rejects.toThrow(/403/);
    await expect(push.send(at('https://fcm.example'), message)).rejects.toThrow(/403/);
    expect(inner.calls).toHaveLength(2);
    expect(push.retryAt('https://fcm.example/x')).toBeNull();
  });

  it('keeps at most maxInFlight requests open to one service', async () => {
    const release: Array<() => void> = [];
    const inner = scripted(() => new Promise<PushOutcome>((resolve) => release.push(() => resolve('sent'))));
    const push = createHostGatedPushSender(inner.sender, { maxInFlight: 3, baseBackoffMs: 2_000, maxBackoffMs: 60_000 });
    const sends = Array.from({ length: 10 }, (_, i) => push.send(at('https://fcm.example', `/${i}`), message));
    await expect.poll(() => release.length).toBe(3);
    while (release.length > 0) {
      release.shift()!();
      await new Promise((r) => setImmediate(r));
    }
    expect(await Promise.all(sends)).toEqual(Array(10).fill('sent'));
    expect(inner.maxInFlight()).toBe(3);
  });
});
