// Build gate: ru and tg must hold the same keys, none empty, and every literal key used in src/ must exist.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkGlossary,
  compareCatalogs,
  findKeyUsages,
  findUnknownKeys,
  listSourceFiles,
  readCatalogs,
  readGlossary,
} from './message-catalog.mjs';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const locales = ['ru', 'tg'];
const catalogs = readCatalogs(path.join(webRoot, 'messages'), locales);

const problems = [...compareCatalogs(catalogs), ...checkGlossary(catalogs, readGlossary(path.join(webRoot, 'messages')))];
for (const file of listSourceFiles(path.join(webRoot, 'src'))) {
  const relative = path.relative(webRoot, file);
  for (const usage of findUnknownKeys(findKeyUsages(fs.readFileSync(file, 'utf8')), catalogs.ru)) {
    problems.push(`${usage.key}: used in ${relative} (${usage.kind}), not in the catalogs`);
  }
}

if (problems.length > 0) {
  console.error(`[i18n] ${problems.length} problem(s) in apps/web/messages:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`[i18n] ok: ${locales.join(', ')} have the same keys, none empty, every key used in src/ exists, Tajik follows its glossary`);
