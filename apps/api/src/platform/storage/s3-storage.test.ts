import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Storage } from './s3-storage.js';

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dastiyor-s3-'));
const server = new S3rver({
  port: 0,
  address: '127.0.0.1',
  silent: true,
  directory: dir,
  configureBuckets: [{ name: 'uploads', configs: [] }],
});
let endpoint = '';

beforeAll(async () => {
  const address = (await server.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await server.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('S3 storage against s3rver', () => {
  it('stores, reads back and deletes an object', async () => {
    const storage = createS3Storage({
      endpoint,
      region: 'us-east-1',
      bucket: 'uploads',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    });
    await storage.put('tasks/abc/320.webp', Buffer.from('webp bytes'), 'image/webp');
    const object = await storage.get('tasks/abc/320.webp');
    expect(object?.size).toBe(10);
    expect(await text(object!.body)).toBe('webp bytes');
    await storage.delete('tasks/abc/320.webp');
    expect(await storage.get('tasks/abc/320.webp')).toBeNull();
  });
});
