import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiMockedFiles } from './mocked-files.js';

const root = join(import.meta.dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [relative(root, path)] : [];
  });
}

describe('test files that mock a module', () => {
  it('run in the api-mocked project, and only they do', () => {
    const mocking = [...testFiles(join(root, 'src')), ...testFiles(join(root, 'test'))].filter((file) =>
      /\bvi\.(mock|doMock)\(/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(mocking.sort()).toEqual([...apiMockedFiles].sort());
  });
});
