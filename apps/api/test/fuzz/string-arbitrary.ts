import fc from 'fast-check';
import type { JsonSchema } from './openapi-operations.js';
import type { ValueContext } from './schema-arbitrary.js';

const day = 86_400_000;

/** Plain text people type here: Russian, Tajik, mixed scripts, prices and phone numbers inside. */
const phrases = [
  'Починить кран на кухне',
  'Таъмири қубури об дар ошхона',
  'Нужен электрик, Сино, завтра 150 сомони',
  'Ҳуҷҷатҳоро то пагоҳ тарҷума кунед',
  'Позвоните +992 90 123 45 67',
  'Fix the leaking tap',
  'Ёрдам лозим — ғ, қ, ҳ, ҷ, ӣ, ӯ',
];

/** Text whose content (not length) is the hard part: what normalisation, search and storage must survive. */
const awkward = [
  '😀👩‍👩‍👧‍👦🇹🇯',
  '\u202Eтекст справа налево\u202C',
  'مرحبا Салом',
  'и\u0306 е\u0308 \u0958',
  '100% _скидка_ \\n',
  'O\'Reilly "кавычки" «ёлочки»',
  '<b>жирный</b> & ампер',
  '   пробелы   по краям   ',
  '\t табуляция\nи перевод\r\nстроки',
  '\u00A0\u2007\u202F\u200B',
  'İıßẞ ǅ',
  '\uE000\uFFFD',
  '𝕳𝖊𝖑𝖑𝖔 𐍈',
];

/** Cut to at most `max` UTF-16 units without splitting a surrogate pair (that would be a lone half). */
function cut(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** Repeats or cuts `text` to land inside [min, max] UTF-16 units once trimmed (schemas trim before they count). */
function fit(text: string, min: number, max: number): string {
  const filler = text.trim() || 'я';
  let out = text || 'я';
  while (out.trim().length < min) out += filler;
  out = cut(out, max);
  return out.trim().length >= min ? out : cut(filler.repeat(min), max);
}

function textFor(min: number, max: number): fc.Arbitrary<string> {
  const seeds = fc.oneof(
    { arbitrary: fc.constantFrom(...phrases), weight: 4 },
    { arbitrary: fc.constantFrom(...awkward), weight: 3 },
    { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), weight: 1 },
    // What a query flag (`z.stringbool()`, documented as any string) takes.
    { arbitrary: fc.constantFrom('true', 'false', '1', '0', 'yes', 'off'), weight: 1 },
  );
  const edges = fc.constantFrom(
    fit('я', min, min),
    fit('я', max, max),
    fit('😀', max, max),
    fit('%_', min, Math.min(max, 200)),
    fit(' ', min, min),
  );
  // Long enough for the minimum, short enough to keep requests cheap unless the edge itself is the point.
  const cap = Math.min(max, Math.max(min, 400));
  return fc.oneof({ arbitrary: seeds.map((t) => fit(t, min, cap)), weight: 5 }, { arbitrary: edges, weight: 2 });
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString();
}

/** Instants near the app's clock (where "not in the past" and "within N days" rules decide) and at the calendar's edges. */
function dateTimeFor(ctx: ValueContext): fc.Arbitrary<string> {
  const near = fc.integer({ min: -60, max: 400 }).map((hours) => isoDate(ctx.now().getTime() + hours * 3_600_000));
  const offsets = fc
    .tuple(fc.integer({ min: 0, max: 120 * day }), fc.constantFrom('+05:00', '-23:59', '+23:59', '+00:00'))
    .map(([ms, offset]) => isoDate(ctx.now().getTime() + ms).replace('Z', offset));
  const edges = fc.constantFrom(
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999999999Z',
    '1970-01-01T00:00:00Z',
    '1969-12-31T23:59:59.999Z',
    '2000-02-29T12:00:00Z',
    '2099-12-31T23:59:59Z',
    '2100-01-01T00:00:00Z',
  );
  return fc.oneof({ arbitrary: near, weight: 5 }, { arbitrary: offsets, weight: 2 }, { arbitrary: edges, weight: 2 });
}

function dateFor(ctx: ValueContext): fc.Arbitrary<string> {
  return fc.oneof(
    fc.integer({ min: -400, max: 400 }).map((days) => isoDate(ctx.now().getTime() + days * day).slice(0, 10)),
    fc.constantFrom('0000-01-01', '9999-12-31', '1999-12-31', '2000-01-01', '2099-12-31', '2100-01-01', '2024-02-29'),
  );
}

/** Only loopback: a URL given to the API may be fetched later (push endpoints), and traffic stays on this machine. */
const loopbackUrl = fc
  .tuple(fc.constantFrom('http://127.0.0.1:9', 'https://localhost:9', 'http://[::1]:9'), fc.webPath())
  .map(([origin, path]) => `${origin}${path || '/'}`);

const nilUuids = ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'];

function uuidFor(ctx: ValueContext, name: string): fc.Arbitrary<string> {
  const known = ctx.idsFor(name);
  const fresh = fc.oneof({ arbitrary: fc.uuid(), weight: 4 }, { arbitrary: fc.constantFrom(...nilUuids), weight: 1 });
  if (known.length === 0) return fresh;
  return fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 6 }, { arbitrary: fresh, weight: 1 });
}

/**
 * A match of `re` stretched into [min, max] by repeating its first or last character, which is how
 * length-bound patterns (`^[A-Za-z0-9_-]+={0,2}$`, 80–100 long) repeat; no filter, which could spin forever.
 * Small matches only: fast-check's `large` takes over half a second a value for the category slug
 * pattern (`^[a-z0-9]+(?:-[a-z0-9]+)*$`), most of that operation's time, and stretching gives the length.
 */
function patternedFor(re: RegExp, min: number, max: number): fc.Arbitrary<string> {
  return fc.stringMatching(re, { size: 'small' }).map((text) => {
    if (text.length >= min && text.length <= max) return text;
    const first = text.charAt(0);
    const last = text.charAt(text.length - 1);
    const need = Math.max(0, min - text.length);
    const candidates = [first.repeat(need) + text, text + last.repeat(need), cut(text, max), cut(first.repeat(max), max)];
    return candidates.find((c) => c.length >= min && c.length <= max && re.test(c)) ?? text;
  });
}

/**
 * What a field of this name holds, when the document says only "string": an email, a phone, a password
 * that passes the strength rules, a six-digit code. Without these almost every sign-up stops at validation.
 */
function hintedFor(name: string): fc.Arbitrary<string> | null {
  if (/email/i.test(name))
    return fc.oneof(
      fc.emailAddress(),
      fc.nat(99_999).map((n) => `fuzz-${n}@test.dastiyor.tj`),
    );
  if (/phone/i.test(name))
    return fc.oneof(
      fc.integer({ min: 1_000_000, max: 9_999_999 }).map((n) => `+99290${n}`),
      fc.constant('+992 90 123 45 67'),
    );
  if (/password/i.test(name)) return fc.nat(999_999).map((n) => `Kuhi-Varzob-${n}-Hisor`);
  if (name === 'code') return fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0'));
  return null;
}

const calendarDay = '^\\d{4}-\\d{2}-\\d{2}$';

/** Strings the schema accepts, chosen by format, pattern, known texts for the name, then length. */
export function stringFor(schema: JsonSchema, ctx: ValueContext, name: string): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 2000;
  switch (schema.format) {
    case 'uuid':
      return uuidFor(ctx, name);
    case 'date-time':
      return dateTimeFor(ctx);
    case 'date':
      return dateFor(ctx);
    case 'uri':
      return loopbackUrl;
    case 'email':
      return fc.oneof(fc.emailAddress(), fc.constantFrom(...ctx.textsFor('email'), 'Ёлка@пример.тj'));
  }
  if (schema.pattern === calendarDay) return dateFor(ctx);
  const known = ctx.textsFor(name).filter((t) => t.length >= min && t.length <= max);
  const hinted = schema.pattern ? null : hintedFor(name);
  const shaped = schema.pattern ? patternedFor(new RegExp(schema.pattern), min, max) : (hinted ?? textFor(min, max));
  return known.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, { arbitrary: shaped, weight: 2 }) : shaped;
}
