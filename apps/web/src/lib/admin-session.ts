import type { TMe } from '@dastiyor/contracts';
import { redirect } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { requireUser } from './session';

// Server only. The API refuses non-admins on every /admin route anyway; this keeps them off the pages.

/** The signed-in admin; a guest goes to the login page, anyone else to "access denied". */
export async function requireAdmin(locale: AppLocale, nextPath: string): Promise<TMe> {
  const me = await requireUser(locale, nextPath);
  if (me.role !== 'admin') return redirect({ href: '/access-denied', locale });
  return me;
}
