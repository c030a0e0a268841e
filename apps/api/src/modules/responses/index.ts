// The responses module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export { presentResponse } from './response-presenter.js';
export { countProviderResponses, countResponsesSince, findProviderResponse, responsesCountOf } from './responses-repository.js';
