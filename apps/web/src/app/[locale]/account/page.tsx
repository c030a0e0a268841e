import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { fetchCategories, fetchCities } from '@/lib/api';
import { requireUser } from '@/lib/session';
import { resolveLocaleParam } from '@/lib/locale-param';
import { AccountShell } from '@/components/account/account-shell';
import { AvatarField } from '@/components/account/avatar-field';
import { SettingsSection } from '@/components/account/form-controls';
import { PortfolioField } from '@/components/account/portfolio-field';
import { ProfileForm } from '@/components/account/profile-form';
import { ProviderStats } from '@/components/providers/provider-stats';
import { PageUnavailable } from '@/components/system/page-unavailable';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Account' });
  return { title: t('profileMetaTitle'), robots: { index: false } };
}

export default async function AccountProfilePage({ params, searchParams }: Props) {
  const locale = await resolveLocaleParam(params);
  const me = await requireUser(locale, '/account');
  if (!me) return <PageUnavailable />;
  const t = await getTranslations('Account');
  const [cities, categories] = await Promise.all([fetchCities(), me.provider ? fetchCategories() : null]);
  const { saved } = await searchParams;

  return (
    <AccountShell active="profile">
      <SettingsSection id="account-photo" title={t('avatar.title')} lead={t('avatar.lead')}>
        <AvatarField initial={me.avatar} name={me.name} />
      </SettingsSection>

      {me.provider ? (
        <SettingsSection id="account-stats" title={t('stats.title')}>
          <ProviderStats provider={me.provider} />
          <p className="mt-3 text-sm">
            <Link href={`/providers/${me.id}`} className="font-semibold text-brand-800 underline-offset-2 hover:underline">
              {t('stats.publicProfile')}
            </Link>
          </p>
        </SettingsSection>
      ) : null}

      <ProfileForm
        me={me}
        cities={cities.ok ? cities.data.items : null}
        categories={categories?.ok ? categories.data.items : null}
        justSaved={saved === '1'}
      />

      {me.provider ? (
        <SettingsSection id="account-portfolio" title={t('portfolio.title')} lead={t('portfolio.lead')}>
          <PortfolioField initial={me.provider.portfolio} />
        </SettingsSection>
      ) : null}
    </AccountShell>
  );
}
