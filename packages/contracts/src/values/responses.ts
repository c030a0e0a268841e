// Plain values of the responses contract, with no zod: the web's browser code imports them from
// `@dastiyor/contracts/values` without pulling any schema into its bundle.

export const responseLimits = { commentMin: 10, commentMax: 2000, etaMinutesMin: 10, etaMinutesMax: 90 * 24 * 60 } as const;
