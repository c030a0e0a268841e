import { z } from 'zod';
import { ZCursorQuery, listOf } from './common';
import { ZTaskCard, budgetLimits } from './task-card';
import { TaskStatus } from './values/task-card';
import { responseLimits } from './values/responses';

export const ZCreateResponseRequest = z.object({
  comment: z.string().trim().min(responseLimits.commentMin).max(responseLimits.commentMax),
  /** Diram. */
  price: z.number().int().min(budgetLimits.min).max(budgetLimits.max),
  /** Estimated time to complete, in minutes (up to 90 days). */
  etaMinutes: z.number().int().min(responseLimits.etaMinutesMin).max(responseLimits.etaMinutesMax),
});
export type TCreateResponseRequest = z.infer<typeof ZCreateResponseRequest>;

/** Editing a pending response: any of its fields. */
export const ZUpdateResponseRequest = ZCreateResponseRequest.partial().refine((value) => Object.keys(value).length > 0, {
  message: 'Change at least one field',
});
export type TUpdateResponseRequest = z.infer<typeof ZUpdateResponseRequest>;

export const ZRejectResponseRequest = z.object({ reason: z.string().trim().max(500).optional() });
export const ZSelectResponseResult = z.object({ taskId: z.uuid(), conversationId: z.uuid() });
export type TSelectResponseResult = z.infer<typeof ZSelectResponseResult>;

/** `rejected` with a null reason: the customer chose another provider. */
export const ResponseStatus = ['pending', 'selected', 'rejected', 'withdrawn'] as const;
export type TResponseStatus = (typeof ResponseStatus)[number];

/** A response as its provider sees it. */
export const ZResponse = z.object({
  id: z.uuid(),
  taskId: z.uuid(),
  comment: z.string(),
  price: z.number().int(),
  etaMinutes: z.number().int(),
  status: z.enum(ResponseStatus),
  rejectReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TResponse = z.infer<typeof ZResponse>;

/** The provider behind a response, as the customer compares them. */
export const ZResponseProvider = z.object({
  id: z.uuid(),
  name: z.string(),
  avatarUrl: z.string().nullable(),
  ratingAverage: z.number().nullable(),
  reviewsCount: z.number().int(),
  completedCount: z.number().int(),
  /** Premium right now: listed first and highlighted. */
  premium: z.boolean(),
});
export type TResponseProvider = z.infer<typeof ZResponseProvider>;

/** A response in the task customer's list. */
export const ZTaskResponse = ZResponse.extend({ provider: ZResponseProvider });
export type TTaskResponse = z.infer<typeof ZTaskResponse>;
/** Premium providers first, then the earliest; all of a task's responses in one answer (nextCursor is null). */
export const ZTaskResponsesResponse = listOf(ZTaskResponse);
export type TTaskResponsesResponse = z.infer<typeof ZTaskResponsesResponse>;

/** What became of a provider's response, as "My responses" shows it. */
export const ResponseOutcome = ['pending', 'selected', 'rejected', 'not_chosen', 'withdrawn', 'task_cancelled'] as const;
export type TResponseOutcome = (typeof ResponseOutcome)[number];

export const ZMyResponse = ZResponse.extend({ outcome: z.enum(ResponseOutcome), task: ZTaskCard });
export type TMyResponse = z.infer<typeof ZMyResponse>;
export const ZMyResponsesQuery = ZCursorQuery.extend({
  outcome: z.enum(ResponseOutcome).optional(),
  /** With outcome=selected: the provider's active (in_progress) or finished (completed) work. */
  taskStatus: z.enum(TaskStatus).optional(),
});
export type TMyResponsesQuery = z.infer<typeof ZMyResponsesQuery>;
export const ZMyResponsesResponse = listOf(ZMyResponse);
export type TMyResponsesResponse = z.infer<typeof ZMyResponsesResponse>;

/** A provider's figures on their dashboard. */
export const ZProviderStats = z.object({
  role: z.literal('provider'),
  responsesSent: z.number().int(),
  selected: z.number().int(),
  inProgress: z.number().int(),
  completed: z.number().int(),
  ratingAverage: z.number().nullable(),
  reviewsCount: z.number().int(),
});
/** A customer's figures on their dashboard. */
export const ZCustomerStats = z.object({
  role: z.literal('customer'),
  tasksPosted: z.number().int(),
  open: z.number().int(),
  inProgress: z.number().int(),
  completed: z.number().int(),
  reviewsGiven: z.number().int(),
});
export const ZMyStats = z.discriminatedUnion('role', [ZProviderStats, ZCustomerStats]);
export type TMyStats = z.infer<typeof ZMyStats>;
