import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/http/errors.js';
import { imageUploadOf } from './image-upload.js';

const failingWith = (error: Error) => ({ file: () => Promise.reject(error) }) as unknown as FastifyRequest;

describe('imageUploadOf', () => {
  it('should read an upload the sender abandoned mid-body as malformed (400), not as a server error', async () => {
    // What Node raises when the connection closes under a body still arriving: a phone losing its signal, or
    // the web origin cutting off a chunked upload past its limit after answering 413 itself.
    const aborted = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
    const refused = await imageUploadOf(failingWith(aborted))
      .read()
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'validation.failed', extra: { errors: [{ path: 'body.file', code: 'malformed' }] } });
  });

  it('should leave an unknown failure as it is, for the problem handler to log', async () => {
    const unknown = Object.assign(new Error('disk on fire'), { code: 'EIO' });
    await expect(imageUploadOf(failingWith(unknown)).read()).rejects.toBe(unknown);
  });
});
