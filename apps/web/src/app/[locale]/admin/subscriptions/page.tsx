import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminPeriodStatus } from '@dastiyor/contracts/values';
import { SettingsSection } from '@/components/account/form-controls';
import {
  FilterField,
  FilterForm,
  filterInput,
  formatDushanbe,
  one,
  PersonCell,
  StatusBadge,
} from '@/components/admin/billing/billing-bits';
import { GrantForm } from '@/components/admin/billing/grant-form';
import { PagingLinks } from '@/components/admin/paging-links';
import { ReasonAction } from '@/components/admin/billing/reason-action';
import { Notice } from '@/components/ui/notice';
import { fetchAdminPlans, fetchAdminSubscriptions, queryOf, subscriptionsKeys } from '@/lib/admin-reports-api';
import { resolveLocaleParam } from '@/lib/locale-param';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Admin.billing.subscriptions' });
  return { title: t('title') };
}

/** /admin/subscriptions: every provider's periods with filters, a page at a time; manual activation and revocation. */
export default async function AdminSubscriptionsPage({ params, searchParams }: Props) {
  await resolveLocaleParam(params);
  const t = await getTranslations('Admin.billing.subscriptions');
  const tb = await getTranslations('Admin.billing');
  const locale = await getLocale();
  const lang = locale === 'tg' ? 'tg' : 'ru';
  const query = await searchParams;
  const [list, plans] = await Promise.all([fetchAdminSubscriptions(queryOf(query, subscriptionsKeys)), fetchAdminPlans()]);
  const planOptions = plans.status === 'ok' ? plans.data.items.map((p) => ({ id: p.id, name: p.name[lang] })) : [];
  const filters = { status: one(query.status), planId: one(query.planId), providerId: one(query.providerId) };
  const kept = Object.fromEntries(Object.entries(filters).filter(([, v]) => v));

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{t('title')}</h1>

      <FilterForm resetHref="/admin/subscriptions">
        <FilterField id="f-status" label={t('status')}>
          <select id="f-status" name="status" defaultValue={filters.status} className={filterInput}>
            <option value="">{tb('any')}</option>
            {AdminPeriodStatus.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="f-plan" label={t('plan')}>
          <select id="f-plan" name="planId" defaultValue={filters.planId} className={filterInput}>
            <option value="">{tb('any')}</option>
            {planOptions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="f-provider" label={t('providerId')}>
          <input
            id="f-provider"
            name="providerId"
            defaultValue={filters.providerId}
            className={`${filterInput} w-80 max-w-full font-mono`}
          />
        </FilterField>
      </FilterForm>

      {list.status !== 'ok' ? (
        <Notice tone="error">{tb('unavailable')}</Notice>
      ) : list.data.items.length === 0 ? (
        <Notice tone="empty">{t('empty')}</Notice>
      ) : (
        <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full min-w-[56rem] text-left text-sm">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th className="px-3 py-2 font-semibold">{t('provider')}</th>
                <th className="px-3 py-2 font-semibold">{t('plan')}</th>
                <th className="px-3 py-2 font-semibold">{t('source')}</th>
                <th className="px-3 py-2 font-semibold">{t('status')}</th>
                <th className="px-3 py-2 font-semibold">{t('period')}</th>
                <th className="px-3 py-2 font-semibold">{t('note')}</th>
                <th className="px-3 py-2 font-semibold">
                  <span className="sr-only">{tb('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {list.data.items.map((p) => (
                <tr key={p.id}>
                  <td className="px-3 py-2">
                    <PersonCell person={p.provider} />
                  </td>
                  <td className="px-3 py-2">{p.plan.name[lang]}</td>
                  <td className="px-3 py-2">{t(`sources.${p.source}`)}</td>
                  <td className="px-3 py-2">
                    <StatusBadge status={p.status}>{t(`statuses.${p.status}`)}</StatusBadge>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {formatDushanbe(p.startsAt, locale)} — {formatDushanbe(p.revokedAt ?? p.endsAt, locale)}
                  </td>
                  <td className="max-w-56 px-3 py-2 break-words text-slate-700">{p.note ?? '—'}</td>
                  <td className="px-3 py-2">
                    {p.status === 'active' || p.status === 'upcoming' || p.status === 'cancelled' ? (
                      <ReasonAction
                        label={t('revoke')}
                        confirmLabel={t('revokeConfirm')}
                        target={{ kind: 'revoke_subscription', id: p.id }}
                      />
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
          nextHref={list.data.nextCursor ? { pathname: '/admin/subscriptions', query: { ...kept, cursor: list.data.nextCursor } } : null}
          firstHref={one(query.cursor) ? { pathname: '/admin/subscriptions', query: kept } : null}
        />
      ) : null}

      <SettingsSection id="grant" title={t('grantTitle')} lead={t('grantLead')}>
        <GrantForm plans={planOptions} providerId={filters.providerId || undefined} />
      </SettingsSection>
    </div>
  );
}
