// Plain values of the chat contract, with no zod: the web's browser code imports them from
// `@dastiyor/contracts/values` without pulling any schema into its bundle.

/** Chat text is stored and rendered as plain text. */
export const messageTextMax = 4000;
