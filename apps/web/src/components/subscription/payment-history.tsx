'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { TPayment } from '@dastiyor/contracts';
import { api, settle } from '@/lib/api-client';
import { problemMessage } from '@/lib/problem-messages';
import { formatSomoni } from '@/lib/money';
import { formatPortable } from '@/lib/portable-date';
import { FormNotice, smallButton } from '@/components/account/form-controls';
import { Link } from '@/i18n/navigation';
import { paymentMethodKey } from './payment-method-label';
const statusTones: Record<TPayment['status'], string> = {
  succeeded: 'bg-emerald-100 text-emerald-900',
  pending: 'bg-slate-100 text-slate-700',
  failed: 'bg-red-100 text-red-800',
  refunded: 'bg-amber-100 text-amber-900',
};

/**
 * Payments newest first, a page at a time ("more" follows the API's keyset cursor). A table from `sm` up;
 * on a phone each payment is a small card, since five columns do not fit 375 px.
 */
export function PaymentHistory({ initial, pageSize }: { initial: { items: TPayment[]; nextCursor: string | null }; pageSize: number }) {
  const t = useTranslations('Payments');
  const tm = useTranslations('Money');
  const tProblems = useTranslations('Problems');
  const locale = useLocale();
  const [items, setItems] = useState(initial.items);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadMore() {
    if (!cursor) return;
    setLoading(true);
    setError(null);
    const result = await settle(api.GET('/api/v1/me/payments', { params: { query: { limit: pageSize, cursor } } }));
    setLoading(false);
    if (!result.ok) {
      setError(problemMessage(result.problem, tProblems));
      return;
    }
    setItems((list) => [...list, ...result.data.items]);
    setCursor(result.data.nextCursor);
  }

  if (items.length === 0) return <p className="text-sm text-slate-600">{t('empty')}</p>;

  const view = (payment: TPayment) => {
    const date = formatPortable(payment.createdAt, locale, 'dateTimeShort');
    return {
      date,
      plan: payment.plan ? payment.plan.name[locale === 'tg' ? 'tg' : 'ru'] : t('topUp'),
      amount: tm('amount', { amount: formatSomoni(payment.amount, locale) }),
      method: t(`methods.${paymentMethodKey(payment.method)}`),
      transaction: payment.transactionId ? (
        <span className="block text-xs break-all text-slate-500">
          <span className="sr-only">{t('transactionId')}: </span>
          <span className="font-mono">{payment.transactionId}</span>
        </span>
      ) : null,
      // A receipt for money that moved: paid, or paid and later returned.
      receipt:
        payment.status === 'succeeded' || payment.status === 'refunded' ? (
          <Link
            href={`/payments/${payment.id}/receipt`}
            aria-label={t('receiptLabel', { date })}
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline-offset-2 hover:underline sm:min-h-0"
          >
            {t('receipt')}
          </Link>
        ) : null,
      status: (
        <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${statusTones[payment.status]}`}>
          {t(`statuses.${payment.status}`)}
        </span>
      ),
    };
  };

  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-200 sm:hidden" aria-label={t('title')}>
        {items.map((payment) => {
          const row = view(payment);
          return (
            <li key={payment.id} className="py-3 first:pt-0">
              <div className="flex items-start justify-between gap-3">
                <p className="font-semibold text-slate-900">{row.plan}</p>
                <p className="font-semibold whitespace-nowrap text-slate-900">{row.amount}</p>
              </div>
              <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
                <span>{row.date}</span>
                <span aria-hidden="true">·</span>
                <span>{row.method}</span>
                {row.status}
              </div>
              {row.transaction ? <p className="mt-1">{row.transaction}</p> : null}
              {row.receipt}
            </li>
          );
        })}
      </ul>
      <table className="hidden w-full border-collapse text-left text-sm sm:table">
        <thead>
          <tr className="border-b border-slate-200 text-slate-500">
            <th scope="col" className="py-2 pr-3 font-semibold">
              {t('date')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('plan')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              {t('amount')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('method')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('status')}
            </th>
            <th scope="col" className="py-2 pl-3 font-semibold">
              <span className="sr-only">{t('receipt')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((payment) => {
            const row = view(payment);
            return (
              <tr key={payment.id} className="border-b border-slate-100 last:border-0">
                <td className="py-2.5 pr-3 text-slate-700">{row.date}</td>
                <td className="px-3 py-2.5 font-medium text-slate-900">{row.plan}</td>
                <td className="px-3 py-2.5 text-right whitespace-nowrap text-slate-900">{row.amount}</td>
                <td className="px-3 py-2.5 text-slate-700">
                  {row.method}
                  {row.transaction}
                </td>
                <td className="px-3 py-2.5">{row.status}</td>
                <td className="py-2.5 pl-3 text-right">{row.receipt}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {error ? <FormNotice tone="error">{error}</FormNotice> : null}
      {cursor ? (
        <button type="button" className={`${smallButton} w-full sm:w-auto`} disabled={loading} onClick={() => void loadMore()}>
          {loading ? t('loading') : t('more')}
        </button>
      ) : null}
    </div>
  );
}
