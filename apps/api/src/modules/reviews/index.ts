// The reviews module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export { refreshProviderStanding } from './provider-standing.js';
export { presentReview } from './review-presenter.js';
export { countReviewsWrittenBy, findReviewOfTask, findReviewParties, findReviewsWrittenBy } from './reviews-repository.js';
export type { ReviewView } from './reviews-repository.js';
