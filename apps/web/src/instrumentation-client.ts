// Runs in the browser before any page module. zod 4 probes `new Function` when the first object schema is
// built, to compile faster parsers; pages allow no 'unsafe-eval' (decision 013), so the probe was a reported CSP
// violation on every page that loads the contracts. The interpreted parsers are fast enough for forms.
// zod keeps its settings in this global and adopts one that is already there (zod/v4/core/core.js), so it is
// set without importing zod, which would put zod's core into every page's first load (issue 18).
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig = { ...zodGlobal.__zod_globalConfig, jitless: true };

export {};
