'use client';

import { type FormEvent, useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { reviewLimits } from '@dastiyor/contracts/values';
import { useRouter } from '@/i18n/navigation';
import { idempotentApi, settle } from '@/lib/api-client';
import { type ClientProblem, fieldErrorFor } from '@/lib/problem-client';
import { describedBy, Field, FormNotice, inputClass } from '@/components/account/form-controls';
import { useProblemText } from '@/components/account/use-problem-text';
import { primaryButton } from '@/components/ui/button-styles';

/** 1–5 stars and a few words about the selected provider, once the task is completed; no edit afterwards. */
export function ReviewForm({ taskId, providerName }: { taskId: string; providerName: string }) {
  const t = useTranslations('Responses.review');
  const text = useProblemText();
  const router = useRouter();
  const id = useId();
  const [rating, setRating] = useState(0);
  const [reviewText, setReviewText] = useState('');
  const [errors, setErrors] = useState<{ rating?: string; text?: string }>({});
  const [problem, setProblem] = useState<ClientProblem | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: { rating?: string; text?: string } = {};
    if (rating < 1) local.rating = t('ratingRequired');
    if (reviewText.trim().length < reviewLimits.textMin) local.text = t('textShort', { min: reviewLimits.textMin });
    setErrors(local);
    setProblem(null);
    if (local.rating || local.text) return;
    setSending(true);
    const review = { params: { path: { id: taskId } }, body: { rating, text: reviewText.trim() } };
    const result = await settle(idempotentApi.POST('/api/v1/tasks/{id}/review', review));
    setSending(false);
    if (!result.ok) {
      const textCode = fieldErrorFor(result.problem.fieldErrors, 'text');
      if (textCode) setErrors({ text: text.field(textCode) });
      else setProblem(result.problem);
      return;
    }
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <fieldset aria-describedby={errors.rating ? `${id}-rating-error` : undefined}>
        <legend className="mb-1.5 block text-sm font-semibold text-slate-800">{t('ratingLegend', { name: providerName })}</legend>
        <div className="flex gap-1">
          {[1, 2, 3, 4, 5].map((star) => (
            <label key={star} className="cursor-pointer">
              <input
                type="radio"
                name="rating"
                value={star}
                checked={rating === star}
                onChange={() => {
                  setRating(star);
                  // The error was about no rating: gone as soon as there is one (issue 19, item 9).
                  setErrors((shown) => ({ ...shown, rating: undefined }));
                }}
                className="peer sr-only"
              />
              <span className="sr-only">{t('stars', { count: star })}</span>
              <span
                aria-hidden="true"
                className={`flex size-11 items-center justify-center rounded-lg text-3xl leading-none peer-focus-visible:outline-2 peer-focus-visible:outline-brand-600 ${
                  star <= rating ? 'text-amber-500' : 'text-slate-300'
                }`}
              >
                ★
              </span>
            </label>
          ))}
        </div>
        {errors.rating ? (
          <p id={`${id}-rating-error`} className="mt-1.5 text-sm font-medium text-red-700">
            {errors.rating}
          </p>
        ) : null}
      </fieldset>
      <Field id={`${id}-text`} label={t('text')} error={errors.text}>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={4}
          maxLength={reviewLimits.textMax}
          value={reviewText}
          onChange={(e) => {
            setReviewText(e.target.value);
            // Shown for the text as it was; once it is long enough the note would only mislead.
            if (e.target.value.trim().length >= reviewLimits.textMin) setErrors((shown) => ({ ...shown, text: undefined }));
          }}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy(`${id}-text`, { error: errors.text })}
          className={inputClass}
        />
      </Field>
      {problem ? <FormNotice tone="error">{text.problem(problem)}</FormNotice> : null}
      <button type="submit" disabled={sending} className={`${primaryButton} disabled:cursor-wait disabled:opacity-70`}>
        {sending ? t('sending') : t('submit')}
      </button>
    </form>
  );
}
