import fc from 'fast-check';
import { z } from 'zod';
import { ZPaymentWebhookEvent } from '@dastiyor/contracts';
import { hostileRawBody, hostileText, hostileValue } from './hostile-values.js';
import type { JsonSchema } from './openapi-operations.js';
import { nearValidFor, validFor, type ValueContext } from './schema-arbitrary.js';

/** What goes after the headers: its content type (none: no header) and its bytes (none: no body). */
export interface FuzzBody {
  contentType?: string;
  payload?: string | Buffer;
}

export interface BodyContext extends ValueContext {
  /** The sandbox signature header for a raw webhook body, when the secret is known. */
  signWebhook: ((body: string) => string) | null;
  /** Real images to upload; each request also tries broken and foreign files. */
  images: readonly Buffer[];
}

const json = (value: unknown): FuzzBody =>
  value === undefined ? { contentType: 'application/json' } : { contentType: 'application/json', payload: JSON.stringify(value) };

function formEncoded(value: unknown): FuzzBody {
  const entries: [string, unknown][] = typeof value === 'object' && value !== null ? Object.entries(value) : [['value', value]];
  const form = new URLSearchParams(entries.map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : (JSON.stringify(v) ?? '')]));
  return { contentType: 'application/x-www-form-urlencoded', payload: form.toString() };
}

/** Good values of one part of a request, and that part gone wrong; a request has at most one part wrong, mostly. */
export interface PartArbitraries<T> {
  valid: fc.Arbitrary<T>;
  bad: fc.Arbitrary<T>;
}

/** A JSON body for a declared schema: valid, or one thing off, not JSON, another shape, or sent as a form. */
export function jsonBodyFor(schema: JsonSchema, ctx: ValueContext): PartArbitraries<FuzzBody> {
  return {
    valid: validFor(schema, ctx, 'body').map(json),
    bad: fc.oneof(
      { arbitrary: nearValidFor(schema, ctx, 'body').map(json), weight: 8 },
      { arbitrary: hostileValue.map(json), weight: 1 },
      { arbitrary: hostileRawBody.map((payload) => ({ contentType: 'application/json', payload })), weight: 1 },
      { arbitrary: validFor(schema, ctx, 'body').map(formEncoded), weight: 1 },
      {
        arbitrary: fc.constantFrom<FuzzBody>({}, { contentType: 'application/json' }, { contentType: 'text/plain', payload: '{}' }),
        weight: 1,
      },
    ),
  };
}

/** An operation that takes no body still meets clients that send one. */
export const strayBody: PartArbitraries<FuzzBody> = {
  valid: fc.constant<FuzzBody>({}),
  bad: fc.oneof(
    fc.constant<FuzzBody>({ contentType: 'application/json', payload: '{}' }),
    hostileRawBody.map((payload) => ({ contentType: 'application/json', payload })),
  ),
};

/** A 1×1 PNG: the smallest real image, for callers without an image library. */
export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

function multipart(parts: { field: string; filename: string; type: string; bytes: Buffer }[], boundary: string, close: boolean) {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.field}"; filename="${part.filename}"\r\nContent-Type: ${part.type}\r\n\r\n`,
      ),
      part.bytes,
      Buffer.from('\r\n'),
    );
  }
  if (close) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

type FilePart = { field: string; filename: string; type: string; bytes: Buffer };

function multipartOf(parts: FilePart[], close: boolean, header: 'right' | 'wrong boundary' | 'no boundary' | 'json' | 'none'): FuzzBody {
  const boundary = 'fuzzBoundary7MA4YWxk';
  const payload = multipart(parts, boundary, close);
  const contentType = {
    right: `multipart/form-data; boundary=${boundary}`,
    'wrong boundary': 'multipart/form-data; boundary=other',
    'no boundary': 'multipart/form-data',
    json: 'application/json',
    none: undefined,
  }[header];
  return contentType ? { contentType, payload } : { payload };
}

/** An image upload: real images; or truncated and foreign files, wrong field names, broken framing, wrong content types. */
export function multipartBodyFor(ctx: BodyContext): PartArbitraries<FuzzBody> {
  const images = [tinyPng, ...ctx.images];
  const image = fc.record({
    field: fc.constant('file'),
    filename: fc.constantFrom('photo.jpg', 'снимок.png', 'IMG_0001.HEIC'),
    type: fc.constantFrom('image/png', 'image/jpeg', 'image/webp'),
    bytes: fc.constantFrom(...images),
  });
  const foreignBytes = fc.oneof(
    fc.constantFrom(...images).chain((b) => fc.integer({ min: 0, max: b.length - 1 }).map((n) => b.subarray(0, n))),
    fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
    fc.constantFrom(
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      Buffer.from('<!doctype html><script>alert(1)</script>'),
      Buffer.from('GIF89a\u0001\u0000\u0001\u0000'),
    ),
  );
  const odd = fc.record({
    field: fc.constantFrom('file', 'image', 'File', 'files[]', ''),
    filename: fc.constantFrom('photo.jpg', '../../etc/passwd', '', 'a'.repeat(300), 'x.svg'),
    type: fc.constantFrom('image/png', 'application/octet-stream', 'text/html', ''),
    bytes: fc.oneof(fc.constantFrom(...images), foreignBytes),
  });
  return {
    valid: image.map((part) => multipartOf([part], true, 'right')),
    bad: fc.oneof(
      { arbitrary: odd.map((part) => multipartOf([part], true, 'right')), weight: 4 },
      { arbitrary: fc.array(odd, { maxLength: 3 }).map((parts) => multipartOf(parts, true, 'right')), weight: 1 },
      { arbitrary: image.map((part) => multipartOf([part], false, 'right')), weight: 1 },
      {
        arbitrary: fc
          .tuple(image, fc.constantFrom('wrong boundary', 'no boundary', 'json', 'none') as fc.Arbitrary<'json'>)
          .map(([part, header]) => multipartOf([part], true, header)),
        weight: 2,
      },
    ),
  };
}

const webhookEventSchema = z.toJSONSchema(ZPaymentWebhookEvent) as JsonSchema;

type SignedBody = FuzzBody & { signature?: string };

/** An acquirer's event: well signed (so it reaches the payment rules); or unsigned, stale, forged, or not an event. */
export function webhookBodyFor(ctx: BodyContext): PartArbitraries<SignedBody> {
  const signed = (payload: string): SignedBody => ({
    contentType: 'application/json',
    payload,
    ...(ctx.signWebhook ? { signature: ctx.signWebhook(payload) } : {}),
  });
  const event = validFor(webhookEventSchema, ctx, 'event').map((e) => JSON.stringify(e));
  const forged = fc.oneof(
    fc.constant(undefined),
    fc.constantFrom('t=1,v1=zz', 't=,v1=', `t=1,v1=${'0'.repeat(64)}`, 'v1=t=,', `t=1e309,v1=${'a'.repeat(64)}`),
    hostileText.map((t) => t.replace(/[^\x20-\x7e]/g, '?')),
  );
  return {
    valid: event.map(signed),
    bad: fc.oneof(
      { arbitrary: nearValidFor(webhookEventSchema, ctx, 'event').map((e) => signed(JSON.stringify(e) ?? '')), weight: 3 },
      { arbitrary: hostileRawBody.map(signed), weight: 1 },
      {
        arbitrary: fc.tuple(event, forged).map(([payload, signature]) => ({ contentType: 'application/json', payload, signature })),
        weight: 2,
      },
    ),
  };
}
