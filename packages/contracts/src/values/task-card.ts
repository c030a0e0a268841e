// Plain values of the task-card contract, with no zod: the web's browser code imports them from
// `@dastiyor/contracts/values` without pulling any schema into its bundle.

export const TaskStatus = ['draft', 'new', 'in_progress', 'completed', 'cancelled'] as const;

export const Urgency = ['normal', 'urgent'] as const;
