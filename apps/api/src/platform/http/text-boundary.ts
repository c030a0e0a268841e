import type { FastifyInstance } from 'fastify';
import type { TFieldError } from '@dastiyor/contracts';
import { AppError } from './errors.js';

/** The field error code of a string that holds a control character or an unpaired surrogate. */
export const invalidCharactersCode = 'invalid_characters';

/**
 * C0 controls except tab, line feed and carriage return (multi-line fields need those), DEL, and the
 * C1 controls. PostgreSQL refuses U+0000 in text outright; the rest are never typed by a person.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** In a `u` regex a well-formed pair is one code point, so only an unpaired half matches. */
const loneSurrogate = /\p{Cs}/u;
/** Enough to fix a form; a hostile body with a million bad strings should not get a million errors back. */
const maxReportedErrors = 20;

/** A path kept as a chain of segments, so a deeply nested body costs nothing until an error names it. */
interface PathNode {
  parent: PathNode | null;
  key: string;
}

function pathOf(node: PathNode): string {
  const segments: string[] = [];
  for (let current: PathNode | null = node; current; current = current.parent) segments.push(current.key);
  return segments.reverse().join('.');
}

function describeCodePoint(match: string): string {
  return `U+${match.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a string is refused, or null when it may pass. */
function refusalOf(text: string): string | null {
  const control = controlCharacter.exec(text);
  if (control) return `Contains the control character ${describeCodePoint(control[0])}`;
  const surrogate = loneSurrogate.exec(text);
  if (surrogate) return `Contains an unpaired surrogate (${describeCodePoint(surrogate[0])})`;
  return null;
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null && !Buffer.isBuffer(value);
}

/**
 * Checks every string (and object key) in `root`, NFC-normalising accepted strings in place; returns
 * one field error per refused string, paths prefixed with `part` (`body.title`, `query.q`,
 * `body.skills.0`). Iterative, so a deeply nested JSON body cannot overflow the stack.
 */
export function normaliseTextIn(root: unknown, part: string): TFieldError[] {
  const errors: TFieldError[] = [];
  const refuse = (path: PathNode, message: string) => {
    if (errors.length < maxReportedErrors) errors.push({ path: pathOf(path), code: invalidCharactersCode, message });
  };
  if (!isContainer(root)) return errors;
  const stack: Array<{ value: Record<string, unknown> | unknown[]; path: PathNode }> = [{ value: root, path: { parent: null, key: part } }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const childPath: PathNode = { parent: path, key };
      if (!Array.isArray(value)) {
        const keyRefusal = refusalOf(key);
        if (keyRefusal) {
          refuse(childPath, `The field name ${keyRefusal.charAt(0).toLowerCase()}${keyRefusal.slice(1)}`);
          continue;
        }
      }
      const child = record[key];
      if (typeof child === 'string') {
        const refusal = refusalOf(child);
        if (refusal) refuse(childPath, refusal);
        else if (errors.length === 0) {
          const normalised = child.normalize('NFC');
          if (normalised !== child) record[key] = normalised;
        }
      } else if (isContainer(child)) {
        stack.push({ value: child, path: childPath });
      }
    }
  }
  return errors;
}

/**
 * The one text boundary of the API: before any route validates, every string of the JSON body, the
 * query and the path parameters is refused when it holds a control character (tab, LF, CR allowed)
 * or an unpaired surrogate, and NFC-normalised otherwise, so "й" typed as и + U+0306 is stored and
 * searched as one letter. Raw bodies (the signed payment webhook, a string) and multipart file bytes
 * are left alone: the first is checked against its signature byte for byte, the second is not text.
 */
export function registerTextBoundary(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const errors = [
      ...normaliseTextIn(request.params, 'params'),
      ...normaliseTextIn(request.query, 'query'),
      ...normaliseTextIn(request.body, 'body'),
    ];
    if (errors.length > 0) {
      throw new AppError('validation.failed', 'Some fields contain characters that are not allowed', {
        errors: errors.slice(0, maxReportedErrors),
      });
    }
  });
}
