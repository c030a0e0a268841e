import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { type OpenAPI3, astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './use-test-app.js';

/**
 * The contract as files (issue 16): the OpenAPI document the app generates, and the TypeScript paths
 * generated from it that the web's and the journeys' client is typed with. This test fails when either
 * drifts from the code; `npm run contract:write` writes both again.
 */
const contracts = path.resolve(import.meta.dirname, '../../../packages/contracts');
const documentFile = path.join(contracts, 'openapi.json');
const pathsFile = path.join(contracts, 'src/api-paths.ts');
const writing = process.env.OPENAPI_WRITE === '1';

const pathsHeader = `/**
 * Generated from openapi.json by openapi-typescript (\`npm run contract:write\`); do not edit.
 * The request and response types of every operation, for the typed client (openapi-fetch).
 */
`;

const t = useTestApp();

/** The app's document without what depends on where it runs (its public URL). */
function contractDocument(): Record<string, unknown> {
  const { servers: _servers, ...document } = t.app.swagger() as Record<string, unknown>;
  return document;
}

function check(file: string, generated: string) {
  if (writing) {
    fs.writeFileSync(file, generated);
    return;
  }
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  expect(committed === generated, `${path.relative(process.cwd(), file)} differs from the code: run npm run contract:write`).toBe(true);
}

describe('the contract files', () => {
  it('openapi.json is the document the app serves', () => {
    check(documentFile, `${JSON.stringify(contractDocument(), null, 2)}\n`);
  });

  it('api-paths.ts is what openapi-typescript generates from it', async () => {
    const ast = await openapiTS(contractDocument() as unknown as OpenAPI3);
    check(pathsFile, `${pathsHeader}${astToString(ast)}`);
  });
});
