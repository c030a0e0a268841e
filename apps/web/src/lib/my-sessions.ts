import type { TSession } from '@dastiyor/contracts';
import { asVisitor, sessionApi } from './server-api';

/** The visitor's live sessions, newest activity first as the API orders them; null when the API did not answer. */
export async function loadMySessions(): Promise<TSession[] | null> {
  const result = await asVisitor(sessionApi.GET('/api/v1/auth/sessions'));
  return result.status === 'ok' ? result.data.items : null;
}
