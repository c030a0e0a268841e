import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { resolveLocaleParam } from '@/lib/locale-param';
import { localizedAlternates } from '@/lib/page-metadata';
import { AuthMessages } from '@/components/auth/auth-messages';
import { AuthPage } from '@/components/auth/auth-page';
import { textLinkClass } from '@/components/auth/auth-styles';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Auth.forgot' });
  return { title: t('metaTitle'), alternates: localizedAlternates(locale, '/forgot-password'), robots: { index: false } };
}

// Open to signed-in people too: someone who remembers only an old password may still want a new one.
export default async function ForgotPasswordPage({ params }: Props) {
  await resolveLocaleParam(params);
  const t = await getTranslations('Auth.forgot');
  return (
    <AuthPage
      title={t('title')}
      lead={t('lead')}
      footer={
        <>
          {t('remembered')}{' '}
          <Link href="/login" className={textLinkClass}>
            {t('login')}
          </Link>
        </>
      }
    >
      <AuthMessages>
        <ForgotPasswordForm />
      </AuthMessages>
    </AuthPage>
  );
}
