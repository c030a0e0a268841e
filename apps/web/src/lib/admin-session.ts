import type { TMe } from '@dastiyor/contracts';
import { redirect } from '@/i18n/paths';
import type { AppLocale } from '@/i18n/routing';
import { requireUser } from './session';

// Server only. The API refuses non-admins on every /admin route anyway; this keeps them off the pages.

/**
 * The signed-in admin; a guest goes to the login page, anyone else to "access denied". Null when the API
 * could not say who is signed in (see requireUser).
 */
export async function requireAdmin(locale: AppLocale, nextPath: string): Promise<TMe | null> {
  const me = await requireUser(locale, nextPath);
  if (!me) return null;
  if (me.role !== 'admin') return redirect({ href: '/access-denied', locale });
  return me;
}
