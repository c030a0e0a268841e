import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { resolveLocaleParam } from '@/lib/locale-param';
import { requireUser } from '@/lib/session';
import { fetchMyPayment, isPaymentId } from '@/lib/subscription-api';
import { PaymentReturn } from '@/components/payments/payment-return';
import { Container } from '@/components/ui/container';
import { PageUnavailable } from '@/components/system/page-unavailable';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'PaymentReturn' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/**
 * Where the bank sends the payer back (`/payments/return/:id`, without a locale, like the sandbox page: the
 * locale routing serves it in Russian or redirects to the remembered Tajik). Reading the payment asks the bank
 * about a pending one, so the page usually knows the outcome at once; otherwise it keeps checking.
 */
export default async function PaymentReturnPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const { id } = await params;
  if (!isPaymentId(id)) notFound();
  const me = await requireUser(locale, `/payments/return/${id}`);
  if (!me) return <PageUnavailable />;
  const payment = await fetchMyPayment(id);
  // Another person's payment reads as unknown (the API's 404).
  if (payment.status === 'missing') notFound();
  const messages = await getMessages();

  return (
    <Container className="py-6 sm:py-10">
      <div className="mx-auto max-w-xl">
        <NextIntlClientProvider messages={{ PaymentReturn: messages.PaymentReturn, Payments: messages.Payments, Money: messages.Money }}>
          {/* A slow first answer (the bank took its time) is not a failure here: the page asks again itself. */}
          <PaymentReturn paymentId={id} initial={payment.status === 'ok' ? payment.data : null} />
        </NextIntlClientProvider>
      </div>
    </Container>
  );
}
