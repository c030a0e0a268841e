import fc from 'fast-check';
import { hostileNumber, hostileText, hostileValue } from './hostile-values.js';
import type { JsonSchema } from './openapi-operations.js';
import { stringFor } from './string-arbitrary.js';

/** What the generators know of the world, so values reach services and SQL instead of stopping at validation. */
export interface ValueContext {
  /** Real ids that suit a field or parameter of this name (task ids for `taskId`), or every id known. */
  idsFor(name: string): readonly string[];
  /** Known texts for a field of this name (fixture emails for `email`), or none. */
  textsFor(name: string): readonly string[];
  /** The app's clock at generation time: dates near it pass "not in the past" rules. */
  now(): Date;
  /** Ids seen together (a task's category, subcategory, city, district): sets naming at least two of `keys`. */
  recordsFor?(keys: readonly string[]): Record<string, string>[];
}

const isUuid = (schema: JsonSchema): boolean => schema.format === 'uuid' || (schema.anyOf ?? []).some(isUuid);

const safeMax = Number.MAX_SAFE_INTEGER;

function branchesOf(schema: JsonSchema): JsonSchema[] | null {
  if (schema.anyOf) return schema.anyOf;
  if (schema.oneOf) return schema.oneOf;
  if (Array.isArray(schema.type)) return schema.type.map((type) => ({ ...schema, type }));
  return null;
}

function numberBounds(schema: JsonSchema, integer: boolean) {
  const step = integer ? 1 : Number.EPSILON;
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + step : -safeMax);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - step : safeMax);
  return { min: Math.max(min, -safeMax), max: Math.min(max, safeMax) };
}

/** The edges first (where off-by-one and overflow live), then ordinary values. */
function numberFor(schema: JsonSchema): fc.Arbitrary<number> {
  const integer = schema.type === 'integer';
  const { min, max } = numberBounds(schema, integer);
  const clamp = (n: number) => Math.min(max, Math.max(min, n));
  const edges = [...new Set([min, max, clamp(0), clamp(1), clamp(min + 1), clamp(max - 1), clamp(100), clamp(2 ** 31 - 1)])];
  const small = fc.integer({ min: clamp(-1000), max: clamp(10_000) });
  const wide = fc.double({ min, max, noNaN: true }).map((n) => (integer ? clamp(Math.round(n)) : n));
  return fc.oneof({ arbitrary: fc.constantFrom(...edges), weight: 3 }, { arbitrary: small, weight: 4 }, { arbitrary: wide, weight: 2 });
}

function objectFor(schema: JsonSchema, ctx: ValueContext): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const names = Object.keys(properties);
  const extra = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : null;
  if (names.length === 0 && extra) {
    // A record: its required keys (zod's enum-keyed records need them all) and some others.
    const value = validFor(extra, ctx, '');
    const required = Object.fromEntries((schema.required ?? []).map((key) => [key, value]));
    const keys = schema.propertyNames?.enum ? fc.constantFrom(...(schema.propertyNames.enum as string[])) : fc.string({ maxLength: 20 });
    return fc.tuple(fc.dictionary(keys, value, { maxKeys: 4 }), fc.record(required)).map(([some, all]) => ({ ...some, ...all }));
  }
  // Optional fields present two times in three: absent is one case, present is where the rules are.
  const required = new Set(schema.required ?? []);
  const fields = names.map((name) => {
    const value = validFor(properties[name]!, ctx, name);
    return required.has(name)
      ? value.map((v) => [[name, v]] as [string, unknown][])
      : fc.option(value, { freq: 3, nil: undefined }).map((v) => (v === undefined ? [] : [[name, v] as [string, unknown]]));
  });
  const object = fc.tuple(...fields).map((entries) => Object.fromEntries(entries.flat()));
  // Ids drawn one by one rarely fit each other (a subcategory of that category): often take a set seen together.
  const idKeys = names.filter((name) => isUuid(properties[name]!));
  const records = ctx.recordsFor?.(idKeys) ?? [];
  if (records.length === 0) return object;
  const fitting = fc.tuple(object, fc.constantFrom(...records)).map(([value, record]) => ({
    ...value,
    ...Object.fromEntries(idKeys.filter((key) => key in record).map((key) => [key, record[key]])),
  }));
  return fc.oneof(object, fitting);
}

/** Values the schema accepts, leaning towards the edges of what it accepts. */
export function validFor(schema: JsonSchema, ctx: ValueContext, name: string): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = branchesOf(schema);
  // `null` is one value, the other branch many: weigh it like one of three, or bodies are mostly nulls.
  if (branches) return fc.oneof(...branches.map((b) => ({ arbitrary: validFor(b, ctx, name), weight: b.type === 'null' ? 1 : 2 })));
  if (schema.allOf?.[0]) return validFor(schema.allOf[0], ctx, name);
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number':
      return numberFor(schema);
    case 'string':
      return stringFor(schema, ctx, name);
    case 'array':
      return fc.array(validFor(schema.items ?? {}, ctx, name), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 12),
      });
    case 'object':
      return objectFor(schema, ctx);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** One thing wrong with an otherwise valid value, at one place in it. */
type Mutation =
  | { kind: 'replace'; value: unknown }
  | { kind: 'stringify' }
  | { kind: 'delete' }
  | { kind: 'addKey'; key: string; value: unknown }
  | { kind: 'append'; text: string }
  | { kind: 'repeat'; times: number }
  | { kind: 'number'; value: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: hostileValue.map((value) => ({ kind: 'replace' as const, value })), weight: 4 },
  { arbitrary: fc.constant({ kind: 'stringify' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'delete' as const }), weight: 2 },
  {
    arbitrary: fc
      .tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', 'role', 'status', 'userId', 'isAdmin'), hostileText), hostileValue)
      .map(([key, value]) => ({ kind: 'addKey' as const, key, value })),
    weight: 2,
  },
  { arbitrary: hostileText.map((text) => ({ kind: 'append' as const, text })), weight: 3 },
  { arbitrary: fc.integer({ min: 2, max: 400 }).map((times) => ({ kind: 'repeat' as const, times })), weight: 1 },
  { arbitrary: hostileNumber.map((value) => ({ kind: 'number' as const, value })), weight: 2 },
);

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Every place in a JSON value: its parent and key (the root has none). */
function placesIn(root: unknown): { parent: Container | null; key: string | number }[] {
  const places: { parent: Container | null; key: string | number }[] = [{ parent: null, key: '' }];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (!isContainer(value)) continue;
    for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
      places.push({ parent: value, key });
      stack.push((value as Record<string | number, unknown>)[key]);
    }
  }
  return places;
}

/** Sets an own property even for `__proto__`, so it reaches JSON.stringify instead of the prototype. */
function setOwn(target: Container, key: string | number, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutated(current: unknown, m: Mutation): unknown {
  switch (m.kind) {
    case 'replace':
      return m.value;
    case 'stringify':
      return typeof current === 'string' ? Number(current) : JSON.stringify(current);
    case 'append':
      return typeof current === 'string' ? `${current}${m.text}` : m.text;
    case 'repeat':
      if (typeof current === 'string') return current.repeat(m.times) || 'x'.repeat(m.times);
      if (Array.isArray(current)) return Array.from({ length: m.times }, () => current[0] ?? null);
      return current;
    case 'number':
      return typeof current === 'number' ? current * m.value || m.value : m.value;
    default:
      return current;
  }
}

/** Applies `m` at the `index`-th place (modulo their count) of a copy of `value`. */
export function applyMutation(value: unknown, index: number, m: Mutation): unknown {
  const root = structuredClone(value);
  const places = placesIn(root);
  const { parent, key } = places[index % places.length]!;
  if (m.kind === 'addKey') {
    const target = isContainer(parent) ? (parent as Record<string | number, unknown>)[key] : root;
    if (isContainer(target) && !Array.isArray(target)) setOwn(target, m.key, m.value);
    else if (!parent) return { [m.key]: m.value };
    return root;
  }
  if (!parent) return m.kind === 'delete' ? undefined : mutated(root, m);
  const record = parent as Record<string | number, unknown>;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete record[key];
  } else {
    setOwn(parent, key, mutated(record[key], m));
  }
  return root;
}

/** A valid value with one thing wrong: the request should fail validation on exactly that field. */
export function nearValidFor(schema: JsonSchema, ctx: ValueContext, name: string): fc.Arbitrary<unknown> {
  return fc.tuple(validFor(schema, ctx, name), fc.nat(), mutation).map(([value, index, m]) => applyMutation(value, index, m));
}
