import fc from 'fast-check';

/**
 * Text that has broken services before or could: what PostgreSQL refuses (NUL), what JavaScript
 * strings hold but UTF-8 cannot (lone surrogates), what changes under NFC, LIKE wildcards, numbers
 * that are not numbers, and text that looks like code.
 */
export const hostileTexts = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\uDBFF\uDFFF',
  '😀',
  '👩‍👩‍👧‍👦🇹🇯',
  '\u202Eпривет\u202C',
  'مرحبا بالعالم',
  'שלום',
  'и\u0306',
  '\u0958',
  '\u00A0\u2007\u202F',
  '\u200B\u200D\uFEFF',
  '\u2028\u2029',
  '\uFFFE\uFFFF',
  '\uE000',
  'İıß',
  '\t\n\r',
  '\u001B[31m',
  '\u0085',
  '%',
  '_',
  '\\',
  '%_\\%',
  "'",
  '"',
  "' OR 1=1 --",
  '); DROP TABLE users; --',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '../../etc/passwd',
  '%00',
  '%2e%2e%2f',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '0x10',
  '9'.repeat(40),
  '-9'.repeat(20),
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'a'.repeat(256),
  'я'.repeat(1001),
  '😀'.repeat(600),
];

export const hostileText = fc.oneof(
  { arbitrary: fc.constantFrom(...hostileTexts), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  // `binary` leaves surrogate halves out; these put them back, alone and reversed.
  {
    arbitrary: fc.array(fc.integer({ min: 0xd800, max: 0xdfff }), { minLength: 1, maxLength: 3 }).map((u) => String.fromCharCode(...u)),
    weight: 1,
  },
  { arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 40 }), weight: 1 },
);

export const hostileNumbers = [
  0,
  -0,
  -1,
  1.5,
  -1.5,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 - 1,
  2 ** 53,
  -(2 ** 53),
  2 ** 63,
  1e21,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  0.1 + 0.2,
];

export const hostileNumber = fc.oneof(
  { arbitrary: fc.constantFrom(...hostileNumbers), weight: 4 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
);

/** Any value a JSON body could carry in a place meant for something else. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileText, weight: 4 },
  { arbitrary: hostileNumber, weight: 3 },
  { arbitrary: fc.constantFrom(null, true, false, [], {}), weight: 2 },
  { arbitrary: fc.array(hostileText, { maxLength: 3 }), weight: 1 },
  { arbitrary: fc.array(fc.constant('x'), { minLength: 200, maxLength: 1200 }), weight: 1 },
  { arbitrary: fc.dictionary(hostileText, hostileText, { maxKeys: 3 }), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
);

/** JSON nested far deeper than any schema: parsers and walkers must not overflow the stack. */
export const deeplyNested = fc.integer({ min: 200, max: 5000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);

/** A body that is not the JSON it claims to be, or JSON of the wrong shape. */
export const hostileRawBody = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"a":',
    'null',
    '[]',
    '"text"',
    '1',
    'true',
    '{"__proto__":{"admin":true}}',
    '{"a":1,"a":2}',
    '\uFEFF{}',
    '{}garbage',
  ),
  deeplyNested,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
);
