// Plain values of the reviews contract, with no zod: the web's browser code imports them from
// `@dastiyor/contracts/values` without pulling any schema into its bundle.

export const reviewLimits = { textMin: 5, textMax: 2000 } as const;
