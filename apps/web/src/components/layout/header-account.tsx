import { getLocale, getTranslations } from 'next-intl/server';
import type { TMe } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import { getPathname } from '@/i18n/paths';
import { HeaderBell } from '@/components/notifications/header-bell';
import { LogoutButton } from './signed-in-controls';

function Avatar({ user }: { user: TMe }) {
  if (user.avatar) {
    // A 28 px thumbnail: the small variant is already sized for this, no image optimiser needed.
    return <img src={user.avatar.small} alt="" width={28} height={28} className="size-7 shrink-0 rounded-full object-cover" />;
  }
  return (
    <span
      aria-hidden="true"
      className="flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-bold text-brand-800"
    >
      {user.name.trim().charAt(0).toUpperCase()}
    </span>
  );
}

/** Signed in: the person's name (to their account) and a way out. */
export async function HeaderAccount({ user }: { user: TMe }) {
  const t = await getTranslations('HeaderUser');
  const tChat = await getTranslations('Chat');
  const tDashboard = await getTranslations('Dashboard');
  const tAdmin = await getTranslations('Admin');
  const locale = await getLocale();
  const iconLink =
    'flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-1.5 rounded-lg text-slate-700 hover:bg-slate-100 sm:px-2';
  return (
    <div className="flex min-w-0 items-center gap-1 sm:gap-2">
      {/* Icons with hidden labels: the header is already full at 360 px and at 1024 px. */}
      {user.role === 'admin' ? (
        // Admins have no dashboard of their own: the panel is their home.
        <Link href="/admin" title={tAdmin('title')} className={iconLink}>
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M12 3 4 6v6c0 4.5 3.4 8.3 8 9 4.6-.7 8-4.5 8-9V6l-8-3z" />
            <path d="m9 12 2 2 4-4" />
          </svg>
          <span className="sr-only">{tAdmin('title')}</span>
        </Link>
      ) : (
        <Link href="/dashboard" title={tDashboard('title')} className={iconLink}>
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
            <rect x="3" y="3" width="7" height="9" rx="1" />
            <rect x="14" y="3" width="7" height="5" rx="1" />
            <rect x="14" y="12" width="7" height="9" rx="1" />
            <rect x="3" y="16" width="7" height="5" rx="1" />
          </svg>
          <span className="sr-only">{tDashboard('title')}</span>
        </Link>
      )}
      <HeaderBell className={iconLink} />
      <Link href="/chat" title={tChat('title')} className={iconLink}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.4A8 8 0 1 1 21 12z" />
        </svg>
        <span className="sr-only">{tChat('title')}</span>
      </Link>
      <Link
        href="/account"
        title={t('account')}
        className="flex min-h-11 min-w-0 items-center gap-2 rounded-lg px-1 hover:bg-slate-100 sm:px-2"
      >
        <Avatar user={user} />
        <span className="sr-only">{t('account')}: </span>
        {/* From xl the navigation shares this row and leaves the name no room (it would read "Ш…"): the avatar stays. */}
        <span className="max-w-40 truncate text-sm font-semibold text-slate-900 max-sm:sr-only xl:sr-only">{user.name}</span>
      </Link>
      <LogoutButton
        label={t('logout')}
        pendingLabel={t('loggingOut')}
        failedLabel={t('logoutFailed')}
        homePath={getPathname({ locale, href: '/' })}
      />
    </div>
  );
}
