'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { TCity } from '@dastiyor/contracts';
import { FieldGroup } from './form-controls';

/** Districts of the chosen service city as tappable chips; the list follows the city. */
export function DistrictChecklist({
  id,
  city,
  selected,
  error,
  onChange,
}: {
  id: string;
  city: TCity | null;
  selected: ReadonlySet<string>;
  error?: string;
  onChange: (next: Set<string>) => void;
}) {
  const t = useTranslations('Account.districts');
  const locale = useLocale();
  if (!city) return <p className="text-sm text-slate-500">{t('chooseCityFirst')}</p>;
  if (city.districts.length === 0) return <p className="text-sm text-slate-500">{t('none', { city: city.name[locale] })}</p>;

  const allChosen = city.districts.every((d) => selected.has(d.id));
  const toggle = (districtId: string) => {
    const next = new Set(selected);
    if (next.has(districtId)) next.delete(districtId);
    else next.add(districtId);
    onChange(next);
  };

  return (
    <FieldGroup id={id} legend={t('label', { city: city.name[locale] })} hint={t('hint')} error={error}>
      <div className="flex flex-wrap gap-2">
        {city.districts.map((district) => (
          <label
            key={district.id}
            className="inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-full border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-900"
          >
            <input
              type="checkbox"
              className="size-4 accent-brand-700"
              checked={selected.has(district.id)}
              onChange={() => toggle(district.id)}
            />
            {district.name[locale]}
          </label>
        ))}
      </div>
      <button
        type="button"
        className="mt-2 min-h-10 text-sm font-semibold text-brand-800 underline-offset-2 hover:underline"
        onClick={() => onChange(allChosen ? new Set() : new Set(city.districts.map((d) => d.id)))}
      >
        {allChosen ? t('clearAll') : t('selectAll')}
      </button>
    </FieldGroup>
  );
}
