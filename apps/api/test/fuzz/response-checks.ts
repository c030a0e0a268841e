import { z } from 'zod';
import { ProblemCode, problemStatus, type TProblemCode, ZProblem } from '@dastiyor/contracts';
import type { Operation } from './openapi-operations.js';

/** What the checks read of an answer, from `app.inject()` or from `fetch` alike. */
export interface FuzzResponse {
  status: number;
  contentType: string;
  body: string;
}

const knownCodes = new Set<string>(Object.values(ProblemCode));
const compiled = new Map<string, z.ZodType>();

/** The zod schema of an operation's success answer, built from the document once. */
function responseSchemaOf(op: Operation, status: string): z.ZodType | null {
  const json = op.responses[status]?.json;
  if (!json) return null;
  const key = `${op.operationId} ${status}`;
  let schema = compiled.get(key);
  if (!schema) {
    schema = z.fromJSONSchema(json as Parameters<typeof z.fromJSONSchema>[0]);
    compiled.set(key, schema);
  }
  return schema;
}

function parseJson(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false };
  }
}

/** The declared content type an answer carries, when the document declares that status with other content than JSON. */
function declaresOwnContent(op: Operation, res: FuzzResponse): boolean {
  const declared = op.responses[String(res.status)]?.contentTypes ?? [];
  return declared.some((type) => type !== 'application/json' && res.contentType.startsWith(type));
}

function problemFaults(res: FuzzResponse): string[] {
  if (!/^application\/problem\+json/.test(res.contentType))
    return [`a ${res.status} answered ${res.contentType || 'no content type'}, not problem+json`];
  const parsed = parseJson(res.body);
  if (!parsed.ok) return [`a ${res.status} problem body is not JSON`];
  const problem = ZProblem.safeParse(parsed.value);
  if (!problem.success) return [`a ${res.status} problem does not match the problem schema: ${problem.error.message}`];
  const { code, status, type } = problem.data;
  if (!knownCodes.has(code)) return [`problem code ${code} is not one of the contract's codes`];
  const faults: string[] = [];
  // RFC 9457's `type` is the stable identifier clients may key on: it names the code, nothing else.
  if (!type.endsWith(`/problems/${code}`)) faults.push(`problem type ${type} does not name its code ${code}`);
  if (problemStatus[code as TProblemCode] !== res.status)
    faults.push(`problem code ${code} belongs to ${problemStatus[code as TProblemCode]}, answered ${res.status}`);
  if (status !== res.status) faults.push(`problem status ${status} differs from the HTTP status ${res.status}`);
  return faults;
}

function successFaults(op: Operation, res: FuzzResponse): string[] {
  const status = String(res.status);
  if (!(status in op.responses)) return [`${res.status} is not a status the document declares (${Object.keys(op.responses).join(', ')})`];
  const schema = responseSchemaOf(op, status);
  if (declaresOwnContent(op, res)) return [];
  if (!schema) return [];
  if (!/^application\/json/.test(res.contentType)) return [`a ${res.status} answered ${res.contentType || 'no content type'}, not JSON`];
  const parsed = parseJson(res.body);
  if (!parsed.ok) return [`a ${res.status} body is not JSON`];
  const checked = schema.safeParse(parsed.value);
  return checked.success ? [] : [`the ${res.status} body does not match the document: ${checked.error.message}`];
}

/**
 * What is wrong with an answer, empty when nothing is: never 5xx (the database is up), every 4xx
 * an RFC 9457 problem with a contract code whose status it carries, every 2xx declared and shaped
 * as the document says.
 */
export function responseFaults(op: Operation, res: FuzzResponse): string[] {
  if (res.status >= 500) return [`${res.status} server error`];
  // A page for a person who clicked a link in an email, say: declared in the document with its own content type.
  if (res.status >= 400) return declaresOwnContent(op, res) ? [] : problemFaults(res);
  if (res.status >= 200 && res.status < 300) return successFaults(op, res);
  return [`unexpected status ${res.status}`];
}
