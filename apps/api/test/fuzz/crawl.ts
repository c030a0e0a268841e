import type { Operation } from './openapi-operations.js';
import type { FuzzRequest, Role } from './request-arbitrary.js';
import type { FuzzResponse } from './response-checks.js';

/**
 * Reads every list that needs no parameter as each role, one item a page, so the answers (learnt by
 * `send`) hold the ids of real rows and a `nextCursor` per list before any fuzzing starts.
 */
export async function crawl(operations: Operation[], send: (request: FuzzRequest) => Promise<FuzzResponse>, roles: readonly Role[]) {
  for (const op of operations) {
    if (op.method !== 'GET' || op.parameters.some((p) => p.required)) continue;
    const url = op.parameters.some((p) => p.in === 'query' && p.name === 'limit') ? `${op.path}?limit=1` : op.path;
    for (const role of roles) {
      await send({
        operationId: op.operationId,
        route: op.path,
        role,
        method: 'GET',
        url,
        headers: {},
        remoteAddress: '203.0.113.14',
        copies: 1,
      });
    }
  }
}
