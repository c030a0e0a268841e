'use client';

import { useTranslations } from 'next-intl';
import { FormNotice } from '@/components/account/form-controls';
import { PaymentMethodChoice } from './payment-method-choice';
import { usePaymentOptions } from './payment-options';

/** Above the plan cards: how every card's buy button pays, or why there is nothing to pay with yet. */
export function PlanMethodPicker({ unreadable }: { unreadable: boolean }) {
  const t = useTranslations('Payments');
  const { methods, planMethod, setPlanMethod } = usePaymentOptions();
  if (methods.length === 0) return <FormNotice tone="info">{unreadable ? t('methodsUnavailable') : t('methodsNone')}</FormNotice>;
  return (
    <div className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <PaymentMethodChoice methods={methods} value={planMethod} onChange={setPlanMethod} />
    </div>
  );
}
