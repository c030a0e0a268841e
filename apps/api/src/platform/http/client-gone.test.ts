import { once } from 'node:events';
import net, { type AddressInfo } from 'node:net';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerClientGone } from './client-gone.js';

// The hooks of a request whose client leaves while an earlier hook is still at work (a session lookup, say):
// a bare server with the product's order (this hook, then the rate limiter), not the whole app.
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function serverWhoseFirstHookOutlivesTheClient(withHook: boolean) {
  const app = Fastify();
  const arrived: Array<() => void> = [];
  const resumed: Array<() => void> = [];
  const errors: Error[] = [];
  let handled = 0;
  app.addHook('onRequest', async (request) => {
    arrived.shift()?.();
    if (!request.raw.socket.destroyed) await once(request.raw.socket, 'close');
    // The later hooks run next, in this turn of the event loop (the rate limiter's memory store does no I/O).
    setImmediate(() => resumed.shift()?.());
  });
  if (withHook) registerClientGone(app);
  await app.register(rateLimit, { global: true, max: 100, timeWindow: 60_000 });
  app.setErrorHandler(async (error: Error, _request, reply) => {
    errors.push(error);
    return reply.status(500).send();
  });
  app.get('/work', async () => {
    handled++;
    return { ok: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  close = () => app.close();
  const port = (app.server.address() as AddressInfo).port;

  /** Sends one request and leaves as soon as the server has it; resolves once every later hook has had its turn. */
  const sendAndLeave = async () => {
    const seen = new Promise<void>((resolve) => arrived.push(resolve));
    const done = new Promise<void>((resolve) => resumed.push(resolve));
    const client = net.connect(port, '127.0.0.1', () => client.write('GET /work HTTP/1.1\r\nHost: localhost\r\n\r\n'));
    await seen;
    client.destroy();
    await done;
  };
  return { sendAndLeave, errors, handled: () => handled };
}

describe('registerClientGone', () => {
  it('should stop a request whose client has left, so nothing reads it as a server error', async () => {
    const server = await serverWhoseFirstHookOutlivesTheClient(true);
    await server.sendAndLeave();
    // By this point the rate limiter's key has thrown without the hook (the next test): it ended the request first.
    expect(server.errors).toEqual([]);
    expect(server.handled()).toBe(0);
  });

  it('should be what stands between such a request and the rate limiter failing on it', async () => {
    const server = await serverWhoseFirstHookOutlivesTheClient(false);
    await server.sendAndLeave();
    expect(server.errors.map((error) => error.message)).toEqual([expect.stringMatching(/toLowerCase/)]);
    expect(server.handled()).toBe(0);
  });
});
