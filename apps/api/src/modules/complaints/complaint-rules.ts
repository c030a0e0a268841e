/** Who may report something: anyone signed in, except about themselves or their own content. */
export const mayReport = (reporterId: string | null, ownerId: string): boolean => reporterId !== null && reporterId !== ownerId;
