import fc from 'fast-check';
import {
  type BodyContext,
  type FuzzBody,
  jsonBodyFor,
  multipartBodyFor,
  type PartArbitraries,
  strayBody,
  webhookBodyFor,
} from './body-arbitrary.js';
import { hostileText } from './hostile-values.js';
import { resourceOf } from './known-values.js';
import type { Operation, OperationParameter } from './openapi-operations.js';
import { nearValidFor, validFor } from './schema-arbitrary.js';
import { percentEncode } from './url-encoding.js';

export const roles = ['guest', 'customer', 'provider', 'subscriber', 'admin'] as const;
/** Who sends a request: a guest, a customer, a provider without and with a subscription, an admin. */
export type Role = (typeof roles)[number];

/** One request, ready to send; the session cookie for `role` is added when it is sent (sessions come and go). */
export interface FuzzRequest {
  operationId: string;
  /** The OpenAPI path it was made from (`/api/v1/tasks/{id}`). */
  route: string;
  role: Role;
  method: string;
  /** Path and query string, already percent-encoded. */
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  remoteAddress: string;
  /** Sent this many times at once: a double tap races itself (unique rows, limits, idempotency). */
  copies: 1 | 2;
}

export interface RequestContext extends BodyContext {
  /** The roles that get past the operation's access check; most requests come from them. */
  homeRoles?: readonly Role[];
  /** The origin the API trusts for cookie-authenticated writes. */
  publicUrl: string;
  /** Requests larger than this are left out (the Next origin's 413/414 are someone else's work). */
  limits?: { urlLength: number; bodyBytes: number };
}

/** Operations whose body the document cannot describe: image uploads (multipart) and the raw, signed webhook. */
export const multipartOperations = new Set(['uploadTaskPhoto', 'replaceAvatar', 'addPortfolioPhoto', 'uploadChatImage']);
export const webhookOperations = new Set(['paymentWebhook']);

/** A value as it travels in a URL: arrays repeat the parameter, an absent value leaves it out. */
function asParameterStrings(value: unknown): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(asParameterStrings);
  if (value === null) return [''];
  if (typeof value === 'object') return [JSON.stringify(value)];
  return [String(value)];
}

/** Percent sequences no decoder should choke on: truncated, overlong, not UTF-8 at all. */
const brokenEncodings = fc.constantFrom('%', '%0', '%00', '%E0%A4%A', '%C0%80', '%FF%FE', '%ED%A0%80', '%2e%2e', '..', '%2F', '+', '%20');

/** The name a parameter's values are chosen by: `{id}` is an id of the collection before it (`/tasks/{id}` a task). */
const valueName = (op: Operation, param: OperationParameter) =>
  param.in === 'path' && param.name === 'id' ? resourceOf(op.path, 'id') : param.name;

function pathPart(ctx: RequestContext, op: Operation, param: OperationParameter): PartArbitraries<string> {
  const name = valueName(op, param);
  const encode = (v: unknown) => percentEncode(asParameterStrings(v)[0] ?? '');
  return {
    valid: validFor(param.schema, ctx, name).map(encode),
    bad: fc.oneof(
      { arbitrary: nearValidFor(param.schema, ctx, name).map(encode), weight: 4 },
      { arbitrary: hostileText.map(percentEncode), weight: 2 },
      { arbitrary: brokenEncodings, weight: 1 },
    ),
  };
}

/** `name=value` pairs of one query parameter: optional ones come and go; a bad one is off, doubled or broken. */
function queryPart(ctx: RequestContext, op: Operation, param: OperationParameter): PartArbitraries<string[]> {
  const name = valueName(op, param);
  const pairs = (v: unknown) => asParameterStrings(v).map((s) => `${param.name}=${percentEncode(s)}`);
  const present = param.required ? fc.constant(true) : fc.boolean();
  return {
    valid: fc.tuple(present, validFor(param.schema, ctx, name)).map(([p, v]) => (p ? pairs(v) : [])),
    bad: fc.oneof(
      { arbitrary: nearValidFor(param.schema, ctx, name).map(pairs), weight: 4 },
      { arbitrary: hostileText.map((t) => [`${param.name}=${percentEncode(t)}`]), weight: 2 },
      { arbitrary: brokenEncodings.map((e) => [`${param.name}=${e}`]), weight: 1 },
      // Twice (`?limit=1&limit=2` reaches zod as an array), bare, or in PHP's array form.
      {
        arbitrary: fc
          .tuple(validFor(param.schema, ctx, name), validFor(param.schema, ctx, name))
          .map(([a, b]) => [...pairs(a), ...pairs(b)]),
        weight: 2,
      },
      { arbitrary: fc.constantFrom<string[]>([param.name], [`${param.name}[]=1`], [`${param.name}=`]), weight: 1 },
      ...(param.required ? [{ arbitrary: fc.constant<string[]>([]), weight: 1 }] : []),
    ),
  };
}

/** Parameters the operation does not declare. */
const strayQuery: PartArbitraries<string[]> = {
  valid: fc.constant([]),
  bad: fc.array(
    fc.oneof(
      fc.tuple(hostileText, hostileText).map(([n, v]) => `${percentEncode(n) || 'x'}=${percentEncode(v)}`),
      fc.constantFrom('__proto__[x]=1', 'constructor=1', '=', '&&', 'a=1;b=2'),
    ),
    { minLength: 1, maxLength: 3 },
  ),
};

/** Header text as a client can send it: Latin-1 without CR, LF or NUL. */
const headerSafe = (text: string) => text.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');
type Headers = Record<string, string>;

function headerPart(ctx: RequestContext, op: Operation, param: OperationParameter): PartArbitraries<Headers> {
  const name = valueName(op, param);
  const header = (v: unknown) => {
    const [first] = asParameterStrings(v);
    return first === undefined ? {} : { [param.name]: headerSafe(first) };
  };
  return {
    valid: fc.option(validFor(param.schema, ctx, name), { nil: undefined }).map(header),
    bad: fc.oneof(nearValidFor(param.schema, ctx, name).map(header), hostileText.map(header)),
  };
}

/** Origin (the CSRF check reads it) and language: what browsers send, or a foreign site and nonsense. */
function browserHeaders(ctx: RequestContext): PartArbitraries<Headers> {
  const language = fc.oneof(
    { arbitrary: fc.constant<Headers>({}), weight: 6 },
    { arbitrary: fc.constantFrom('ru', 'tg', 'tg-TJ,ru;q=0.8').map((l): Headers => ({ 'accept-language': l })), weight: 1 },
  );
  return {
    valid: fc.tuple(fc.constantFrom<Headers>({}, { origin: ctx.publicUrl }), language).map(([o, l]) => ({ ...o, ...l })),
    bad: fc.oneof(
      fc.constantFrom('https://evil.example', 'null', `${ctx.publicUrl}.evil.example`).map((origin) => ({ origin })),
      fc.constantFrom('en-US', '*', 'xx;q=abc', '', 'tg'.repeat(100)).map((l) => ({ 'accept-language': l })),
    ),
  };
}

function bodyPart(ctx: RequestContext, op: Operation): PartArbitraries<FuzzBody & { signature?: string }> {
  if (multipartOperations.has(op.operationId)) return multipartBodyFor(ctx);
  if (webhookOperations.has(op.operationId)) return webhookBodyFor(ctx);
  if (op.body) return jsonBodyFor(op.body, ctx);
  return strayBody;
}

/** Callers by weight: mostly those the operation serves (see `homeRoles`), still sometimes everyone else. */
function roleFor(home: readonly Role[]): fc.Arbitrary<Role> {
  if (home.length === 0 || home.length === roles.length) return fc.constantFrom(...roles);
  return fc.oneof({ arbitrary: fc.constantFrom(...home), weight: 4 }, { arbitrary: fc.constantFrom(...roles), weight: 1 });
}

/** Several callers' addresses: per-IP limits bite as they would for a crowd, not for one client. */
const remoteAddress = fc.oneof(
  fc.integer({ min: 1, max: 40 }).map((n) => `10.14.0.${n}`),
  fc.constantFrom('127.0.0.1', '::1', '2a02:4c0::14'),
);

/**
 * Requests to one operation from its parameters and body schema: every part valid (to reach the
 * services and SQL), or exactly one part wrong (to probe how each is refused), or everything wrong.
 */
export function requestFor(ctx: RequestContext, op: Operation, faults = true): fc.Arbitrary<FuzzRequest> {
  const byPlace = (place: OperationParameter['in']) => op.parameters.filter((p) => p.in === place);
  const paths = byPlace('path').map((p) => pathPart(ctx, op, p));
  const queries = [...byPlace('query').map((p) => queryPart(ctx, op, p)), strayQuery];
  const headers = [...byPlace('header').map((p) => headerPart(ctx, op, p)), browserHeaders(ctx)];
  const body = bodyPart(ctx, op);
  const parts: PartArbitraries<unknown>[] = [...paths, ...queries, ...headers, body];
  const pick = (bad: (i: number) => boolean) => fc.tuple(...parts.map((part, i) => (bad(i) ? part.bad : part.valid)));
  const chosen = faults
    ? fc.oneof(
        { arbitrary: pick(() => false), weight: 10 },
        { arbitrary: fc.nat(parts.length - 1).chain((wrong) => pick((i) => i === wrong)), weight: 9 },
        { arbitrary: pick(() => true), weight: 1 },
      )
    : pick(() => false);
  const copies = fc.oneof({ arbitrary: fc.constant<1>(1), weight: 12 }, { arbitrary: fc.constant<2>(2), weight: 1 });
  const request = fc.tuple(roleFor(ctx.homeRoles ?? []), chosen, remoteAddress, copies).map(([role, values, from, n]): FuzzRequest => {
    let i = 0;
    const take = <T>(n: number) => values.slice(i, (i += n)) as T[];
    const pathValues = take<string>(paths.length);
    const query = take<string[]>(queries.length).flat().join('&');
    const headerValues = Object.assign({}, ...take<Headers>(headers.length)) as Headers;
    const [sent] = take<FuzzBody & { signature?: string }>(1);
    const filled = byPlace('path').reduce((url, p, j) => url.replace(`{${p.name}}`, pathValues[j]!), op.path);
    return {
      operationId: op.operationId,
      route: op.path,
      role,
      method: op.method,
      url: query ? `${filled}?${query}` : filled,
      headers: {
        ...headerValues,
        ...(sent?.contentType ? { 'content-type': sent.contentType } : {}),
        ...(sent?.signature !== undefined ? { 'x-sandbox-signature': sent.signature } : {}),
      },
      ...(sent?.payload !== undefined ? { payload: sent.payload } : {}),
      remoteAddress: from,
      copies: n,
    };
  });
  const limits = ctx.limits;
  if (!limits) return request;
  return request.filter((r) => r.url.length <= limits.urlLength && Buffer.byteLength(r.payload ?? '') <= limits.bodyBytes);
}

/** The request as a person reads it in a failure report: who, what, and the body (cut). */
export function describeRequest(request: FuzzRequest): string {
  const body =
    request.payload === undefined
      ? ''
      : Buffer.isBuffer(request.payload)
        ? `\n  <${request.payload.length} bytes>`
        : `\n  ${JSON.stringify(request.payload.length > 2000 ? `${request.payload.slice(0, 2000)}…` : request.payload)}`;
  const twice = request.copies === 2 ? ' (twice at once)' : '';
  return `${request.role} ${request.method} ${request.url}${twice}\n  headers ${JSON.stringify(request.headers)}\n  from ${request.remoteAddress}${body}`;
}
