import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PaymentPurpose, PaymentStatus } from '@dastiyor/contracts/values';
import { smallButton } from '@/components/account/form-controls';
import {
  FilterField,
  FilterForm,
  filterInput,
  formatDushanbe,
  one,
  PersonCell,
  StatusBadge,
} from '@/components/admin/billing/billing-bits';
import { PagingLinks } from '@/components/admin/paging-links';
import { ReasonAction } from '@/components/admin/billing/reason-action';
import { Notice } from '@/components/ui/notice';
import { fetchAdminPayments, paymentFilterKeys, paymentsKeys, queryOf } from '@/lib/admin-reports-api';
import { resolveLocaleParam } from '@/lib/locale-param';
import { formatSomoni } from '@/lib/money';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Admin.billing.payments' });
  return { title: t('title') };
}

/** /admin/payments: every payment with filters, a page at a time, the same filters as CSV, and refunds. */
export default async function AdminPaymentsPage({ params, searchParams }: Props) {
  await resolveLocaleParam(params);
  const t = await getTranslations('Admin.billing.payments');
  const tb = await getTranslations('Admin.billing');
  const tm = await getTranslations('Money');
  const locale = await getLocale();
  const lang = locale === 'tg' ? 'tg' : 'ru';
  const query = await searchParams;
  const list = await fetchAdminPayments(queryOf(query, paymentsKeys));
  const filters = Object.fromEntries(paymentFilterKeys.map((k) => [k, one(query[k])]));
  const kept = Object.fromEntries(Object.entries(filters).filter(([, v]) => v));

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{t('title')}</h1>
        {/* A plain link: the browser downloads what the API streams, with the session cookie. */}
        <a href={`/api/v1/admin/payments.csv${queryOf(query, paymentFilterKeys)}`} download className={smallButton}>
          {t('exportCsv')}
        </a>
      </div>

      <FilterForm resetHref="/admin/payments">
        <FilterField id="f-status" label={t('status')}>
          <select id="f-status" name="status" defaultValue={filters.status} className={filterInput}>
            <option value="">{tb('any')}</option>
            {PaymentStatus.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="f-purpose" label={t('purpose')}>
          <select id="f-purpose" name="purpose" defaultValue={filters.purpose} className={filterInput}>
            <option value="">{tb('any')}</option>
            {PaymentPurpose.map((p) => (
              <option key={p} value={p}>
                {t(`purposes.${p}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="f-provider" label={t('userId')}>
          <input
            id="f-provider"
            name="providerId"
            defaultValue={filters.providerId}
            className={`${filterInput} w-80 max-w-full font-mono`}
          />
        </FilterField>
        <FilterField id="f-from" label={t('from')}>
          <input id="f-from" name="from" type="date" defaultValue={filters.from} className={filterInput} />
        </FilterField>
        <FilterField id="f-to" label={t('to')}>
          <input id="f-to" name="to" type="date" defaultValue={filters.to} className={filterInput} />
        </FilterField>
      </FilterForm>

      {list.status !== 'ok' ? (
        <Notice tone="error">{tb('unavailable')}</Notice>
      ) : list.data.items.length === 0 ? (
        <Notice tone="empty">{t('empty')}</Notice>
      ) : (
        <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full min-w-[60rem] text-left text-sm">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th className="px-3 py-2 font-semibold">{t('createdAt')}</th>
                <th className="px-3 py-2 font-semibold">{t('user')}</th>
                <th className="px-3 py-2 font-semibold">{t('what')}</th>
                <th className="px-3 py-2 text-right font-semibold">{t('amount')}</th>
                <th className="px-3 py-2 font-semibold">{t('method')}</th>
                <th className="px-3 py-2 font-semibold">{t('status')}</th>
                <th className="px-3 py-2 font-semibold">
                  <span className="sr-only">{tb('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {list.data.items.map((p) => (
                <tr key={p.id}>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {formatDushanbe(p.createdAt, locale)}
                    {p.paidAt ? (
                      <div className="text-xs text-slate-500">{t('paidAt', { at: formatDushanbe(p.paidAt, locale) })}</div>
                    ) : null}
                  </td>
                  <td className="px-3 py-2">
                    <PersonCell person={p.user} />
                  </td>
                  <td className="px-3 py-2">{p.plan ? p.plan.name[lang] : t('purposes.top_up')}</td>
                  <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                    {tm('amount', { amount: formatSomoni(p.amount, locale) })}
                  </td>
                  <td className="px-3 py-2">
                    {p.provider}
                    {p.method !== p.provider ? <span className="text-slate-500"> · {p.method}</span> : null}
                    {p.transactionId ? (
                      <div className="mt-1 max-w-48 font-mono text-xs break-all text-slate-500">
                        <span className="sr-only">{t('transactionId')}: </span>
                        {p.transactionId}
                      </div>
                    ) : null}
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge status={p.status}>{t(`statuses.${p.status}`)}</StatusBadge>
                    {p.refundedAt ? <div className="mt-1 text-xs text-slate-500">{formatDushanbe(p.refundedAt, locale)}</div> : null}
                    {p.failureReason ? <div className="mt-1 max-w-48 text-xs break-words text-slate-500">{p.failureReason}</div> : null}
                  </td>
                  <td className="px-3 py-2">
                    {p.status === 'succeeded' ? (
                      <ReasonAction label={t('refund')} confirmLabel={t('refundConfirm')} target={{ kind: 'refund_payment', id: p.id }} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.status === 'ok' ? (
        <PagingLinks
          nextHref={list.data.nextCursor ? { pathname: '/admin/payments', query: { ...kept, cursor: list.data.nextCursor } } : null}
          firstHref={one(query.cursor) ? { pathname: '/admin/payments', query: kept } : null}
        />
      ) : null}
    </div>
  );
}
