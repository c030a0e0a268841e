import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzOperation, fuzzSettings, seedFor } from '../apps/api/test/fuzz/fuzz-run.js';
import { type OpenApiDocument, type Operation, operationsOf } from '../apps/api/test/fuzz/openapi-operations.js';
import { e2e } from './support/context.js';
import { buildOriginWorld, type OriginWorld } from './support/fuzz-world.js';

/**
 * Issue 14, through the one public origin: a sample of operations (two per tag, chosen by the seed)
 * fuzzed with `fetch` at Next, whose own /api route forwards to the API (decision 012). Same promises as the inject
 * suite: no 5xx, every 4xx problem+json with a contract code, every 2xx as documented. The product
 * is shared with the other journeys, so admin writes (categories, plans, maintenance, blocks) stay out.
 */

const settings = fuzzSettings(12);
const perTag = 2;

/** Two operations per tag, by seed; never an admin write, which would change the product under the other journeys. */
function sampleOf(operations: Operation[]): Operation[] {
  const byTag = new Map<string, Operation[]>();
  for (const op of operations) {
    if (op.path.includes('/admin/') && op.method !== 'GET') continue;
    const tag = op.tags[0] ?? '';
    byTag.set(tag, [...(byTag.get(tag) ?? []), op]);
  }
  return [...byTag.values()].flatMap((ops) =>
    ops.sort((a, b) => seedFor(settings.seed, a.operationId) - seedFor(settings.seed, b.operationId)).slice(0, perTag),
  );
}

describe.runIf(e2e)('fuzzing a sample of operations through the Next origin', () => {
  let operations: Operation[] = [];
  let sample: Operation[] = [];
  let world: OriginWorld;

  beforeAll(async () => {
    const doc = await fetch(`${e2e!.baseUrl}/api/docs/json`);
    expect(doc.status).toBe(200);
    operations = operationsOf((await doc.json()) as OpenApiDocument);
    sample = sampleOf(operations).filter((op) => !settings.ops || settings.ops.has(op.operationId));
    world = await buildOriginWorld(operations);
  });

  it('samples every tag of the document', () => {
    const tags = new Set(operations.flatMap((op) => op.tags));
    expect(new Set(sampleOf(operations).flatMap((op) => op.tags))).toEqual(tags);
  });

  it('should answer every sampled request without a 5xx, with problem+json for every 4xx', async () => {
    for (const op of sample) {
      await fuzzOperation({
        op,
        ctx: world.contextFor(op),
        send: world.send,
        settings,
        tally: new Map(),
      });
    }
    if (!settings.ops) expect(sample.length).toBeGreaterThan(20);
  }, 600_000);
});
