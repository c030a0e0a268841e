import { config } from 'zod';

// Runs in the browser before any page module. zod 4 probes `new Function` when the first object schema is
// built, to compile faster parsers; pages allow no 'unsafe-eval' (decision 013), so the probe was a reported CSP
// violation on every page that loads the contracts. The interpreted parsers are fast enough for forms.
config({ jitless: true });
