import type { TSession } from '@dastiyor/contracts';
import { getWithSession, isRecord } from './session-api';

/** The visitor's live sessions, newest activity first as the API orders them; null when the API did not answer. */
export async function loadMySessions(): Promise<TSession[] | null> {
  const result = await getWithSession<{ items: TSession[] }>(
    '/api/v1/auth/sessions',
    (body) => isRecord(body) && Array.isArray(body.items),
  );
  return result.status === 'ok' ? result.data.items : null;
}
