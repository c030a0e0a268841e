import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { inputClass, smallButton } from '@/components/account/form-controls';

const presets = [7, 30, 90] as const;
const dayMs = 86_400_000;

/** `days` whole days ending on `to`, as the query of a preset link. */
function presetRange(to: string, days: number) {
  return { from: new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * dayMs).toISOString().slice(0, 10), to };
}

/** The range as a plain GET form (from, to), with 7/30/90-day presets ending today in Dushanbe. */
export async function RangeForm({ from, to, today }: { from: string; to: string; today: string }) {
  const t = await getTranslations('Admin.dashboard');
  return (
    <div className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:p-4 lg:flex-row lg:items-end lg:justify-between">
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="stats-from" className="mb-1 block text-sm font-semibold text-slate-800">
            {t('from')}
          </label>
          <input id="stats-from" name="from" type="date" defaultValue={from} max={today} className={`${inputClass} w-40`} />
        </div>
        <div>
          <label htmlFor="stats-to" className="mb-1 block text-sm font-semibold text-slate-800">
            {t('to')}
          </label>
          <input id="stats-to" name="to" type="date" defaultValue={to} className={`${inputClass} w-40`} />
        </div>
        <button type="submit" className={smallButton}>
          {t('show')}
        </button>
      </form>
      <nav aria-label={t('presetsLabel')} className="flex flex-wrap gap-2">
        {presets.map((days) => (
          <Link key={days} href={{ pathname: '/admin', query: presetRange(today, days) }} className={smallButton}>
            {t('preset', { days })}
          </Link>
        ))}
      </nav>
    </div>
  );
}
