'use client';

import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { TPayment } from '@dastiyor/contracts';
import { Link, useRouter } from '@/i18n/navigation';
import { api, settle } from '@/lib/api-client';
import { formatPortable } from '@/lib/portable-date';
import { primaryButton, secondaryButton } from '@/components/ui/button-styles';
import { usePaymentDescriber } from './payment-view';

// The API asks the bank at most every 5 s; a first look soon after arriving, then less often.
const firstDelayMs = 3000;
const maxDelayMs = 10_000;
const giveUpAfterMs = 3 * 60_000;

/**
 * Polls a pending payment until the bank's outcome is known or three minutes have passed. `round` restarts
 * the loop (the "check again" button). A refused check (a blip, 429) just waits for the next one.
 */
function usePaymentOutcome(paymentId: string, initial: TPayment | null) {
  const router = useRouter();
  const [payment, setPayment] = useState(initial);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const [gaveUp, setGaveUp] = useState(false);
  const [round, setRound] = useState(0);
  const settled = payment !== null && payment.status !== 'pending';

  useEffect(() => {
    if (settled) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const started = Date.now();
    let delay = firstDelayMs;
    async function check() {
      const result = await settle(api.GET('/api/v1/me/payments/{paymentId}', { params: { path: { paymentId } } }));
      if (cancelled) return;
      setCheckedAt(new Date());
      if (result.ok) {
        setPayment(result.data);
        if (result.data.status !== 'pending') return;
      } else if (result.problem.status === 404) {
        // Not theirs or not at all (the server could not tell on the first render): the page 404s now.
        router.refresh();
        return;
      }
      delay = Math.min(maxDelayMs, Math.round(delay * 1.5));
      if (Date.now() - started + delay > giveUpAfterMs) {
        setGaveUp(true);
        return;
      }
      timer = setTimeout(() => void check(), delay);
    }
    // Without a first answer (the API was slow on the server) look at once; otherwise give the bank a moment.
    timer = setTimeout(() => void check(), round === 0 && initial === null ? 0 : delay);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [paymentId, settled, round, initial, router]);

  function checkAgain() {
    setGaveUp(false);
    setRound((n) => n + 1);
  }

  return { payment, checkedAt, gaveUp, checkAgain };
}

function Facts({ payment }: { payment: TPayment }) {
  const t = useTranslations('PaymentReturn');
  const view = usePaymentDescriber()(payment);
  const facts = [
    { label: t('amount'), value: view.amount },
    { label: t('purpose'), value: view.purpose },
    { label: t('method'), value: view.method },
    { label: t('date'), value: view.paidAt ?? view.createdAt },
  ];
  return (
    <dl className="grid gap-3 border-t border-slate-200 pt-4 text-sm sm:grid-cols-2">
      {facts.map((fact) => (
        <div key={fact.label} className="min-w-0">
          <dt className="text-slate-500">{fact.label}</dt>
          <dd className="font-medium break-words text-slate-900">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Spinner() {
  return (
    <span
      aria-hidden="true"
      className="inline-block size-5 shrink-0 animate-spin rounded-full border-2 border-brand-200 border-t-brand-700"
    />
  );
}

const tones = {
  pending: 'bg-slate-100 text-slate-700',
  succeeded: 'bg-emerald-100 text-emerald-900',
  failed: 'bg-red-100 text-red-800',
  refunded: 'bg-amber-100 text-amber-900',
} as const;

/** What the payer sees back from the bank's page: the outcome, or a live "confirming" while the bank decides. */
export function PaymentReturn({ paymentId, initial }: { paymentId: string; initial: TPayment | null }) {
  const t = useTranslations('PaymentReturn');
  const tp = useTranslations('Payments');
  const locale = useLocale();
  const { payment, checkedAt, gaveUp, checkAgain } = usePaymentOutcome(paymentId, initial);
  const status = payment?.status ?? 'pending';
  const describe = usePaymentDescriber();
  const view = payment ? describe(payment) : null;

  let title: string;
  let text: string;
  if (status === 'succeeded') {
    title = view?.planName ? t('succeeded.planTitle', { plan: view.planName }) : t('succeeded.topUpTitle', { amount: view?.amount ?? '' });
    text = view?.planName ? t('succeeded.planText') : t('succeeded.topUpText');
  } else if (status === 'failed') {
    title = t('failed.title');
    text = t('failed.text');
  } else if (status === 'refunded') {
    title = t('refunded.title');
    text = t('refunded.text');
  } else {
    title = gaveUp ? t('pending.slowTitle') : t('pending.title');
    text = gaveUp ? t('pending.slowText') : t('pending.text');
  }
  const receipt = payment && (status === 'succeeded' || status === 'refunded');

  return (
    <div className="space-y-5 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div aria-live="polite" className="space-y-2">
        <p className="flex items-center gap-2">
          <span className={`rounded-full px-2.5 py-1 text-sm font-semibold ${tones[status]}`}>{tp(`statuses.${status}`)}</span>
          {status === 'pending' && !gaveUp ? <Spinner /> : null}
        </p>
        <h1 className="text-xl font-bold break-words text-slate-900 sm:text-2xl">{title}</h1>
        <p className="text-slate-700">{text}</p>
      </div>
      {status === 'pending' && checkedAt ? (
        <p className="text-sm text-slate-500">{t('pending.checkedAt', { time: formatPortable(checkedAt, locale, 'time') })}</p>
      ) : null}
      {payment ? <Facts payment={payment} /> : null}
      <div className="flex flex-col gap-3 sm:flex-row">
        {status === 'failed' ? (
          <Link href="/subscription" className={`${primaryButton} flex-1`}>
            {t('failed.retry')}
          </Link>
        ) : (
          <Link href="/subscription" className={`${status === 'pending' ? secondaryButton : primaryButton} flex-1`}>
            {t('toSubscription')}
          </Link>
        )}
        {status === 'pending' && gaveUp ? (
          <button type="button" className={`${primaryButton} flex-1`} onClick={checkAgain}>
            {t('pending.checkAgain')}
          </button>
        ) : null}
        {receipt ? (
          <Link href={`/payments/${payment.id}/receipt`} className={`${secondaryButton} flex-1`}>
            {t('receipt')}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
