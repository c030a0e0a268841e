// The profiles module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export { ZMatchProfileChanged, matchProfileChangedChannel } from './match-profile.js';
export { findProviderCards } from './provider-cards.js';
export { findProviderProfile, saveProviderStanding } from './provider-profiles-repository.js';
export type { MatchProfile } from './match-profile.js';
export { providersServing, servedCategoryIds, servedDistrictIds, serviceCityOf, servesWholeCity } from './service-area-sql.js';
