import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkGlossary,
  compareCatalogs,
  findKeyUsages,
  findUnknownKeys,
  listSourceFiles,
  readCatalogs,
  readGlossary,
} from '../scripts/message-catalog.mjs';

const webRoot = path.resolve(import.meta.dirname, '..');
const catalogs = readCatalogs(path.join(webRoot, 'messages'), ['ru', 'tg']);

describe('message catalogs', () => {
  it('ru and tg have the same keys and no empty values', () => {
    expect(compareCatalogs(catalogs)).toEqual([]);
  });

  it('every literal key used in src/ exists in the catalogs', () => {
    const unknown = listSourceFiles(path.join(webRoot, 'src')).flatMap((file) =>
      findUnknownKeys(findKeyUsages(fs.readFileSync(file, 'utf8')), catalogs.ru!).map((u) => `${path.relative(webRoot, file)}: ${u.key}`),
    );
    expect(unknown).toEqual([]);
  });

  it('Tajik names each product term with one word (messages/tg-glossary.json)', () => {
    expect(checkGlossary(catalogs, readGlossary(path.join(webRoot, 'messages')))).toEqual([]);
  });

  it('the Tajik catalog uses the letters specific to Tajik Cyrillic', () => {
    // A cheap guard against a catalog filled with Russian text or with letters lost to a bad encoding.
    const tg = JSON.stringify(catalogs.tg);
    for (const letter of ['ғ', 'ӣ', 'қ', 'ӯ', 'ҳ', 'ҷ']) expect(tg).toContain(letter);
  });
});

describe('the glossary check', () => {
  const glossary = { terms: [{ ru: 'отклик', tg: 'пешниҳод', not: ['ҷавоб(?!гар)'], why: '', except: ['B.ok'] }] };
  const pair = (tg: string) => ({ ru: { A: { x: 'Новый отклик' }, B: { ok: 'Отклики' } }, tg: { A: { x: tg }, B: { ok: 'Ҷавобҳо' } } });

  it('refuses an avoided word, asks for the chosen one, and leaves listed exceptions and other words alone', () => {
    expect(checkGlossary(pair('Ҷавоби нав'), glossary)).toEqual([
      'A.x: "отклик" is "пешниҳод" in Tajik, not "ҷавоб(?!гар)" (messages/tg-glossary.json)',
    ]);
    expect(checkGlossary(pair('Паёми нав'), glossary)).toEqual(['A.x: "отклик" should read "пешниҳод" in Tajik']);
    expect(checkGlossary(pair('Пешниҳоди нав, ҷавобгар'), glossary)).toEqual([]);
  });
});

describe('the key scanner', () => {
  const catalog = { Page: { title: 'x', steps: { a: { title: 'y' } } } };

  it('reports a literal key that does not exist', () => {
    const source = `const t = useTranslations('Page');\nt('title');\nt('missing');`;
    expect(findUnknownKeys(findKeyUsages(source), catalog).map((u) => u.key)).toEqual(['Page.missing']);
  });

  it('reports an unknown namespace and resolves getTranslations with an options object', () => {
    const source = `const t = await getTranslations({ locale, namespace: 'Nope' });\nconst p = await getTranslations('Page');\np('title');`;
    expect(findUnknownKeys(findKeyUsages(source), catalog).map((u) => u.key)).toEqual(['Nope']);
  });

  it('matches template keys segment by segment', () => {
    const ok = `const t = useTranslations('Page');\nt(\`steps.\${s}.title\`);`;
    const bad = `const t = useTranslations('Page');\nt(\`steps.\${s}.text\`);`;
    expect(findUnknownKeys(findKeyUsages(ok), catalog)).toEqual([]);
    expect(findUnknownKeys(findKeyUsages(bad), catalog).map((u) => u.key)).toEqual(['Page.steps.${s}.text']);
  });

  it('scopes a rebound name to the component that binds it', () => {
    const source = `const t = useTranslations('Page');\nt('title');\nconst t = useTranslations('Other');\nt('title');`;
    expect(findUnknownKeys(findKeyUsages(source), catalog).map((u) => u.key)).toEqual(['Other', 'Other.title']);
  });
});

describe('catalog comparison', () => {
  it('lists keys missing on either side and empty values', () => {
    expect(compareCatalogs({ ru: { a: 'x', b: 'y' }, tg: { a: ' ' } })).toEqual([
      'b: present in ru.json, missing in tg.json',
      'a: empty in tg.json',
    ]);
  });
});
