import pg from 'pg';
import { e2e } from './context.js';

/**
 * The API sends one code a minute to a destination. A person comes back later, not a minute after the
 * last code; moving that destination's code history two minutes back in the database is exactly
 * "later" to the API, while the journey stays in real time. Needs the journeys' PostgreSQL.
 */
export async function moveCodeHistoryBack(target: string): Promise<void> {
  const db = new pg.Client({ connectionString: e2e!.databaseUrl! });
  await db.connect();
  try {
    await db.query(`update verification_codes set created_at = created_at - interval '2 minutes' where target = $1`, [target]);
  } finally {
    await db.end();
  }
}
