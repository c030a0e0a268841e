/**
 * Server side only: where the API listens on the internal network (the launcher sets it). Pages call it
 * directly; browsers reach it through this origin's /api route (app/api/[[...path]]/route.ts).
 */
export const apiOrigin = process.env.API_INTERNAL_URL ?? 'http://127.0.0.1:3001';
