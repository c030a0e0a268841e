import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';

/** Signed out: sign in, and sign up as the one highlighted action. */
export async function HeaderGuestLinks() {
  const t = await getTranslations('HeaderUser');
  return (
    <div className="flex shrink-0 items-center gap-1 sm:gap-2">
      <Link
        href="/login"
        className="inline-flex min-h-11 items-center rounded-lg px-1.5 text-sm font-semibold text-slate-700 hover:text-brand-800 sm:px-2"
      >
        {t('login')}
      </Link>
      <Link
        href="/signup"
        className="inline-flex min-h-10 items-center rounded-lg bg-brand-700 px-2.5 text-sm font-semibold text-white hover:bg-brand-800 sm:px-3"
      >
        {t('signup')}
      </Link>
    </div>
  );
}
