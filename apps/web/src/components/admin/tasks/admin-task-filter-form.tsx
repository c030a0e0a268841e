import { useTranslations } from 'next-intl';
import { type TAdminCategory, type TCity } from '@dastiyor/contracts';
import { TaskStatus } from '@dastiyor/contracts/values';
import { Link } from '@/i18n/link';
import type { AppLocale } from '@/i18n/routing';
import type { AdminTaskFilters } from '@/lib/admin-content-api';
import { inputClass, smallButton } from '@/components/account/form-controls';

const labelClass = 'mb-1 block text-sm font-semibold text-slate-800';

/** A plain GET form: the filters live in the URL, so a filtered list can be shared and reloaded. */
export function AdminTaskFilterForm({
  filters,
  locale,
  categories,
  cities,
}: {
  filters: AdminTaskFilters;
  locale: AppLocale;
  categories: TAdminCategory[];
  cities: TCity[];
}) {
  const t = useTranslations('Admin.tasks.filters');
  const ts = useTranslations('TaskCard.status');
  return (
    <form
      method="get"
      role="search"
      className="grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-3"
    >
      <div className="sm:col-span-2 lg:col-span-3">
        <label htmlFor="admin-tasks-q" className={labelClass}>
          {t('q')}
        </label>
        <input id="admin-tasks-q" name="q" type="search" defaultValue={filters.q ?? ''} placeholder={t('qHint')} className={inputClass} />
      </div>
      <div>
        <label htmlFor="admin-tasks-status" className={labelClass}>
          {t('status')}
        </label>
        <select id="admin-tasks-status" name="status" defaultValue={filters.status ?? ''} className={inputClass}>
          <option value="">{t('any')}</option>
          {TaskStatus.map((status) => (
            <option key={status} value={status}>
              {ts(status)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="admin-tasks-hidden" className={labelClass}>
          {t('visibility')}
        </label>
        <select id="admin-tasks-hidden" name="hidden" defaultValue={filters.hidden ?? ''} className={inputClass}>
          <option value="">{t('any')}</option>
          <option value="false">{t('shown')}</option>
          <option value="true">{t('hidden')}</option>
        </select>
      </div>
      <div>
        <label htmlFor="admin-tasks-category" className={labelClass}>
          {t('category')}
        </label>
        <select id="admin-tasks-category" name="categoryId" defaultValue={filters.categoryId ?? ''} className={inputClass}>
          <option value="">{t('any')}</option>
          {categories.map((top) => (
            <optgroup key={top.id} label={top.name[locale]}>
              <option value={top.id}>{t('wholeCategory', { name: top.name[locale] })}</option>
              {top.children.map((child) => (
                <option key={child.id} value={child.id}>
                  {child.name[locale]}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="admin-tasks-city" className={labelClass}>
          {t('city')}
        </label>
        <select id="admin-tasks-city" name="cityId" defaultValue={filters.cityId ?? ''} className={inputClass}>
          <option value="">{t('any')}</option>
          {cities.map((city) => (
            <option key={city.id} value={city.id}>
              {city.name[locale]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-1">
        <button type="submit" className={smallButton}>
          {t('apply')}
        </button>
        <Link href="/admin/tasks" className="px-2 py-2 text-sm font-semibold text-brand-800 underline underline-offset-2">
          {t('reset')}
        </Link>
      </div>
    </form>
  );
}
