import { useLocale, useTranslations } from 'next-intl';
import type { TPayment } from '@dastiyor/contracts';
import { formatSomoni } from '@/lib/money';
import { formatPortable } from '@/lib/portable-date';
import { paymentMethodKey } from '@/components/subscription/payment-method-label';

export type PaymentView = ReturnType<ReturnType<typeof usePaymentDescriber>>;

/**
 * Describes payments as people read them, in the page's locale (Dushanbe time); for server and client alike.
 * A describer rather than one payment's view, so a page may call it for a payment it does not have yet.
 */
export function usePaymentDescriber() {
  const t = useTranslations('Payments');
  const tm = useTranslations('Money');
  const locale = useLocale();
  const at = (iso: string) => formatPortable(iso, locale, 'dateTime');
  return (payment: TPayment) => ({
    purpose: payment.plan ? t('purposePlan', { plan: payment.plan.name[locale === 'tg' ? 'tg' : 'ru'] }) : t('purposeTopUp'),
    planName: payment.plan ? payment.plan.name[locale === 'tg' ? 'tg' : 'ru'] : null,
    amount: tm('amount', { amount: formatSomoni(payment.amount, locale) }),
    method: t(`methods.${paymentMethodKey(payment.method)}`),
    status: t(`statuses.${payment.status}`),
    createdAt: at(payment.createdAt),
    paidAt: payment.paidAt ? at(payment.paidAt) : null,
  });
}
