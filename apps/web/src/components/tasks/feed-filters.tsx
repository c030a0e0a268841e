import { useLocale, useTranslations } from 'next-intl';
import { type TCategory, type TCity } from '@dastiyor/contracts';
import { FeedSort } from '@dastiyor/contracts/values';
import { Link } from '@/i18n/link';
import { getPathname } from '@/i18n/paths';
import type { AppLocale } from '@/i18n/routing';
import type { FeedParams } from '@/lib/tasks-feed-query';
import { inputClass } from '@/components/account/form-controls';
import { primaryButton } from '@/components/ui/button-styles';

const labelClass = 'mb-1.5 block text-sm font-semibold text-slate-800';

/**
 * A plain GET form: the filters land in the URL, so a filtered feed can be shared and the back button
 * walks through earlier searches. Works without JavaScript: subcategories and districts are grouped
 * under their category and city instead of being filled in by script.
 */
export function FeedFilters({
  params,
  offerMatching,
  categories,
  cities,
}: {
  params: FeedParams;
  /** A signed-in provider may narrow the feed to what their new-task alerts count. */
  offerMatching: boolean;
  categories: TCategory[] | null;
  cities: TCity[] | null;
}) {
  const t = useTranslations('TaskFeed.filters');
  const locale = useLocale() as AppLocale;
  const action = getPathname({ locale, href: '/tasks' });

  return (
    <form method="get" action={action} role="search" aria-label={t('label')} className="space-y-4">
      <div>
        <label htmlFor="feed-q" className={labelClass}>
          {t('q')}
        </label>
        <input
          id="feed-q"
          name="q"
          type="search"
          defaultValue={params.q}
          maxLength={100}
          placeholder={t('qPlaceholder')}
          className={inputClass}
        />
      </div>

      {offerMatching ? (
        <div className="flex items-start gap-3">
          <input
            id="feed-matching"
            name="matching"
            type="checkbox"
            value="1"
            defaultChecked={params.matching === '1'}
            aria-describedby="feed-matching-hint"
            className="mt-1 size-5 shrink-0 accent-brand-700"
          />
          <div>
            <label htmlFor="feed-matching" className="block text-sm font-semibold text-slate-800">
              {t('matching')}
            </label>
            <p id="feed-matching-hint" className="text-xs text-slate-500">
              {t('matchingHint')}
            </p>
          </div>
        </div>
      ) : null}

      {categories ? (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
          <div>
            <label htmlFor="feed-category" className={labelClass}>
              {t('category')}
            </label>
            <select id="feed-category" name="categoryId" defaultValue={params.categoryId ?? ''} className={inputClass}>
              <option value="">{t('anyCategory')}</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name[locale]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="feed-subcategory" className={labelClass}>
              {t('subcategory')}
            </label>
            <select id="feed-subcategory" name="subcategoryId" defaultValue={params.subcategoryId ?? ''} className={inputClass}>
              <option value="">{t('anySubcategory')}</option>
              {categories.map((c) => (
                <optgroup key={c.id} label={c.name[locale]}>
                  {c.children.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name[locale]}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
        </div>
      ) : null}

      {cities ? (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
          <div>
            <label htmlFor="feed-city" className={labelClass}>
              {t('city')}
            </label>
            <select id="feed-city" name="cityId" defaultValue={params.cityId ?? ''} className={inputClass}>
              <option value="">{t('anyCity')}</option>
              {cities.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name[locale]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="feed-district" className={labelClass}>
              {t('district')}
            </label>
            <select id="feed-district" name="districtId" defaultValue={params.districtId ?? ''} className={inputClass}>
              <option value="">{t('anyDistrict')}</option>
              {cities
                .filter((c) => c.districts.length > 0)
                .map((c) => (
                  <optgroup key={c.id} label={c.name[locale]}>
                    {c.districts.map((d) => (
                      <option key={d.id} value={d.id}>
                        {d.name[locale]}
                      </option>
                    ))}
                  </optgroup>
                ))}
            </select>
          </div>
        </div>
      ) : null}

      <fieldset className="min-w-0">
        <legend className={labelClass}>{t('budget')}</legend>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <label htmlFor="feed-budget-min" className="sr-only">
              {t('budgetMin')}
            </label>
            <input
              id="feed-budget-min"
              name="budgetMin"
              inputMode="decimal"
              defaultValue={params.budgetMin}
              placeholder={t('budgetMinPlaceholder')}
              className={inputClass}
            />
          </div>
          <div>
            <label htmlFor="feed-budget-max" className="sr-only">
              {t('budgetMax')}
            </label>
            <input
              id="feed-budget-max"
              name="budgetMax"
              inputMode="decimal"
              defaultValue={params.budgetMax}
              placeholder={t('budgetMaxPlaceholder')}
              className={inputClass}
            />
          </div>
        </div>
        <p className="mt-1.5 text-xs text-slate-500">{t('budgetHint')}</p>
      </fieldset>

      <fieldset className="min-w-0">
        <legend className={labelClass}>{t('dates')}</legend>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <label htmlFor="feed-date-from" className="mb-1 block text-xs text-slate-600">
              {t('dateFrom')}
            </label>
            <input id="feed-date-from" name="dateFrom" type="date" defaultValue={params.dateFrom} className={inputClass} />
          </div>
          <div>
            <label htmlFor="feed-date-to" className="mb-1 block text-xs text-slate-600">
              {t('dateTo')}
            </label>
            <input id="feed-date-to" name="dateTo" type="date" defaultValue={params.dateTo} className={inputClass} />
          </div>
        </div>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
        <div>
          <label htmlFor="feed-urgency" className={labelClass}>
            {t('urgency')}
          </label>
          <select id="feed-urgency" name="urgency" defaultValue={params.urgency ?? ''} className={inputClass}>
            <option value="">{t('anyUrgency')}</option>
            <option value="urgent">{t('urgentOnly')}</option>
            <option value="normal">{t('normalOnly')}</option>
          </select>
        </div>
        <div>
          <label htmlFor="feed-sort" className={labelClass}>
            {t('sort')}
          </label>
          <select id="feed-sort" name="sort" defaultValue={params.sort ?? 'newest'} className={inputClass}>
            {FeedSort.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={`${primaryButton} flex-1`}>
          {t('apply')}
        </button>
        <Link
          href="/tasks"
          className="inline-flex min-h-11 items-center px-2 font-semibold text-brand-800 underline-offset-2 hover:underline"
        >
          {t('reset')}
        </Link>
      </div>
    </form>
  );
}
