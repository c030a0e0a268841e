// Plain values of the tasks contract, with no zod: the web's browser code imports them from
// `@dastiyor/contracts/values` without pulling any schema into its bundle.

export const FeedSort = ['newest', 'budget_desc', 'budget_asc', 'date'] as const;

export const taskLimits = { titleMin: 5, titleMax: 120, descriptionMin: 10, descriptionMax: 5000, addressMax: 300, photosMax: 10 } as const;
