import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect as redirectTo } from 'next/navigation';
import type { TRole } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import { redirect } from '@/i18n/paths';
import { resolveLocaleParam } from '@/lib/locale-param';
import { localizedAlternates } from '@/lib/page-metadata';
import { getCurrentUser } from '@/lib/session';
import { signInReturnPath } from '@/lib/sign-in-return';
import { AuthMessages } from '@/components/auth/auth-messages';
import { AuthPage } from '@/components/auth/auth-page';
import { textLinkClass } from '@/components/auth/auth-styles';
import { SignupForm } from '@/components/auth/signup-form';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ role?: string | string[]; next?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Auth.signup' });
  return { title: t('metaTitle'), alternates: localizedAlternates(locale, '/signup') };
}

const roleOf = (value: string | string[] | undefined): TRole | null => (value === 'customer' || value === 'provider' ? value : null);

/**
 * `?role=customer|provider` (the landing page's two calls to action) picks the role in advance; `?next=`, or the
 * page the person came from, is where the new account lands.
 */
export default async function SignupPage({ params, searchParams }: Props) {
  const locale = await resolveLocaleParam(params);
  const { role, next: asked } = await searchParams;
  const next = await signInReturnPath(asked);
  if (await getCurrentUser()) {
    if (next) redirectTo(next);
    redirect({ href: '/account', locale });
  }
  const t = await getTranslations('Auth.signup');
  return (
    <AuthPage
      title={t('title')}
      lead={t('lead')}
      footer={
        <>
          {t('haveAccount')}{' '}
          <Link href={next ? { pathname: '/login', query: { next } } : '/login'} className={textLinkClass}>
            {t('login')}
          </Link>
        </>
      }
    >
      <AuthMessages>
        <SignupForm initialRole={roleOf(role)} next={next} />
      </AuthMessages>
    </AuthPage>
  );
}
