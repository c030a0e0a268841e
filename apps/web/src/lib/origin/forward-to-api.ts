import http from 'node:http';
import { Readable } from 'node:stream';
import { bodyLimitFor } from '@dastiyor/contracts';
import { problemResponse } from './problem-response';
import { drainRest } from './refused-body';
import { upstreamAnswered, upstreamFailure } from './upstream-failure';

// Server only: the origin's own proxy for /api/* (app/api/[[...path]]/route.ts). Why not Next's rewrite
// proxy: docs/decisions/012-request-limits-at-the-origin.md.

/** Hop-by-hop headers (RFC 9110 §7.6.1) and Host: they describe one connection, not the request. */
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'host']);

export interface ForwardOptions {
  apiOrigin: string;
  /** No byte either way on the API connection for this long ends the wait with 504. */
  idleTimeoutMs: number;
  agent: http.Agent;
}

const withoutBody = (method: string, status: number) => method === 'HEAD' || status === 204 || status === 304;

/** The hop-by-hop set plus what this message's own `Connection` header names as such. */
function connectionScoped(connection: string | null | undefined): Set<string> {
  if (!connection) return hopByHop;
  return new Set([...hopByHop, ...connection.split(',').map((token) => token.trim().toLowerCase())]);
}

function upstreamHeaders(request: Request): http.OutgoingHttpHeaders {
  const dropped = connectionScoped(request.headers.get('connection'));
  const headers: http.OutgoingHttpHeaders = {};
  request.headers.forEach((value, name) => {
    if (!dropped.has(name)) headers[name] = value;
  });
  // Next hands a GET or HEAD over without its body: a length the API would wait for in vain goes too.
  if (!request.body) delete headers['content-length'];
  headers['x-forwarded-host'] ??= request.headers.get('host') ?? undefined;
  return headers;
}

function responseOf(method: string, upstream: http.IncomingMessage): Response {
  const dropped = connectionScoped(upstream.headers.connection);
  const headers = new Headers();
  for (const [name, value] of Object.entries(upstream.headers)) {
    if (value === undefined || dropped.has(name)) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const status = upstream.statusCode ?? 502;
  if (withoutBody(method, status)) {
    upstream.resume();
    return new Response(null, { status, headers });
  }
  // A break mid-answer errors this stream, and Next aborts the client's response: a cut answer, never a short one.
  return new Response(Readable.toWeb(upstream) as ReadableStream<Uint8Array>, { status, headers });
}

/** Writes one piece, waiting while the API's socket is full; false once it can take no more. */
function write(target: http.ClientRequest, chunk: Uint8Array): Promise<boolean> {
  if (target.destroyed) return Promise.resolve(false);
  if (target.write(chunk)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      target.off('drain', onDrain);
      target.off('close', onClose);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    target.once('drain', onDrain);
    target.once('close', onClose);
  });
}

class BodyTooLarge extends Error {
  constructor(readonly drained: boolean) {
    super('the body is over its limit');
  }
}

/**
 * Streams the client's body to the API, counting: past `limit` it stops and drains the rest here, then
 * rejects with BodyTooLarge. Once the API has answered (it may before reading everything) the bytes still
 * go to it, and if its socket closes they are drained here instead, so the client can always finish sending.
 */
async function pumpBody(
  body: ReadableStream<Uint8Array>,
  target: http.ClientRequest,
  limit: number,
  onOverLimit: () => void,
): Promise<void> {
  const reader = body.getReader();
  let read = 0;
  let open = true;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > limit) {
      onOverLimit();
      throw new BodyTooLarge(await drainRest(reader, read));
    }
    if (open) open = await write(target, value);
    if (!open) {
      void drainRest(reader, read);
      return;
    }
  }
  target.end();
}

/** `drained`: the whole body was read, so the connection may stay; otherwise it is closed behind the answer. */
function refuseTooLarge(instance: string, limit: number, drained: boolean): Response {
  const response = problemResponse('payload_too_large', instance, {
    detail: `The body is larger than ${Math.round(limit / 1024 / 1024)} MB`,
  });
  if (!drained) response.headers.set('connection', 'close');
  return response;
}

interface Attempt {
  request: Request;
  target: URL;
  instance: string;
  limit: number;
}

/** One go at the API; resolves with its answer or with the problem the origin answers instead. */
function attempt(
  { request, target, instance, limit }: Attempt,
  options: ForwardOptions,
): Promise<{ response: Response } | { failure: NodeJS.ErrnoException; staleSocket: boolean }> {
  return new Promise((resolve) => {
    let answer: http.IncomingMessage | null = null;
    // Settled, or given up by the origin itself (a body over the limit): a broken connection then says nothing.
    let settled = false;
    const settle = (response: Response) => {
      settled = true;
      resolve({ response });
    };
    const upstream = http.request(target, { method: request.method, headers: upstreamHeaders(request), agent: options.agent });
    upstream.setTimeout(options.idleTimeoutMs, () =>
      upstream.destroy(Object.assign(new Error('the API did not answer in time'), { code: 'ETIMEDOUT' })),
    );
    upstream.on('response', (incoming) => {
      answer = incoming;
      upstreamAnswered();
      settle(responseOf(request.method, incoming));
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      resolve({ failure: error, staleSocket: upstream.reusedSocket && error.code === 'ECONNRESET' });
    });
    // The client went away: the API's request goes too, and nobody reads what is answered here.
    request.signal.addEventListener(
      'abort',
      () => {
        settle(problemResponse('bad_request', instance, { detail: 'The client closed the connection' }));
        upstream.destroy();
      },
      { once: true },
    );
    if (!request.body) {
      upstream.end();
      return;
    }
    // Over the limit, the API's request is cut off at once (unless it already answered); the origin's 413 waits
    // until the client's body is drained.
    const cutOff = () => {
      if (answer) return;
      settled = true;
      upstream.destroy();
    };
    pumpBody(request.body, upstream, limit, cutOff).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) {
        if (!answer) settle(refuseTooLarge(instance, limit, error.drained));
      } else if (!settled) {
        // The client stopped sending mid-body: nobody reads whatever is answered.
        settle(problemResponse('bad_request', instance, { detail: 'The body did not arrive whole' }));
      }
      // The API's request will never be whole: end it, but not under an answer still on its way to the client.
      if (answer && !answer.complete) answer.once('close', () => upstream.destroy());
      else upstream.destroy();
    });
  });
}

const safeToRepeat = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The API's answer to `request`, or the origin's own problem+json: 413 for a body over the contract's
 * limit (by Content-Length before a byte is proxied, by count for a chunked one), 503 while the API is not
 * listening, 502 when its connection breaks before an answer, 504 when it goes silent. Never throws.
 */
export async function forwardToApi(request: Request, options: ForwardOptions): Promise<Response> {
  const url = new URL(request.url);
  const instance = url.pathname;
  const limit = bodyLimitFor(request.headers.get('content-type'));
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    return refuseTooLarge(instance, limit, request.body ? await drainRest(request.body.getReader()) : true);
  }
  const go: Attempt = { request, target: new URL(`${url.pathname}${url.search}`, options.apiOrigin), instance, limit };
  let outcome = await attempt(go, options);
  // A kept-alive socket the API closed as it was reused: the request did not get through, so a read goes again.
  if ('failure' in outcome && outcome.staleSocket && safeToRepeat.has(request.method)) outcome = await attempt(go, options);
  return 'response' in outcome ? outcome.response : upstreamFailure(outcome.failure, instance);
}
