'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Link, useRouter } from '@/i18n/navigation';
import { api, settle } from '@/lib/api-client';
import { problemMessage } from '@/lib/problem-messages';
import { formatSomoni } from '@/lib/money';
import type { SandboxPayment } from '@/lib/subscription-api';
import { FormNotice } from '@/components/account/form-controls';
import { primaryButton, secondaryButton } from '@/components/ui/button-styles';

type Outcome = 'success' | 'fail';

/**
 * The sandbox acquirer's page: the payer's Pay or Decline becomes a signed webhook (the API sends it), then
 * the payer is sent back to the subscription page with the outcome, as a real acquirer's return URL would.
 */
export function SandboxCheckout({ payment }: { payment: SandboxPayment }) {
  const t = useTranslations('SandboxPayment');
  const tm = useTranslations('Money');
  const tProblems = useTranslations('Problems');
  const locale = useLocale();
  const router = useRouter();
  const [sending, setSending] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const purpose = payment.plan ? t('descriptionValue', { plan: payment.plan.name[locale === 'tg' ? 'tg' : 'ru'] }) : t('topUpValue');

  async function complete(outcome: Outcome) {
    setSending(outcome);
    setError(null);
    const completion = { params: { path: { paymentId: payment.id } }, body: { outcome } };
    const result = await settle(api.POST('/api/v1/payments/sandbox/{paymentId}/complete', completion));
    if (!result.ok) {
      setSending(null);
      setError(problemMessage(result.problem, tProblems));
      return;
    }
    const settled = result.data.status === 'succeeded' ? 'succeeded' : 'failed';
    // A plan's outcome and a top-up's read differently on the subscription page.
    router.push({ pathname: '/subscription', query: payment.plan ? { payment: settled } : { topUp: settled } });
  }

  // Already paid or declined (a second tab, the back button): say so instead of offering the buttons again.
  const settledStatus = payment.status === 'pending' ? null : payment.status;
  return (
    <div className="overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm">
      <p role="note" className="border-b border-amber-200 bg-amber-50 px-4 py-3 text-sm font-medium text-amber-900">
        {t('banner')}
      </p>
      <div className="space-y-5 p-4 sm:p-6">
        <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{t('title')}</h1>
        <dl className="space-y-3">
          <div>
            <dt className="text-sm text-slate-500">{t('amount')}</dt>
            <dd className="text-3xl font-bold text-slate-900">{tm('amount', { amount: formatSomoni(payment.amount, locale) })}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-500">{t('description')}</dt>
            <dd className="font-medium text-slate-900">{purpose}</dd>
          </div>
        </dl>
        {settledStatus === null ? (
          <div className="flex flex-col gap-3 sm:flex-row">
            <button
              type="button"
              className={`${primaryButton} flex-1 disabled:cursor-wait disabled:opacity-70`}
              disabled={sending !== null}
              onClick={() => void complete('success')}
            >
              {sending === 'success' ? t('paying') : t('pay')}
            </button>
            <button
              type="button"
              className={`${secondaryButton} flex-1 disabled:cursor-wait disabled:opacity-70`}
              disabled={sending !== null}
              onClick={() => void complete('fail')}
            >
              {sending === 'fail' ? t('declining') : t('decline')}
            </button>
          </div>
        ) : (
          <FormNotice tone="info">{t(`settled.${settledStatus}`)}</FormNotice>
        )}
        {error ? <FormNotice tone="error">{error}</FormNotice> : null}
        {settledStatus === null ? null : (
          <Link href="/subscription" className={`${secondaryButton} w-full`}>
            {t('back')}
          </Link>
        )}
      </div>
    </div>
  );
}
