import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { Container } from '@/components/ui/container';
import { BrandLogo } from './brand-logo';
import { LocaleSwitcher } from './locale-switcher';

// Only links to pages that exist: sign-in, sign-up and "post a task" arrive with their features.
export async function SiteHeader() {
  const t = await getTranslations('Header');
  const tc = await getTranslations('Common');
  const tl = await getTranslations('LocaleSwitcher');
  const options = routing.locales.map((locale) => ({ locale, short: tl(`short.${locale}`), name: tl(`name.${locale}`) }));
  const navLinkClass = 'rounded-md py-2 font-medium text-slate-700 hover:text-brand-800';

  const nav = (
    <>
      <Link href="/categories" className={navLinkClass}>
        {t('categories')}
      </Link>
      <Link href={{ pathname: '/', hash: 'how-it-works' }} className={navLinkClass}>
        {t('howItWorks')}
      </Link>
    </>
  );

  return (
    <header className="border-b border-slate-200 bg-white">
      <Container className="flex h-16 items-center justify-between gap-4">
        <Link href="/" aria-label={t('homeLabel')} className="rounded-md">
          <BrandLogo name={tc('brand')} />
        </Link>
        <div className="flex items-center gap-6">
          <nav aria-label={t('navLabel')} className="hidden items-center gap-6 sm:flex">
            {nav}
          </nav>
          <LocaleSwitcher label={tl('label')} options={options} />
        </div>
      </Container>
      {/* Phones get the same links on a second row instead of a hidden menu behind a button. */}
      <Container className="flex gap-5 border-t border-slate-100 text-sm sm:hidden">
        <nav aria-label={t('navLabel')} className="flex gap-5">
          {nav}
        </nav>
      </Container>
    </header>
  );
}
