'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TResponse } from '@dastiyor/contracts';
import { useRouter } from '@/i18n/navigation';
import { api, settle } from '@/lib/api-client';
import { dangerButton, FormNotice, smallButton } from '@/components/account/form-controls';
import { useProblemText } from '@/components/account/use-problem-text';
import { ResponseFigures } from './response-figures';
import { ResponseForm } from './response-form';
import { ResponseStatusBadge } from './response-status-badge';

/** The provider's own response: edit or withdraw it while the API says it can change (pending, task open). */
export function OwnResponseCard({ response, changeable }: { response: TResponse; changeable: boolean }) {
  const t = useTranslations('Responses.own');
  const text = useProblemText();
  const router = useRouter();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirmWithdraw'>('view');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A rejection without a reason is the customer choosing someone else.
  const outcome = response.status === 'rejected' && response.rejectReason === null ? 'not_chosen' : response.status;

  async function withdraw() {
    setBusy(true);
    setError(null);
    const result = await settle(api.DELETE('/api/v1/responses/{id}', { params: { path: { id: response.id } } }));
    setBusy(false);
    if (!result.ok) {
      setError(text.problem(result.problem));
      return;
    }
    setMode('view');
    router.refresh();
  }

  if (mode === 'edit') return <ResponseForm taskId={response.taskId} editing={response} onCancel={() => setMode('view')} />;

  return (
    <div className="space-y-3 rounded-xl border border-brand-200 bg-brand-50/40 p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{t('title')}</h3>
        <ResponseStatusBadge outcome={outcome} />
      </div>
      <ResponseFigures price={response.price} etaMinutes={response.etaMinutes} />
      <p className="text-sm break-words whitespace-pre-line text-slate-800">{response.comment}</p>
      {outcome === 'rejected' && response.rejectReason ? (
        <p className="text-sm text-slate-700">
          <span className="font-semibold">{t('rejectReason')}</span> {response.rejectReason}
        </p>
      ) : null}
      {outcome === 'not_chosen' ? <p className="text-sm text-slate-700">{t('notChosen')}</p> : null}
      {outcome === 'withdrawn' ? <p className="text-sm text-slate-700">{t('withdrawnNote')}</p> : null}
      {error ? <FormNotice tone="error">{error}</FormNotice> : null}
      {changeable && mode === 'view' ? (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={smallButton} onClick={() => setMode('edit')}>
            {t('edit')}
          </button>
          <button type="button" className={dangerButton} onClick={() => setMode('confirmWithdraw')}>
            {t('withdraw')}
          </button>
        </div>
      ) : null}
      {changeable && mode === 'confirmWithdraw' ? (
        <div className="space-y-2 rounded-lg border border-red-200 bg-white p-3">
          <p className="text-sm text-slate-800">{t('withdrawConfirm')}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={dangerButton} disabled={busy} onClick={withdraw}>
              {busy ? t('withdrawing') : t('withdrawYes')}
            </button>
            <button type="button" className={smallButton} disabled={busy} onClick={() => setMode('view')}>
              {t('keep')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
