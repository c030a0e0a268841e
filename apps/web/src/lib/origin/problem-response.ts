import { problemContentType, problemDocument, type TProblemCode } from '@dastiyor/contracts';

/** An error the origin answers itself, in the API's own problem+json shape, so a client cannot tell who refused. */
export function problemResponse(
  code: TProblemCode,
  instance: string,
  { detail, retryAfter }: { detail?: string; retryAfter?: number } = {},
) {
  const body = problemDocument(code, { instance, detail, ...(retryAfter !== undefined ? { retryAfter } : {}) });
  const headers = new Headers({ 'content-type': problemContentType, 'cache-control': 'no-store' });
  if (retryAfter !== undefined) headers.set('retry-after', String(retryAfter));
  return new Response(JSON.stringify(body), { status: body.status, headers });
}
