import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { Container } from '@/components/ui/container';

/** Frame of the subscription page, with the catalogs its client parts (buy, cancel, trial, history) translate with. */
export async function SubscriptionShell({ children }: { children: ReactNode }) {
  const t = await getTranslations('Subscription');
  const messages = await getMessages();
  return (
    <Container className="py-6 sm:py-10">
      <div className="mx-auto max-w-4xl">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t('title')}</h1>
        <p className="mt-1 text-slate-600">{t('lead')}</p>
        <NextIntlClientProvider
          messages={{
            Subscription: messages.Subscription,
            Payments: messages.Payments,
            Problems: messages.Problems,
            Money: messages.Money,
          }}
        >
          <div className="mt-6 space-y-5">{children}</div>
        </NextIntlClientProvider>
      </div>
    </Container>
  );
}
