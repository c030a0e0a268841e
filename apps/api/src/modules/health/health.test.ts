import net from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { buildTestApp } from '../../../test/test-app.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { openDatabase } from '../../db/client.js';

const t = useTestApp();

describe('GET /api/v1/health', () => {
  it('reports the database up with 200, and Redis disabled without REDIS_URL', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: 'up', redis: 'disabled', maintenance: { enabled: false } });
  });
});

/** A TCP relay in front of PostgreSQL that a test can cut and restore, like a database outage. */
function createRelay(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const end = () => (client.destroy(), upstream.destroy());
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  let port = 0;
  return {
    async listen(p = 0) {
      await new Promise<void>((resolve) => server.listen(p, '127.0.0.1', resolve));
      port = (server.address() as net.AddressInfo).port;
      return port;
    },
    async cut() {
      for (const s of sockets) s.destroy();
      sockets.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe.runIf(inject('testDatabase').kind === 'postgres')('when the database goes down', () => {
  it('answers 503 quickly, then recovers by itself when the database returns', async () => {
    const url = new URL(t.testDb.url!);
    const relay = createRelay({ host: url.hostname, port: Number(url.port || 5432) });
    const port = await relay.listen();
    url.port = String(port);
    const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolMax: 2 });
    const outage = await buildTestApp(database);
    try {
      expect((await outage.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);

      await relay.cut();
      const started = Date.now();
      const health = await outage.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({ status: 'degraded', database: 'down' });
      const categories = await outage.app.inject({ method: 'GET', url: '/api/v1/categories' });
      expect(categories.statusCode).toBe(503);
      expect(categories.json()).toMatchObject({ code: 'service_unavailable' });
      expect(Date.now() - started).toBeLessThan(8000);

      await relay.listen(port);
      const back = await outage.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(back.statusCode).toBe(200);
      expect((await outage.app.inject({ method: 'GET', url: '/api/v1/categories' })).statusCode).toBe(200);
    } finally {
      await outage.app.close();
      await database.close();
      await relay.cut().catch(() => {});
    }
  });
});
