/** The public origin (same variable as the API), for absolute hreflang/canonical links. */
export const siteUrl = new URL(process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`);
