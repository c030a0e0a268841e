'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ClientProblem } from '@/lib/problem-client';
import { describeFailure, type FieldMessageKey, type FormFeedback } from '@/lib/problem-messages';

/**
 * Field errors and the form alert, in the page's language. After a failed submit the first invalid field
 * takes the focus, so a person on a phone lands where the fix is.
 */
export function useFormFeedback<F extends string>(shownFields: readonly F[]) {
  const t = useTranslations('Problems');
  const [feedback, setFeedback] = useState<FormFeedback<F>>({ fields: {}, alert: null });
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const show = (next: FormFeedback<F>) => {
    setFeedback(next);
    setFocusRequest((n) => n + 1);
  };

  return {
    formRef,
    fieldErrors: feedback.fields,
    alert: feedback.alert,
    clear: () => setFeedback({ fields: {}, alert: null }),
    /** Forget the error of one field once the person edits it. */
    clearField: (field: F) =>
      setFeedback((current) => (current.fields[field] ? { ...current, fields: { ...current.fields, [field]: undefined } } : current)),
    showFailure: (failure: ClientProblem) => show(describeFailure(failure, t, shownFields)),
    /** Results of the checks made in the browser; true when there was something to show. */
    showChecks: (failed: Partial<Record<F, FieldMessageKey>>): boolean => {
      const entries = Object.entries(failed) as Array<[F, FieldMessageKey]>;
      if (entries.length === 0) return false;
      show({
        fields: Object.fromEntries(entries.map(([field, key]) => [field, t(`fields.${key}`)])) as Partial<Record<F, string>>,
        alert: null,
      });
      return true;
    },
  };
}
