// Pure checks over the message catalogs, shared by check-messages.mjs (the build gate) and the vitest suite.
import fs from 'node:fs';
import path from 'node:path';

/** Flattens `{ a: { b: 'x' } }` into `Map { 'a.b' => 'x' }`; non-string leaves are kept as they are. */
export function flattenMessages(messages, prefix = '') {
  const out = new Map();
  for (const [key, value] of Object.entries(messages)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flattenMessages(value, dotted)) out.set(k, v);
    } else {
      out.set(dotted, value);
    }
  }
  return out;
}

/** Keys present in one catalog and not the other, and values that are empty or not strings. */
export function compareCatalogs(catalogs) {
  const problems = [];
  const flat = Object.fromEntries(Object.entries(catalogs).map(([locale, messages]) => [locale, flattenMessages(messages)]));
  const locales = Object.keys(flat);
  for (const locale of locales) {
    for (const other of locales) {
      if (other === locale) continue;
      for (const key of flat[locale].keys()) {
        if (!flat[other].has(key)) problems.push(`${key}: present in ${locale}.json, missing in ${other}.json`);
      }
    }
    for (const [key, value] of flat[locale]) {
      if (typeof value !== 'string') problems.push(`${key}: in ${locale}.json is not a string`);
      else if (value.trim() === '') problems.push(`${key}: empty in ${locale}.json`);
    }
  }
  return problems;
}

const bindingPattern =
  /\bconst\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:['"]([^'"]*)['"]|\{[^}]*?namespace:\s*['"]([^'"]*)['"][^}]*\})?\s*\)/g;

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds `const t = useTranslations('Ns')` / `await getTranslations(…)` bindings and the literal keys passed to
 * `t('…')`, `t.rich('…')`, `t.markup('…')` or `t.raw('…')` after them. Template literals become patterns in which
 * each `${…}` stands for one key segment. Keys built any other way are left to the TypeScript check.
 */
export function findKeyUsages(source) {
  const bindings = [...source.matchAll(bindingPattern)].map((m) => ({ name: m[1], namespace: m[2] ?? m[3] ?? '', at: m.index }));
  const usages = [];
  for (const [i, binding] of bindings.entries()) {
    // A binding's scope ends where the same name is bound again (the next component in the file).
    const next = bindings.slice(i + 1).find((b) => b.name === binding.name);
    const scope = source.slice(binding.at, next ? next.at : source.length);
    const callPattern = new RegExp(
      `(?<![\\w.])${escapeRegExp(binding.name)}(?:\\.(rich|markup|raw))?\\(\\s*(?:'([^']*)'|"([^"]*)"|\`([^\`]*)\`)`,
      'g',
    );
    usages.push({ kind: 'namespace', namespace: binding.namespace, key: binding.namespace });
    for (const call of scope.matchAll(callPattern)) {
      const literal = call[2] ?? call[3];
      const template = call[4];
      const key = literal ?? template;
      if (key === undefined) continue;
      const full = binding.namespace ? `${binding.namespace}.${key}` : key;
      usages.push({ kind: literal !== undefined ? 'key' : 'pattern', namespace: binding.namespace, key: full, raw: call[1] === 'raw' });
    }
  }
  return usages;
}

/** Usages whose key (or namespace, or pattern) has no match in the catalog. */
export function findUnknownKeys(usages, catalog) {
  const flat = flattenMessages(catalog);
  const keys = [...flat.keys()];
  const isPrefix = (prefix) => prefix === '' || keys.some((k) => k.startsWith(`${prefix}.`));
  return usages.filter((usage) => {
    if (usage.kind === 'namespace') return !isPrefix(usage.key);
    if (usage.kind === 'key') return !(flat.has(usage.key) || (usage.raw && isPrefix(usage.key)));
    const pattern = new RegExp(
      `^${usage.key
        .split(/\$\{[^}]*\}/)
        .map(escapeRegExp)
        .join('[^.]+')}$`,
    );
    return !keys.some((k) => pattern.test(k));
  });
}

export function listSourceFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

export function readCatalogs(messagesDir, locales) {
  return Object.fromEntries(
    locales.map((locale) => [locale, JSON.parse(fs.readFileSync(path.join(messagesDir, `${locale}.json`), 'utf8'))]),
  );
}

/**
 * Tajik messages whose Russian counterpart names a glossary term (messages/tg-glossary.json) but use a word the
 * glossary avoids for it, or lack its word. Matching is on word stems, case-insensitive.
 */
export function checkGlossary(catalogs, glossary) {
  const ru = flattenMessages(catalogs.ru);
  const tg = flattenMessages(catalogs.tg);
  const problems = [];
  for (const term of glossary.terms) {
    const names = new RegExp(term.ru, 'iu');
    for (const [key, russian] of ru) {
      const tajik = tg.get(key);
      if (typeof russian !== 'string' || typeof tajik !== 'string' || !names.test(russian) || term.except.includes(key)) continue;
      const avoided = term.not.find((word) => new RegExp(word, 'iu').test(tajik));
      if (avoided) problems.push(`${key}: "${term.ru}" is "${term.tg}" in Tajik, not "${avoided}" (messages/tg-glossary.json)`);
      else if (!new RegExp(term.tg, 'iu').test(tajik)) problems.push(`${key}: "${term.ru}" should read "${term.tg}" in Tajik`);
    }
  }
  return problems;
}

/** The Tajik glossary next to the catalogs. */
export function readGlossary(messagesDir) {
  return JSON.parse(fs.readFileSync(path.join(messagesDir, 'tg-glossary.json'), 'utf8'));
}
