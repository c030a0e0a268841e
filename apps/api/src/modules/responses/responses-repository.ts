import type { DbOrTx } from '../../db/client.js';
import { responses } from '../../db/schema/index.js';
import { conflictOnUnique } from '../../platform/http/unique-violation.js';

export type ResponseRow = typeof responses.$inferSelect;

/** One response per task and provider: a second one is a 409, not a 500. */
export async function insertResponse(db: DbOrTx, values: typeof responses.$inferInsert): Promise<ResponseRow> {
  const [row] = await conflictOnUnique(
    db.insert(responses).values(values).returning(),
    'conflict',
    'You have already responded to this task',
  );
  return row!;
}
