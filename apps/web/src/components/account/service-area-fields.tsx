'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { TCity } from '@dastiyor/contracts';
import { DistrictChecklist } from './district-checklist';
import { describedBy, Field, inputClass } from './form-controls';

export interface ServiceArea {
  serviceCityId: string;
  districtIds: Set<string>;
}

/** Where a provider works: one city, then the districts of that city (the list follows the city). */
export function ServiceAreaFields({
  cities,
  value,
  cityError,
  districtsError,
  onChange,
}: {
  cities: TCity[];
  value: ServiceArea;
  cityError?: string;
  districtsError?: string;
  onChange: (next: ServiceArea) => void;
}) {
  const t = useTranslations('Account.profile');
  const locale = useLocale();
  const city = cities.find((c) => c.id === value.serviceCityId) ?? null;

  return (
    <div className="space-y-4">
      <Field id="profile-service-city" label={t('serviceCity')} hint={t('serviceCityHint')} error={cityError}>
        <select
          id="profile-service-city"
          value={value.serviceCityId}
          onChange={(event) => {
            const next = cities.find((c) => c.id === event.target.value);
            // Districts of the previous city no longer apply.
            const kept = [...value.districtIds].filter((id) => next?.districts.some((d) => d.id === id));
            onChange({ serviceCityId: event.target.value, districtIds: new Set(kept) });
          }}
          aria-invalid={cityError ? true : undefined}
          aria-describedby={describedBy('profile-service-city', { hint: true, error: cityError })}
          className={inputClass}
        >
          <option value="">{t('noServiceCity')}</option>
          {cities.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name[locale]}
            </option>
          ))}
        </select>
      </Field>
      <DistrictChecklist
        id="profile-districts"
        city={city}
        selected={value.districtIds}
        error={districtsError}
        onChange={(districtIds) => onChange({ ...value, districtIds })}
      />
    </div>
  );
}
