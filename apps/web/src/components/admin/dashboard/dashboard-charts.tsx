'use client';

import { useMemo } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { TAdminStatsDay } from '@dastiyor/contracts';
import { formatSomoni } from '@/lib/money';
import { DayChart } from './day-chart';

// Tailwind's palette, written out: the canvas cannot read CSS classes.
const colours = { teal: '#0f766e', amber: '#d97706', slate: '#475569', red: '#dc2626', violet: '#7c3aed' };

/** The four daily charts of the dashboard: sign-ups by role, tasks, responses, revenue. */
export function DashboardCharts({ days }: { days: TAdminStatsDay[] }) {
  const t = useTranslations('Admin.dashboard');
  const locale = useLocale();
  const charts = useMemo(() => {
    const dayList = days.map((d) => d.day);
    const pick = (key: keyof Omit<TAdminStatsDay, 'day'>) => days.map((d) => d[key]);
    return {
      dayList,
      users: [
        { label: t('series.customers'), values: pick('newCustomers'), color: colours.teal },
        { label: t('series.providers'), values: pick('newProviders'), color: colours.amber },
      ],
      tasks: [
        { label: t('series.published'), values: pick('tasksPublished'), color: colours.teal },
        { label: t('series.completed'), values: pick('tasksCompleted'), color: colours.violet },
        { label: t('series.cancelled'), values: pick('tasksCancelled'), color: colours.red },
      ],
      responses: [{ label: t('series.responses'), values: pick('responses'), color: colours.slate }],
      revenue: [
        { label: t('series.revenue'), values: pick('revenue'), color: colours.teal },
        { label: t('series.refunds'), values: pick('refunds'), color: colours.red },
      ],
      money: (diram: number) => formatSomoni(Math.round(diram), locale),
    };
  }, [days, t, locale]);

  return (
    <div className="grid gap-3 md:grid-cols-2">
      <DayChart dayLabel={t('series.day')} title={t('charts.users')} days={charts.dayList} series={charts.users} />
      <DayChart dayLabel={t('series.day')} title={t('charts.tasks')} days={charts.dayList} series={charts.tasks} />
      <DayChart dayLabel={t('series.day')} title={t('charts.responses')} days={charts.dayList} series={charts.responses} />
      <DayChart
        dayLabel={t('series.day')}
        title={t('charts.revenue')}
        days={charts.dayList}
        series={charts.revenue}
        formatValue={charts.money}
      />
    </div>
  );
}
