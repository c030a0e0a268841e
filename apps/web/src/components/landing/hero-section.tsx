import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/link';
import { Container } from '@/components/ui/container';
import { primaryButton, secondaryButton } from '@/components/ui/button-styles';

// Each call to action opens sign-up with its role already chosen.
export function HeroSection() {
  const t = useTranslations('Landing.hero');
  return (
    <section className="border-b border-slate-200 bg-gradient-to-b from-brand-50 to-white">
      <Container className="py-12 sm:py-20">
        <div className="max-w-2xl">
          <p className="inline-block rounded-full bg-white px-3 py-1 text-sm font-medium text-brand-800 ring-1 ring-brand-200">
            {t('eyebrow')}
          </p>
          <h1 className="mt-5 text-3xl leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-5xl">{t('title')}</h1>
          <p className="mt-5 text-lg text-slate-600 sm:text-xl">{t('subtitle')}</p>
          <div className="mt-8 flex flex-col gap-3 sm:flex-row">
            <Link href={{ pathname: '/signup', query: { role: 'customer' } }} className={primaryButton}>
              {t('ctaCustomer')}
            </Link>
            <Link href={{ pathname: '/signup', query: { role: 'provider' } }} className={secondaryButton}>
              {t('ctaProvider')}
            </Link>
          </div>
          <p className="mt-4 text-sm text-slate-500">{t('note')}</p>
        </div>
      </Container>
    </section>
  );
}
