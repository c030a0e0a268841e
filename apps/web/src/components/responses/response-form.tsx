'use client';

import { type FormEvent, useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { type TResponse } from '@dastiyor/contracts';
import { responseLimits } from '@dastiyor/contracts/values';
import { Link, useRouter } from '@/i18n/navigation';
import { api, idempotentApi, settle } from '@/lib/api-client';
import { type ClientProblem, fieldErrorFor } from '@/lib/problem-client';
import { diramOf, type EtaUnit, etaFieldsOf, etaMinutesOf, etaUnits } from '@/lib/responses-eta';
import { describedBy, Field, FormNotice, inputClass, smallButton } from '@/components/account/form-controls';
import { useProblemText } from '@/components/account/use-problem-text';
import { primaryButton } from '@/components/ui/button-styles';

type Fields = 'comment' | 'price' | 'etaMinutes';

interface Props {
  taskId: string;
  /** Editing this pending response; without it the form creates one. */
  editing?: TResponse;
  onCancel?: () => void;
}

/** Respond to a task (comment, price in somoni, estimate in hours or days), or edit a pending response. */
export function ResponseForm({ taskId, editing, onCancel }: Props) {
  const t = useTranslations('Responses.form');
  const text = useProblemText();
  const router = useRouter();
  const id = useId();
  const initialEta = editing ? etaFieldsOf(editing.etaMinutes) : { amount: '', unit: 'hours' as EtaUnit };
  const [comment, setComment] = useState(editing?.comment ?? '');
  const [price, setPrice] = useState(editing ? String(editing.price / 100) : '');
  const [etaAmount, setEtaAmount] = useState(initialEta.amount);
  const [etaUnit, setEtaUnit] = useState<EtaUnit>(initialEta.unit);
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [problem, setProblem] = useState<ClientProblem | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const diram = diramOf(price);
    const etaMinutes = etaMinutesOf(etaAmount, etaUnit);
    const local: Partial<Record<Fields, string>> = {};
    if (comment.trim().length < responseLimits.commentMin) local.comment = t('commentShort', { min: responseLimits.commentMin });
    if (diram === null) local.price = t('priceInvalid');
    if (etaMinutes === null) local.etaMinutes = t('etaInvalid');
    setErrors(local);
    setProblem(null);
    if (diram === null || etaMinutes === null || Object.keys(local).length > 0) return;
    setSending(true);
    const body = { comment: comment.trim(), price: diram, etaMinutes };
    const result = editing
      ? await settle(api.PATCH('/api/v1/responses/{id}', { params: { path: { id: editing.id } }, body }))
      : await settle(idempotentApi.POST('/api/v1/tasks/{id}/responses', { params: { path: { id: taskId } }, body }));
    setSending(false);
    if (!result.ok) {
      const placed: Partial<Record<Fields, string>> = {};
      for (const field of ['comment', 'price', 'etaMinutes'] as const) {
        const code = fieldErrorFor(result.problem.fieldErrors, field);
        if (code) placed[field] = field === 'price' ? t('priceRange') : text.field(code);
      }
      setErrors(placed);
      if (Object.keys(placed).length === 0) setProblem(result.problem);
      return;
    }
    onCancel?.();
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="@container space-y-4">
      <Field id={`${id}-comment`} label={t('comment')} hint={t('commentHint')} error={errors.comment}>
        <textarea
          id={`${id}-comment`}
          name="comment"
          rows={4}
          maxLength={responseLimits.commentMax}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={describedBy(`${id}-comment`, { hint: true, error: errors.comment })}
          className={inputClass}
        />
      </Field>
      {/* Side by side only when the form itself is wide enough, whatever the viewport. */}
      <div className="grid gap-4 @md:grid-cols-2">
        <Field id={`${id}-price`} label={t('price')} error={errors.price}>
          <input
            id={`${id}-price`}
            name="price"
            inputMode="decimal"
            autoComplete="off"
            value={price}
            onChange={(e) => setPrice(e.target.value)}
            aria-invalid={errors.price ? true : undefined}
            aria-describedby={describedBy(`${id}-price`, { error: errors.price })}
            className={inputClass}
          />
        </Field>
        <Field id={`${id}-eta`} label={t('estimate')} error={errors.etaMinutes}>
          {/* The number takes the room and the unit what its words need: a full-width select left the number 26 px. */}
          <div className="grid grid-cols-[minmax(4rem,1fr)_auto] gap-2">
            <input
              id={`${id}-eta`}
              name="etaAmount"
              inputMode="decimal"
              autoComplete="off"
              value={etaAmount}
              onChange={(e) => setEtaAmount(e.target.value)}
              aria-invalid={errors.etaMinutes ? true : undefined}
              aria-describedby={describedBy(`${id}-eta`, { error: errors.etaMinutes })}
              className={inputClass}
            />
            <select
              name="etaUnit"
              aria-label={t('estimateUnit')}
              value={etaUnit}
              onChange={(e) => setEtaUnit(e.target.value as EtaUnit)}
              className={inputClass}
            >
              {etaUnits.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`units.${unit}`)}
                </option>
              ))}
            </select>
          </div>
        </Field>
      </div>
      {problem ? (
        <FormNotice tone="error">
          {problem.code === 'subscriptions.required' ? (
            <>
              {t('subscriptionRequired')}{' '}
              <Link href="/subscription" className="font-semibold underline">
                {t('subscriptionLink')}
              </Link>
            </>
          ) : (
            text.problem(problem)
          )}
        </FormNotice>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={sending} className={`${primaryButton} disabled:cursor-wait disabled:opacity-70`}>
          {sending ? t('sending') : editing ? t('save') : t('submit')}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} className={`${smallButton} min-h-11`}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
