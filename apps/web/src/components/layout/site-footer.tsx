import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { Container } from '@/components/ui/container';
import { SocialIcon } from '@/components/icons/social-icon';
import { instagramUrl, supportEmail, telegramUrl } from '@/lib/contacts';
import { BrandLogo } from './brand-logo';

export async function SiteFooter() {
  const t = await getTranslations('Footer');
  const tc = await getTranslations('Common');
  const year = new Date().getFullYear();
  const headingClass = 'text-sm font-semibold text-slate-900';
  const linkClass = 'inline-flex items-center gap-2 py-1 text-slate-600 hover:text-brand-800';

  return (
    <footer className="border-t border-slate-200 bg-white print:hidden">
      <Container className="grid gap-8 py-10 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-3">
          <BrandLogo name={tc('brand')} />
          <p className="text-sm text-slate-600">{t('tagline')}</p>
        </div>
        <div>
          <h2 className={headingClass}>{t('contactsTitle')}</h2>
          <ul className="mt-3 space-y-1 text-sm">
            <li>
              <a href={`mailto:${supportEmail}`} className={linkClass}>
                <SocialIcon name="mail" className="size-4" />
                {supportEmail}
              </a>
            </li>
            <li>
              <a href={telegramUrl} className={linkClass} rel="noopener">
                <SocialIcon name="telegram" className="size-4" />
                {t('telegramSupport')}
              </a>
            </li>
          </ul>
        </div>
        <div>
          <h2 className={headingClass}>{t('documentsTitle')}</h2>
          <ul className="mt-3 space-y-1 text-sm">
            <li>
              <Link href="/terms" className={linkClass}>
                {t('terms')}
              </Link>
            </li>
            <li>
              <Link href="/privacy" className={linkClass}>
                {t('privacy')}
              </Link>
            </li>
          </ul>
        </div>
        <div>
          <h2 className={headingClass}>{t('socialTitle')}</h2>
          <ul className="mt-3 space-y-1 text-sm">
            <li>
              <a href={telegramUrl} className={linkClass} rel="noopener">
                <SocialIcon name="telegram" className="size-4" />
                {t('telegram')}
              </a>
            </li>
            <li>
              <a href={instagramUrl} className={linkClass} rel="noopener">
                <SocialIcon name="instagram" className="size-4" />
                {t('instagram')}
              </a>
            </li>
          </ul>
        </div>
      </Container>
      <div className="border-t border-slate-100">
        <Container className="py-5 text-sm text-slate-500">{t('copyright', { year })}</Container>
      </div>
    </footer>
  );
}
