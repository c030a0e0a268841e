// Plain values of the moderation contract, with no zod: the web's browser code imports them from
// `@dastiyor/contracts/values` without pulling any schema into its bundle.

/** Everything the queue holds: reports plus stop-word flags on responses. */
export const QueueTargetType = ['task', 'user', 'review', 'message', 'response'] as const;

export const ComplaintReason = ['spam', 'fraud', 'offensive', 'contacts', 'other'] as const;

export const ComplaintStatus = ['open', 'resolved', 'rejected'] as const;

export const ComplaintSource = ['user', 'stop_word'] as const;

/** Per account: reports in the last hour and in the last 24 hours. */
export const complaintLimits = { textMax: 1000, perHour: 10, perDay: 30 } as const;

export const StopWordLocale = ['ru', 'tg'] as const;

export const stopWordLimits = { max: 60 } as const;
