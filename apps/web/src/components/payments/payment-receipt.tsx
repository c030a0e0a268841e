import { useTranslations } from 'next-intl';
import type { TPayment } from '@dastiyor/contracts';
import { usePaymentDescriber } from './payment-view';

/** The receipt itself: one column of label and value, plain enough to print in black and white. */
export function PaymentReceipt({ payment, merchant }: { payment: TPayment; merchant: string }) {
  const t = useTranslations('Receipt');
  const view = usePaymentDescriber()(payment);
  const rows: Array<{ key: string; label: string; value: string; mono?: boolean }> = [
    { key: 'merchant', label: t('merchant'), value: merchant },
    { key: 'payment', label: t('paymentId'), value: payment.id, mono: true },
    { key: 'paidAt', label: t('paidAt'), value: view.paidAt ?? view.createdAt },
    { key: 'purpose', label: t('purpose'), value: view.purpose },
    { key: 'method', label: t('method'), value: view.method },
    { key: 'transaction', label: t('transactionId'), value: payment.transactionId ?? t('none'), mono: payment.transactionId !== null },
    { key: 'status', label: t('status'), value: view.status },
  ];
  return (
    <div>
      <dl className="divide-y divide-slate-200 text-sm">
        {rows.map((row) => (
          <div key={row.key} className="grid gap-0.5 py-2.5 sm:grid-cols-[12rem_1fr] sm:gap-4">
            <dt className="text-slate-500">{row.label}</dt>
            <dd className={`break-words text-slate-900 ${row.mono ? 'font-mono text-[0.8125rem] break-all' : 'font-medium'}`}>
              {row.value}
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 flex items-baseline justify-between gap-4 border-t-2 border-slate-900 pt-3">
        <span className="text-base font-semibold text-slate-900">{t('total')}</span>
        <span className="text-2xl font-bold whitespace-nowrap text-slate-900">{view.amount}</span>
      </div>
    </div>
  );
}
