import { imageUploadRules } from '@dastiyor/contracts/values';
import { idempotencyKeyFor, idempotencyKeyHeader, settleIdempotencyKey } from './idempotency-key';
import { type ApiCallResult, networkProblem, problemFromBody } from './problem-client';

export interface ImageUploadOptions {
  method: 'PUT' | 'POST';
  url: string;
  file: Blob;
  fileName: string;
  /** 0…1 as the bytes leave the phone; the API's re-encoding time after the last byte is not included. */
  onProgress?: (fraction: number) => void;
}

/**
 * Sends one image as multipart (field `file`). XMLHttpRequest rather than fetch: only it reports upload
 * progress, which matters when a photo takes half a minute on a slow mobile connection. Every upload route
 * creates something, so each carries an Idempotency-Key: the same file sent again to the same place after a
 * lost answer reuses it (the API fingerprints uploads by route only, so the key stands for the file).
 */
export function uploadImage<T>({ method, url, file, fileName, onProgress }: ImageUploadOptions): Promise<ApiCallResult<T>> {
  const action = `${method} ${url}\n${fileName}:${file.size}:${file.type}`;
  const settle = (result: ApiCallResult<T>, status: number) => {
    settleIdempotencyKey(action, status, result.ok ? '' : result.problem.code);
    return result;
  };
  return new Promise((resolve) => {
    const form = new FormData();
    form.append(imageUploadRules.field, file, fileName);
    const request = new XMLHttpRequest();
    request.open(method, url);
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader(idempotencyKeyHeader, idempotencyKeyFor(action));
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) resolve(settle({ ok: true, data: body as T }, request.status));
      else
        resolve(
          settle({ ok: false, problem: problemFromBody(request.status, body, request.getResponseHeader('retry-after')) }, request.status),
        );
    });
    request.addEventListener('error', () => resolve({ ok: false, problem: networkProblem }));
    request.addEventListener('abort', () => resolve({ ok: false, problem: networkProblem }));
    request.send(form);
  });
}

export type LocalImageProblem = 'unsupported' | 'tooLarge';

/**
 * What can be refused before a single byte is sent. An empty type (some phones report none for HEIC) is left
 * to the API, which judges the bytes anyway.
 */
export function checkImageBeforeUpload(file: Blob): LocalImageProblem | null {
  if (file.type !== '' && !(imageUploadRules.accept as readonly string[]).includes(file.type)) return 'unsupported';
  if (file.size > imageUploadRules.maxBytes) return 'tooLarge';
  return null;
}
