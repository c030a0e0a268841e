import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { routing } from '@/i18n/routing';
import { getCurrentUser } from '@/lib/session';
import { Container } from '@/components/ui/container';
import { BrandLogo } from './brand-logo';
import { HeaderAccount } from './header-account';
import { HeaderGuestLinks } from './header-guest-links';
import { LocaleSwitcher } from './locale-switcher';

export async function SiteHeader() {
  const t = await getTranslations('Header');
  const tc = await getTranslations('Common');
  const tl = await getTranslations('LocaleSwitcher');
  const ts = await getTranslations('Subscription');
  const user = await getCurrentUser();
  const locale = await getLocale();
  const options = routing.locales.map((locale) => ({ locale, short: tl(`short.${locale}`), name: tl(`name.${locale}`) }));
  const navLinkClass = 'rounded-md py-2 font-medium whitespace-nowrap text-slate-700 hover:text-brand-800';

  const nav = (
    <>
      <Link href="/tasks" className={navLinkClass}>
        {t('tasks')}
      </Link>
      {user?.role === 'customer' ? (
        <>
          <Link href="/my/tasks" className={navLinkClass}>
            {t('myTasks')}
          </Link>
          <Link href="/tasks/new" className={navLinkClass}>
            {t('postTask')}
          </Link>
        </>
      ) : null}
      {user?.role === 'provider' ? (
        <Link href="/subscription" className={navLinkClass}>
          {ts('headerLink')}
        </Link>
      ) : null}
      <Link href="/categories" className={navLinkClass}>
        {t('categories')}
      </Link>
      {/* The newcomer's explainer; signed-in people need the room for their own links. */}
      {user ? null : (
        <Link href={{ pathname: '/', hash: 'how-it-works' }} className={navLinkClass}>
          {t('howItWorks')}
        </Link>
      )}
    </>
  );

  // One row on wide screens; below `xl` the navigation moves to a second row (no hidden menu behind a
  // button) and, below `sm`, the logo keeps only its mark so the account links and the language switch fit 360 px.
  return (
    <header className="relative border-b border-slate-200 bg-white print:hidden">
      <Container className="flex h-16 items-center justify-between gap-1.5 sm:gap-4">
        <Link href="/" aria-label={t('homeLabel')} className="shrink-0 rounded-md">
          <BrandLogo name={tc('brand')} wordmarkClassName="hidden sm:inline" />
        </Link>
        <div className="flex min-w-0 items-center gap-1.5 sm:gap-4">
          <nav aria-label={t('navLabel')} className="hidden items-center gap-5 xl:flex">
            {nav}
          </nav>
          {user ? <HeaderAccount user={user} /> : <HeaderGuestLinks />}
          <LocaleSwitcher label={tl('label')} current={locale} options={options} />
        </div>
      </Container>
      <Container className="flex gap-5 border-t border-slate-100 text-sm xl:hidden">
        <nav aria-label={t('navLabel')} className="flex flex-wrap gap-x-5">
          {nav}
        </nav>
      </Container>
    </header>
  );
}
