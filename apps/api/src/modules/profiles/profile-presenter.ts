import type { TMe, TProviderFields, TPublicProvider } from '@dastiyor/contracts';
import { presentImage } from '../files/index.js';
import type { ProfileView } from './profile-view.js';
import type { ProviderState } from './provider-state.js';

function cityOf(view: ProfileView, id: string | null) {
  const city = id ? view.catalog.cities.get(id) : undefined;
  return city ? { id: city.id, name: city.name } : null;
}

/** Categories and districts in the catalog's own order; ones the catalog no longer offers are left out. */
function presentProviderFields(view: ProfileView, state: ProviderState): TProviderFields {
  const categoryIds = new Set(state.categoryIds);
  const districtIds = new Set(state.districtIds);
  return {
    description: state.description,
    skills: state.skills,
    categories: [...view.catalog.categories.values()]
      .filter((c) => categoryIds.has(c.id))
      .map((c) => ({ id: c.id, parentId: c.parentId, name: c.name })),
    serviceCity: cityOf(view, state.serviceCityId),
    districts: [...view.catalog.districts.values()].filter((d) => districtIds.has(d.id)).map((d) => ({ id: d.id, name: d.name })),
    portfolio: state.portfolio.map(presentImage),
    ratingAverage: state.ratingAverage,
    reviewsCount: state.reviewsCount,
    completedCount: state.completedCount,
  };
}

/** The owner's own view: contacts included. */
export function presentMe(view: ProfileView): TMe {
  const { user } = view;
  return {
    id: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    emailVerified: user.emailVerifiedAt !== null,
    phone: user.phone,
    phoneVerified: user.phoneVerifiedAt !== null,
    locale: user.locale,
    city: cityOf(view, user.cityId),
    avatar: view.avatar && presentImage(view.avatar),
    createdAt: user.createdAt.toISOString(),
    provider: view.provider ? presentProviderFields(view, view.provider) : null,
  };
}

/** What anyone may see of a provider: never an email, a phone or a verification state. */
export function presentPublicProvider(view: ProfileView & { provider: ProviderState }): TPublicProvider {
  const { user } = view;
  return {
    id: user.id,
    name: user.name,
    avatar: view.avatar && presentImage(view.avatar),
    city: cityOf(view, user.cityId),
    memberSince: user.createdAt.toISOString(),
    verified: view.provider.verified,
    provider: presentProviderFields(view, view.provider),
  };
}
