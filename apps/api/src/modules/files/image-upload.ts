import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { imageUploadRules } from '@dastiyor/contracts';
import { AppError } from '../../platform/http/errors.js';

/**
 * Adds multipart parsing to the calling plugin only (the rest of the API stays JSON-only): one
 * file of at most 10 MB, a handful of small text fields, nothing else.
 */
export async function registerImageUploads(app: FastifyInstance) {
  await app.register(multipart, {
    limits: { fileSize: imageUploadRules.maxBytes, files: 1, fields: 5, fieldSize: 1000, parts: 6, headerPairs: 100 },
  });
}

/** Something that yields the uploaded bytes when asked, so a service can refuse a caller before reading 10 MB. */
export interface ImageUpload {
  read(): Promise<Buffer>;
}

const missingFile = () =>
  new AppError('validation.failed', `Attach the image as the multipart field "${imageUploadRules.field}"`, {
    errors: [{ path: `body.${imageUploadRules.field}`, code: 'required', message: 'An image file is required' }],
  });

const malformed = () =>
  new AppError('validation.failed', 'The multipart body could not be read', {
    errors: [{ path: `body.${imageUploadRules.field}`, code: 'malformed', message: 'The upload is malformed or incomplete' }],
  });

/** Multipart errors carry plugin codes and HTTP statuses of their own; they become our problem codes here. */
function toProblem(error: unknown): unknown {
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('payload_too_large', `The image is larger than ${imageUploadRules.maxBytes / 1024 / 1024} MB`);
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError('payload_too_large', 'Send one image per request');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('unsupported_media_type', 'Send the image as multipart/form-data');
    case 'FST_PROTO_VIOLATION':
    case 'FST_MP_PREMATURE_CLOSE':
    case 'FST_INVALID_JSON_FIELD_ERROR':
    case 'ECONNRESET':
      // ECONNRESET: the sender went away mid-upload (a phone losing its signal, or the web origin cutting off
      // a body over its limit after answering 413 itself). Nobody reads this answer; no server error to log.
      return malformed();
  }
  // busboy's own parse errors ("Malformed part header", "Unexpected end of form") carry no code or status.
  if (error instanceof Error && !(error instanceof AppError) && !('code' in error) && !('statusCode' in error)) return malformed();
  return error;
}

/** The `file` part of a multipart request as one buffer, read lazily. */
export function imageUploadOf(request: FastifyRequest): ImageUpload {
  return {
    async read() {
      try {
        const part = await request.file();
        if (!part || part.fieldname !== imageUploadRules.field) throw missingFile();
        return await part.toBuffer();
      } catch (error) {
        throw toProblem(error);
      }
    },
  };
}
