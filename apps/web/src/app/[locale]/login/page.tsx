import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect as redirectTo } from 'next/navigation';
import { Link } from '@/i18n/link';
import { redirect } from '@/i18n/paths';
import { resolveLocaleParam } from '@/lib/locale-param';
import { localizedAlternates } from '@/lib/page-metadata';
import { signInReturnPath } from '@/lib/sign-in-return';
import { getCurrentUser } from '@/lib/session';
import { AuthMessages } from '@/components/auth/auth-messages';
import { AuthPage } from '@/components/auth/auth-page';
import { textLinkClass } from '@/components/auth/auth-styles';
import { LoginForm } from '@/components/auth/login-form';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Auth.login' });
  return { title: t('metaTitle'), alternates: localizedAlternates(locale, '/login') };
}

/** `?next=` (set by requireUser), or the page the person came from, brings them back there once signed in. */
export default async function LoginPage({ params, searchParams }: Props) {
  const locale = await resolveLocaleParam(params);
  const next = await signInReturnPath((await searchParams).next);
  if (await getCurrentUser()) {
    if (next) redirectTo(next);
    redirect({ href: '/account', locale });
  }
  const t = await getTranslations('Auth.login');
  return (
    <AuthPage
      title={t('title')}
      lead={t('lead')}
      footer={
        <>
          {t('noAccount')}{' '}
          <Link href={next ? { pathname: '/signup', query: { next } } : '/signup'} className={textLinkClass}>
            {t('signup')}
          </Link>
        </>
      }
    >
      <AuthMessages>
        <LoginForm next={next} />
      </AuthMessages>
    </AuthPage>
  );
}
