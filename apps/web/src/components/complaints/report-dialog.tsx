'use client';

import { useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { type TComplaintReason, type TComplaintTargetType } from '@dastiyor/contracts';
import { ComplaintReason, complaintLimits } from '@dastiyor/contracts/values';
import { useProblemText } from '@/components/account/use-problem-text';
import { inputClass, smallButton } from '@/components/account/form-controls';
import { sendComplaint } from '@/lib/complaints-api';
import type { ClientProblem } from '@/lib/problem-client';

type State = { step: 'form' } | { step: 'sending' } | { step: 'done' } | { step: 'failed'; problem: ClientProblem };

/**
 * "Report" and a small dialog: reason, optional details, send. Shown only to signed-in people on content that is
 * not their own (the page decides; the API refuses anything else anyway). `compact` is the chat bubble's size.
 */
export function ReportDialog({
  targetType,
  targetId,
  compact = false,
}: {
  targetType: TComplaintTargetType;
  targetId: string;
  compact?: boolean;
}) {
  const t = useTranslations('Complaints');
  const { problem } = useProblemText();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [reason, setReason] = useState<TComplaintReason>('spam');
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ step: 'form' });

  const open = () => {
    if (state.step !== 'done') setState({ step: 'form' });
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setState({ step: 'sending' });
    const result = await sendComplaint({ targetType, targetId, reason, ...(text.trim() ? { text: text.trim() } : {}) });
    setState(result.ok ? { step: 'done' } : { step: 'failed', problem: result.problem });
  };

  const failure = (p: ClientProblem): string => {
    if (p.code === 'complaints.already_reported') return t('errors.already');
    if (p.code === 'rate_limited') return t('errors.tooMany', { minutes: Math.max(1, Math.ceil((p.retryAfter ?? 3600) / 60)) });
    if (p.code === 'not_found') return t('errors.gone');
    if (p.fieldErrors.targetId === 'own_content') return t('errors.own');
    return problem(p);
  };

  return (
    <>
      <button
        type="button"
        onClick={open}
        className={
          compact
            ? 'text-[11px] font-medium text-slate-500 underline-offset-2 hover:text-red-700 hover:underline'
            : 'inline-flex min-h-10 items-center gap-1.5 text-sm font-semibold text-slate-600 underline-offset-2 hover:text-red-700 hover:underline'
        }
        aria-haspopup="dialog"
      >
        <span aria-hidden="true">⚑</span> {t(`button.${targetType}`)}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <div className="p-4 sm:p-6">
          <h2 id={`${id}-title`} className="text-lg font-bold">
            {t(`title.${targetType}`)}
          </h2>
          {state.step === 'done' ? (
            <div className="mt-3 space-y-4">
              <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2.5 text-sm text-emerald-900">
                {t('thanks')}
              </p>
              <button type="button" onClick={close} className={smallButton}>
                {t('close')}
              </button>
            </div>
          ) : (
            <form onSubmit={submit} className="mt-3 space-y-4">
              <fieldset>
                <legend className="mb-1.5 text-sm font-semibold text-slate-800">{t('reasonLabel')}</legend>
                <div className="space-y-1">
                  {ComplaintReason.map((r) => (
                    <label key={r} className="flex min-h-10 items-center gap-2 text-base">
                      <input
                        type="radio"
                        name={`${id}-reason`}
                        value={r}
                        checked={reason === r}
                        onChange={() => setReason(r)}
                        className="size-4"
                      />
                      {t(`reasons.${r}`)}
                    </label>
                  ))}
                </div>
              </fieldset>
              <div>
                <label htmlFor={`${id}-text`} className="mb-1.5 block text-sm font-semibold text-slate-800">
                  {t('textLabel')}
                </label>
                <textarea
                  id={`${id}-text`}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  maxLength={complaintLimits.textMax}
                  rows={3}
                  className={inputClass}
                  placeholder={t('textPlaceholder')}
                />
              </div>
              {state.step === 'failed' ? (
                <p role="alert" className="text-sm font-medium text-red-700">
                  {failure(state.problem)}
                </p>
              ) : null}
              <div className="flex flex-wrap gap-2">
                <button
                  type="submit"
                  disabled={state.step === 'sending'}
                  className="inline-flex min-h-10 items-center justify-center rounded-lg bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
                >
                  {state.step === 'sending' ? t('sending') : t('send')}
                </button>
                <button type="button" onClick={close} className={smallButton}>
                  {t('cancel')}
                </button>
              </div>
            </form>
          )}
        </div>
      </dialog>
    </>
  );
}
