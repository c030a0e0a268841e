import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseUnservable } from '../src/lib/origin/unservable-requests';

// A server whose own listener answers as Next does for what it cannot represent (a text/plain 500), with the
// refusal put in front of it as instrumentation.ts puts it in front of Next's.
let server: http.Server;
let base: string;
const reachedNext: string[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    reachedNext.push(`${request.method} ${request.url}`);
    response.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
  });
  refuseUnservable(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function send(method: string, path: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}${path}`, { method, agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('refuseUnservable', () => {
  it.each(['TRACE', 'PROPFIND', 'MKCOL'])(
    'should answer %s with 405 method_not_allowed problem+json and the methods served',
    async (method) => {
      const answer = await send(method, '/api/v1/categories');
      expect(answer.status).toBe(405);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE');
      expect(JSON.parse(answer.body)).toMatchObject({ status: 405, code: 'method_not_allowed', instance: '/api/v1/categories' });
    },
  );

  it('should answer a path whose percent-escapes do not decode with 400 bad_request problem+json, a page path too', async () => {
    for (const path of ['/api/v1/tasks/%E0%A4%A', '/tasks/%zz']) {
      const answer = await send('GET', path);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ code: 'bad_request', instance: path });
    }
    const head = await send('HEAD', '/tasks/%zz');
    expect(head.status).toBe(400);
    expect(head.body).toBe('');
    expect(reachedNext).toEqual([]);
  });

  it('should hand every other request to the listener behind it, a bad escape in the query included', async () => {
    expect((await send('GET', '/api/v1/tasks?q=%E0%A4%A')).status).toBe(500);
    expect((await send('DELETE', '/api/v1/tasks/1')).status).toBe(500);
    expect(reachedNext).toEqual(['GET /api/v1/tasks?q=%E0%A4%A', 'DELETE /api/v1/tasks/1']);
  });
});
