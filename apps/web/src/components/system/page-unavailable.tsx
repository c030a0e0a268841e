import { getTranslations } from 'next-intl/server';
import { primaryButton } from '@/components/ui/button-styles';
import { Container } from '@/components/ui/container';

/**
 * What a page behind sign-in shows when the API could not say who is signed in (it refused with 429, timed
 * out, is down): the same words as the error boundary, but rendered on the server as an answer, not a 500.
 * The retry is a plain link to this very URL (an empty href), so it works before any script has loaded.
 */
export async function PageUnavailable() {
  const t = await getTranslations('ErrorPage');
  return (
    <Container className="py-16 text-center">
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t('title')}</h1>
      <p role="status" className="mt-3 text-slate-600">
        {t('text')}
      </p>
      <a href="" className={`${primaryButton} mt-8`} data-testid="page-unavailable-retry">
        {t('retry')}
      </a>
    </Container>
  );
}
