import { getLocale, getTranslations } from 'next-intl/server';
import type { TAdminStats } from '@dastiyor/contracts';
import { formatSomoni } from '@/lib/money';

const percent = (part: number, whole: number, locale: string) =>
  whole === 0 ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(part / whole);

function Tile({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-3 sm:p-4">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-bold text-slate-900 tabular-nums">{value}</dd>
      {note ? <dd className="mt-0.5 text-xs text-slate-500">{note}</dd> : null}
    </div>
  );
}

/** Totals over the range as tiles, then the task funnel. */
export async function StatsSummary({ stats }: { stats: TAdminStats }) {
  const t = await getTranslations('Admin.dashboard');
  const tm = await getTranslations('Money');
  const locale = await getLocale();
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  const money = (diram: number) => tm('amount', { amount: formatSomoni(diram, locale) });
  const { totals, conversion } = stats;
  return (
    <>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Tile label={t('tiles.customers')} value={number(totals.newCustomers)} />
        <Tile label={t('tiles.providers')} value={number(totals.newProviders)} />
        <Tile label={t('tiles.published')} value={number(totals.tasksPublished)} />
        <Tile
          label={t('tiles.completed')}
          value={number(totals.tasksCompleted)}
          note={t('tiles.cancelledNote', { count: totals.tasksCancelled })}
        />
        <Tile label={t('tiles.responses')} value={number(totals.responses)} />
        <Tile
          label={t('tiles.revenue')}
          value={money(totals.revenue)}
          note={totals.refunds > 0 ? t('tiles.refundsNote', { amount: money(totals.refunds) }) : undefined}
        />
      </dl>
      <section aria-labelledby="funnel-title" className="rounded-xl border border-slate-200 bg-white p-3 sm:p-4">
        <h2 id="funnel-title" className="text-base font-bold text-slate-900">
          {t('funnel.title')}
        </h2>
        <p className="mt-0.5 text-sm text-slate-600">{t('funnel.lead')}</p>
        <ol className="mt-3 grid gap-2 sm:grid-cols-3">
          <li className="rounded-lg bg-slate-50 p-3">
            <span className="block text-sm text-slate-600">{t('funnel.published')}</span>
            <span className="text-xl font-bold tabular-nums">{number(conversion.published)}</span>
          </li>
          <li className="rounded-lg bg-slate-50 p-3">
            <span className="block text-sm text-slate-600">{t('funnel.selected')}</span>
            <span className="text-xl font-bold tabular-nums">{number(conversion.selected)}</span>{' '}
            <span className="text-sm text-slate-600">{percent(conversion.selected, conversion.published, locale)}</span>
          </li>
          <li className="rounded-lg bg-slate-50 p-3">
            <span className="block text-sm text-slate-600">{t('funnel.completed')}</span>
            <span className="text-xl font-bold tabular-nums">{number(conversion.completed)}</span>{' '}
            <span className="text-sm text-slate-600">
              {t('funnel.ofSelected', { share: percent(conversion.completed, conversion.selected, locale) })}
            </span>
          </li>
        </ol>
      </section>
    </>
  );
}

/** Who is subscribed right now, by plan. */
export async function ActivePlansTable({ stats }: { stats: TAdminStats }) {
  const t = await getTranslations('Admin.dashboard');
  const locale = await getLocale();
  const lang = locale === 'tg' ? 'tg' : 'ru';
  return (
    <section aria-labelledby="active-plans-title" className="rounded-xl border border-slate-200 bg-white p-3 sm:p-4">
      <h2 id="active-plans-title" className="mb-2 text-base font-bold text-slate-900">
        {t('active.title')}
      </h2>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-80 text-left text-sm">
          <thead className="text-slate-600">
            <tr>
              <th className="py-1.5 pr-3 font-semibold">{t('active.plan')}</th>
              <th className="py-1.5 pr-3 text-right font-semibold">{t('active.count')}</th>
              <th className="py-1.5 text-right font-semibold">{t('active.trial')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {stats.activeSubscriptions.map((p) => (
              <tr key={p.planId}>
                <td className="py-1.5 pr-3">{p.name[lang]}</td>
                <td className="py-1.5 pr-3 text-right tabular-nums">{p.active}</td>
                <td className="py-1.5 text-right tabular-nums">{p.trial}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Every day's figures as numbers, folded away under the charts. */
export async function DailyTable({ stats }: { stats: TAdminStats }) {
  const t = await getTranslations('Admin.dashboard');
  const locale = await getLocale();
  const columns = ['newCustomers', 'newProviders', 'tasksPublished', 'tasksCompleted', 'tasksCancelled', 'responses', 'revenue'] as const;
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-3 sm:p-4">
      <summary className="cursor-pointer text-sm font-semibold text-slate-800">{t('daily.title')}</summary>
      <div className="relative mt-2 overflow-x-auto">
        <table className="w-full min-w-[40rem] text-right text-sm tabular-nums">
          <thead className="text-slate-600">
            <tr>
              <th className="py-1.5 pr-3 text-left font-semibold">{t('daily.day')}</th>
              {columns.map((c) => (
                <th key={c} className="py-1.5 pr-3 font-semibold">
                  {t(`daily.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {[...stats.days].reverse().map((d) => (
              <tr key={d.day}>
                <td className="py-1 pr-3 text-left whitespace-nowrap">{d.day}</td>
                {columns.map((c) => (
                  <td key={c} className="py-1 pr-3">
                    {c === 'revenue' ? formatSomoni(d.revenue, locale) : d[c]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
