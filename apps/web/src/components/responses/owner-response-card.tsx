'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TTaskResponse } from '@dastiyor/contracts';
import { useRouter } from '@/i18n/navigation';
import { api, settle } from '@/lib/api-client';
import type { ApiCallResult } from '@/lib/problem-client';
import { dangerButton, FormNotice, inputClass, smallButton } from '@/components/account/form-controls';
import { useProblemText } from '@/components/account/use-problem-text';
import { primaryButton } from '@/components/ui/button-styles';
import { ProviderSummary } from './provider-summary';
import { ResponseFigures } from './response-figures';
import { ResponseStatusBadge } from './response-status-badge';

type Step = 'idle' | 'confirmSelect' | 'reject';

/** One response in the customer's list: who, how much, how long, what they say; choose or turn down. */
export function OwnerResponseCard({ response, canDecide }: { response: TTaskResponse; canDecide: boolean }) {
  const t = useTranslations('Responses.owner');
  const text = useProblemText();
  const router = useRouter();
  const reasonId = useId();
  const [step, setStep] = useState<Step>('idle');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const outcome = response.status === 'rejected' && response.rejectReason === null ? 'not_chosen' : response.status;
  const pending = response.status === 'pending';

  async function run(call: () => Promise<ApiCallResult<unknown>>) {
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    if (!result.ok) {
      setError(text.problem(result.problem));
      return;
    }
    setStep('idle');
    router.refresh();
  }

  const path = { id: response.id };
  const select = () => run(() => settle(api.POST('/api/v1/responses/{id}/select', { params: { path } })));
  const reject = () =>
    run(() =>
      settle(api.POST('/api/v1/responses/{id}/reject', { params: { path }, body: reason.trim() ? { reason: reason.trim() } : {} })),
    );

  return (
    <article
      className={`space-y-3 rounded-xl border p-4 ${response.provider.premium ? 'border-amber-300 bg-amber-50/60 ring-1 ring-amber-200' : 'border-slate-200 bg-white'}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <ProviderSummary provider={response.provider} />
        {pending ? null : <ResponseStatusBadge outcome={outcome} />}
      </div>
      <ResponseFigures price={response.price} etaMinutes={response.etaMinutes} />
      <p className="text-sm break-words whitespace-pre-line text-slate-800">{response.comment}</p>
      {response.status === 'rejected' && response.rejectReason ? (
        <p className="text-sm text-slate-600">
          {t('yourReason')} {response.rejectReason}
        </p>
      ) : null}
      {error ? <FormNotice tone="error">{error}</FormNotice> : null}
      {canDecide && pending && step === 'idle' ? (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={`${primaryButton} min-h-10 px-4 py-2 text-sm`} onClick={() => setStep('confirmSelect')}>
            {t('select')}
          </button>
          <button type="button" className={smallButton} onClick={() => setStep('reject')}>
            {t('reject')}
          </button>
        </div>
      ) : null}
      {canDecide && pending && step === 'confirmSelect' ? (
        <div className="space-y-2 rounded-lg border border-brand-200 bg-white p-3">
          <p className="text-sm text-slate-800">{t('selectConfirm', { name: response.provider.name })}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" disabled={busy} className={`${primaryButton} min-h-10 px-4 py-2 text-sm`} onClick={select}>
              {busy ? t('selecting') : t('selectYes')}
            </button>
            <button type="button" disabled={busy} className={smallButton} onClick={() => setStep('idle')}>
              {t('back')}
            </button>
          </div>
        </div>
      ) : null}
      {canDecide && pending && step === 'reject' ? (
        <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
          <label htmlFor={reasonId} className="block text-sm font-semibold text-slate-800">
            {t('reasonLabel')}
          </label>
          <textarea
            id={reasonId}
            rows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            className={inputClass}
          />
          <div className="flex flex-wrap gap-2">
            <button type="button" disabled={busy} className={dangerButton} onClick={reject}>
              {busy ? t('rejecting') : t('rejectYes')}
            </button>
            <button type="button" disabled={busy} className={smallButton} onClick={() => setStep('idle')}>
              {t('back')}
            </button>
          </div>
        </div>
      ) : null}
    </article>
  );
}
