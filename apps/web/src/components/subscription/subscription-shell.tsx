import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { TPaymentMethodsResponse } from '@dastiyor/contracts';
import { Container } from '@/components/ui/container';
import { PaymentOptionsProvider } from './payment-options';

/**
 * Frame of the subscription page, with the catalogs its client parts (buy, cancel, trial, history) translate with
 * and the ways to pay the buy buttons and the top-up offer (null when they could not be read).
 */
export async function SubscriptionShell({
  paymentOptions,
  children,
}: {
  paymentOptions: TPaymentMethodsResponse | null;
  children: ReactNode;
}) {
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
          <PaymentOptionsProvider options={paymentOptions}>
            <div className="mt-6 space-y-5">{children}</div>
          </PaymentOptionsProvider>
        </NextIntlClientProvider>
      </div>
    </Container>
  );
}
