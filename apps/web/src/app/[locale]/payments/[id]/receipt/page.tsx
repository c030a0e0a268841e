import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Link } from '@/i18n/link';
import { resolveLocaleParam } from '@/lib/locale-param';
import { requireUser } from '@/lib/session';
import { fetchMyPayment, isPaymentId } from '@/lib/subscription-api';
import { PaymentReceipt } from '@/components/payments/payment-receipt';
import { PrintButton } from '@/components/payments/print-button';
import { secondaryButton } from '@/components/ui/button-styles';
import { Container } from '@/components/ui/container';
import { Notice } from '@/components/ui/notice';
import { PageUnavailable } from '@/components/system/page-unavailable';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Receipt' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** A printable receipt for one of my payments that went through (paid, or paid and refunded). */
export default async function ReceiptPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const { id } = await params;
  if (!isPaymentId(id)) notFound();
  const me = await requireUser(locale, `/payments/${id}/receipt`);
  if (!me) return <PageUnavailable />;
  const payment = await fetchMyPayment(id);
  if (payment.status === 'missing') notFound();
  if (payment.status !== 'ok') return <PageUnavailable />;
  const t = await getTranslations('Receipt');
  const tc = await getTranslations('Common');
  const messages = await getMessages();
  const paid = payment.data.status === 'succeeded' || payment.data.status === 'refunded';

  return (
    <Container className="py-6 sm:py-10 print:p-0">
      <div className="mx-auto max-w-xl space-y-4">
        <article className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-8 print:border-0 print:p-0 print:shadow-none">
          <header className="mb-4 flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 pb-4">
            <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{t('title')}</h1>
            <span className="text-lg font-bold text-brand-800">{tc('brand')}</span>
          </header>
          {paid ? <PaymentReceipt payment={payment.data} merchant={tc('brand')} /> : <Notice tone="empty">{t('notPaid')}</Notice>}
        </article>
        <div className="flex flex-col gap-3 sm:flex-row print:hidden">
          {paid ? (
            <NextIntlClientProvider messages={{ Receipt: messages.Receipt }}>
              <PrintButton />
            </NextIntlClientProvider>
          ) : null}
          <Link href="/subscription" className={`${secondaryButton} w-full sm:w-auto`}>
            {t('back')}
          </Link>
        </div>
      </div>
    </Container>
  );
}
