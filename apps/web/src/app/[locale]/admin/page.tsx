import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActivePlansTable, DailyTable, StatsSummary } from '@/components/admin/dashboard/stats-summary';
import { DashboardCharts } from '@/components/admin/dashboard/dashboard-charts';
import { RangeForm } from '@/components/admin/dashboard/range-form';
import { Notice } from '@/components/ui/notice';
import { fetchAdminStats, queryOf, statsKeys } from '@/lib/admin-reports-api';
import { resolveLocaleParam } from '@/lib/locale-param';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Admin.dashboard' });
  return { title: t('title') };
}

/** Today in Dushanbe (UTC+5, no daylight saving), for the presets. */
const dushanbeToday = () => new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);

/** /admin: the figures of a range of days (default the last 30) as tiles, charts, the funnel and subscribers now. */
export default async function AdminDashboardPage({ params, searchParams }: Props) {
  await resolveLocaleParam(params);
  const t = await getTranslations('Admin.dashboard');
  const query = await searchParams;
  const stats = await fetchAdminStats(queryOf(query, statsKeys));
  const today = dushanbeToday();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{t('title')}</h1>
      {stats.status === 'ok' ? (
        <>
          <RangeForm from={stats.data.from} to={stats.data.to} today={today} />
          <p className="text-sm text-slate-600">{t('rangeNote', { from: stats.data.from, to: stats.data.to })}</p>
          <StatsSummary stats={stats.data} />
          <DashboardCharts days={stats.data.days} />
          <ActivePlansTable stats={stats.data} />
          <DailyTable stats={stats.data} />
        </>
      ) : (
        <>
          <RangeForm
            from={typeof query.from === 'string' ? query.from : ''}
            to={typeof query.to === 'string' ? query.to : ''}
            today={today}
          />
          <Notice tone="error">{t('unavailable')}</Notice>
        </>
      )}
    </div>
  );
}
