import type { TFieldError, TUpdateMeRequest } from '@dastiyor/contracts';
import { AppError } from '../../platform/http/errors.js';
import type { CatalogIndex } from './catalog-index.js';

/** The editable part of a profile, flat, so a change can be diffed and audited field by field. */
export interface EditableProfile {
  name: string;
  locale: 'ru' | 'tg';
  cityId: string | null;
  provider: {
    description: string;
    skills: string[];
    /** Sorted: these are sets. */
    categoryIds: string[];
    serviceCityId: string | null;
    districtIds: string[];
  } | null;
}

export const providerOnlyFields = ['description', 'skills', 'categoryIds', 'serviceCityId', 'districtIds'] as const;

/**
 * Provider fields from anyone else are a permission problem, not a malformed request: 403
 * `forbidden`, with the offending fields listed so a client can see what it sent wrongly.
 */
export function assertMayEditFields(role: 'customer' | 'provider' | 'admin', patch: TUpdateMeRequest) {
  if (role === 'provider') return;
  const sent = providerOnlyFields.filter((field) => patch[field] !== undefined);
  if (sent.length === 0) return;
  throw new AppError('forbidden', 'Only providers have these fields', {
    errors: sent.map((field) => ({ path: `body.${field}`, code: 'provider_only', message: 'Only providers can set this field' })),
  });
}

/** Trimmed, inner spaces collapsed, duplicates dropped regardless of case (the first spelling stays). */
export function normalizeSkills(skills: string[]): string[] {
  const seen = new Set<string>();
  return skills
    .map((skill) => skill.trim().replace(/\s+/g, ' '))
    .filter((skill) => {
      const key = skill.toLocaleLowerCase('ru');
      if (skill === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

const unique = (ids: string[]) => [...new Set(ids)];

/**
 * The profile after `patch`, checked against the catalog. Every bad field is reported at once;
 * when any is bad nothing is applied. A new service city without new districts keeps only the
 * districts that lie in it.
 */
export function applyProfilePatch(current: EditableProfile, patch: TUpdateMeRequest, catalog: CatalogIndex): EditableProfile {
  const errors: TFieldError[] = [];
  const fail = (path: string, code: string, message: string) => errors.push({ path: `body.${path}`, code, message });

  if (patch.cityId && !catalog.cities.has(patch.cityId)) fail('cityId', 'unknown_city', 'No such city');
  let provider = current.provider;
  if (provider) {
    const serviceCityId = patch.serviceCityId !== undefined ? patch.serviceCityId : provider.serviceCityId;
    if (patch.serviceCityId && !catalog.cities.has(patch.serviceCityId)) fail('serviceCityId', 'unknown_city', 'No such city');

    const categoryIds = patch.categoryIds ? unique(patch.categoryIds) : provider.categoryIds;
    patch.categoryIds?.forEach((id, i) => {
      if (!catalog.categories.has(id)) fail(`categoryIds.${i}`, 'unknown_category', 'No such active category');
    });

    const inServiceCity = (id: string) => serviceCityId !== null && catalog.districts.get(id)?.cityId === serviceCityId;
    let districtIds = provider.districtIds.filter(inServiceCity);
    if (patch.districtIds) {
      districtIds = unique(patch.districtIds);
      if (districtIds.length > 0 && serviceCityId === null) {
        fail('districtIds', 'service_city_required', 'Choose a service city first');
      } else {
        patch.districtIds.forEach((id, i) => {
          if (!catalog.districts.has(id)) fail(`districtIds.${i}`, 'unknown_district', 'No such district');
          else if (!inServiceCity(id)) fail(`districtIds.${i}`, 'district_outside_city', 'The district is not in the service city');
        });
      }
    }

    provider = {
      description: patch.description ?? provider.description,
      skills: patch.skills ? normalizeSkills(patch.skills) : provider.skills,
      categoryIds: [...categoryIds].sort(),
      serviceCityId,
      districtIds: [...districtIds].sort(),
    };
  }
  if (errors.length > 0) throw new AppError('validation.failed', 'Some fields are invalid', { errors });

  return {
    name: patch.name ?? current.name,
    locale: patch.locale ?? current.locale,
    cityId: patch.cityId !== undefined ? patch.cityId : current.cityId,
    provider,
  };
}

type FlatProfile = Record<string, unknown>;
const flatten = (p: EditableProfile): FlatProfile => ({ name: p.name, locale: p.locale, cityId: p.cityId, ...p.provider });

/** Before and after of the fields that differ; both empty when nothing changed. */
export function diffProfiles(before: EditableProfile, after: EditableProfile) {
  const a = flatten(before);
  const b = flatten(after);
  const changed = Object.keys(b).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
  return {
    changed,
    before: Object.fromEntries(changed.map((key) => [key, a[key]])),
    after: Object.fromEntries(changed.map((key) => [key, b[key]])),
  };
}
