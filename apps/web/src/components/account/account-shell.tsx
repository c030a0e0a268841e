import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { Container } from '@/components/ui/container';

const tabs = [
  { key: 'profile', href: '/account' },
  { key: 'security', href: '/account/security' },
  { key: 'notifications', href: '/account/notifications' },
] as const;
export type AccountTab = (typeof tabs)[number]['key'];

/**
 * Frame of the account pages: title, the two tabs, and the catalogs their client components translate
 * themselves with (the rest of the site's catalog stays on the server).
 */
export async function AccountShell({ active, children }: { active: AccountTab; children: ReactNode }) {
  const t = await getTranslations('Account');
  const messages = await getMessages();
  return (
    <Container className="py-6 sm:py-10">
      <div className="mx-auto max-w-3xl">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t('title')}</h1>
        <nav aria-label={t('tabs.label')} className="mt-4 border-b border-slate-200">
          <ul className="-mb-px flex">
            {tabs.map((tab) => (
              <li key={tab.key} className="flex-1 sm:flex-none">
                <Link
                  href={tab.href}
                  aria-current={tab.key === active ? 'page' : undefined}
                  className={`flex min-h-11 items-center justify-center border-b-2 px-2 text-center sm:px-4 text-sm font-semibold sm:text-base ${
                    tab.key === active ? 'border-brand-700 text-brand-800' : 'border-transparent text-slate-600 hover:text-slate-900'
                  }`}
                >
                  {t(`tabs.${tab.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <NextIntlClientProvider
          messages={{
            Account: messages.Account,
            // The strength meter of the change-password form.
            Auth: { strength: messages.Auth.strength },
            Forms: messages.Forms,
            NotificationSettings: messages.NotificationSettings,
            Problems: messages.Problems,
            RelativeTime: messages.RelativeTime,
          }}
        >
          <div className="mt-6 space-y-5">{children}</div>
        </NextIntlClientProvider>
      </div>
    </Container>
  );
}
