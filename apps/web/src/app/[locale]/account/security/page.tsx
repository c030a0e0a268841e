import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { loadMySessions } from '@/lib/my-sessions';
import { requireUser } from '@/lib/session';
import { resolveLocaleParam } from '@/lib/locale-param';
import { AccountShell } from '@/components/account/account-shell';
import { ContactsSection } from '@/components/account/contacts-section';
import { FormNotice, SettingsSection } from '@/components/account/form-controls';
import { PasswordForm } from '@/components/account/password-form';
import { SessionsSection } from '@/components/account/sessions-section';
import { PageUnavailable } from '@/components/system/page-unavailable';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Account' });
  return { title: t('securityMetaTitle'), robots: { index: false } };
}

export default async function AccountSecurityPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const me = await requireUser(locale, '/account/security');
  if (!me) return <PageUnavailable />;
  const t = await getTranslations('Account');
  const sessions = await loadMySessions();
  const now = new Date().toISOString();

  return (
    <AccountShell active="security">
      <SettingsSection id="security-password" title={t('password.title')} lead={t('password.lead')}>
        <PasswordForm login={me.email ?? me.phone} />
      </SettingsSection>
      <SettingsSection id="security-contacts" title={t('contacts.title')} lead={t('contacts.lead')}>
        <ContactsSection initial={{ email: me.email, emailVerified: me.emailVerified, phone: me.phone, phoneVerified: me.phoneVerified }} />
      </SettingsSection>
      <SettingsSection id="security-sessions" title={t('sessions.title')} lead={t('sessions.lead')}>
        {sessions ? (
          // Keyed by the list, so a refresh after a password change (which ends the others) replaces it.
          <SessionsSection key={sessions.map((s) => s.id).join()} initial={sessions} now={now} />
        ) : (
          <FormNotice tone="error">{t('sessions.unavailable')}</FormNotice>
        )}
      </SettingsSection>
    </AccountShell>
  );
}
