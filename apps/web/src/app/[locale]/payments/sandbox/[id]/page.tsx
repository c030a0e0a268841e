import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { resolveLocaleParam } from '@/lib/locale-param';
import { requireUser } from '@/lib/session';
import { fetchSandboxPayment } from '@/lib/subscription-api';
import { SandboxCheckout } from '@/components/subscription/sandbox-checkout';
import { Container } from '@/components/ui/container';
import { PageUnavailable } from '@/components/system/page-unavailable';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'SandboxPayment' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/**
 * The sandbox acquirer's hosted page (the API's checkout sends payers to /payments/sandbox/:id, without a
 * locale; the locale routing serves it in Russian or redirects to the remembered Tajik). Never in production:
 * there the API has no sandbox and this page has nothing to show.
 */
export default async function SandboxPaymentPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const { id } = await params;
  if (!uuidPattern.test(id)) notFound();
  const me = await requireUser(locale, `/payments/sandbox/${id}`);
  if (!me) return <PageUnavailable />;
  const payment = await fetchSandboxPayment(id);
  // The API answers 404 for another person's payment, and has no sandbox at all in production: not found.
  if (payment.status !== 'ok') notFound();
  const messages = await getMessages();

  return (
    <Container className="py-6 sm:py-10">
      <div className="mx-auto max-w-md">
        <NextIntlClientProvider messages={{ SandboxPayment: messages.SandboxPayment, Problems: messages.Problems, Money: messages.Money }}>
          <SandboxCheckout payment={payment.data} />
        </NextIntlClientProvider>
      </div>
    </Container>
  );
}
