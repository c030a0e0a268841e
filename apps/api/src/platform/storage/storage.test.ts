import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalStorage } from './storage.js';

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'dastiyor-storage-'));
afterAll(() => fs.rm(root, { recursive: true, force: true }));

describe('local storage', () => {
  const storage = createLocalStorage(root);

  it('stores, reads back and deletes an object', async () => {
    await storage.put('tasks/ab/photo.webp', Buffer.from('bytes'), 'image/webp');
    const object = await storage.get('tasks/ab/photo.webp');
    expect(object?.size).toBe(5);
    expect(await text(object!.body)).toBe('bytes');
    await storage.delete('tasks/ab/photo.webp');
    expect(await storage.get('tasks/ab/photo.webp')).toBeNull();
  });

  it.each(['../escape', '/etc/passwd', 'a/../../b', 'UPPER'])('refuses the unsafe key %s', async (key) => {
    await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/Unsafe storage key/);
  });
});
