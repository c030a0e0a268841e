import { z } from 'zod';
import { ZCursorQuery, ZQueryDay, ZQueryMoment, listOf } from './common';
import { ZImage } from './profiles';
import { ZResponse, ZResponseProvider } from './responses';
import { ZReview } from './reviews';
import { BudgetType, ZTaskCard, budgetLimits } from './task-card';
import { TaskStatus, Urgency } from './values/task-card';
import { FeedSort, taskLimits } from './values/tasks';

export type TFeedSort = (typeof FeedSort)[number];

/** A calendar date (2026-12-01) or an ISO moment, within `queryDateRange`; dates mean the whole day in Asia/Dushanbe. */
const ZDateBound = z.union([ZQueryDay, ZQueryMoment]);

export const ZTaskFeedQuery = ZCursorQuery.extend({
  categoryId: z.uuid().optional(),
  subcategoryId: z.uuid().optional(),
  cityId: z.uuid().optional(),
  districtId: z.uuid().optional(),
  urgency: z.enum(Urgency).optional(),
  /** Diram; a budget filter leaves negotiable tasks out. */
  budgetMin: z.coerce.number().int().min(0).max(100_000_000).optional(),
  budgetMax: z.coerce.number().int().min(0).max(100_000_000).optional(),
  /** On the task's start date; a date filter leaves "flexible" tasks out. */
  dateFrom: ZDateBound.optional(),
  dateTo: ZDateBound.optional(),
  /** Full text in Russian or Tajik, typo-tolerant on titles; category names count. */
  q: z.string().trim().min(1).max(100).optional(),
  sort: z.enum(FeedSort).default('newest'),
  /** Only tasks matching the signed-in provider's services and area (what their new-task alerts count); providers only. */
  matching: z.stringbool().optional(),
});
export type TTaskFeedQuery = z.infer<typeof ZTaskFeedQuery>;

export const ZTaskFeedResponse = listOf(ZTaskCard);
export type TTaskFeedResponse = z.infer<typeof ZTaskFeedResponse>;

/**
 * The fields a task has, with no defaults: an update body is these made optional, and an absent field must stay
 * absent there (zod's `.partial()` keeps a `.default()`, so a PATCH naming only the title would reset the rest).
 * Defaults belong to creation only (ZCreateTaskRequest).
 */
const ZTaskFields = z.object({
  title: z.string().trim().min(taskLimits.titleMin).max(taskLimits.titleMax),
  description: z.string().trim().min(taskLimits.descriptionMin).max(taskLimits.descriptionMax),
  categoryId: z.uuid(),
  subcategoryId: z.uuid(),
  cityId: z.uuid(),
  districtId: z.uuid().nullable().optional(),
  /** Private: shown only to the customer and, later, the selected provider. */
  address: z.string().trim().max(taskLimits.addressMax).nullable().optional(),
  budgetType: z.enum(BudgetType),
  budgetAmount: z.number().int().min(budgetLimits.min).max(budgetLimits.max).nullable().optional(),
  /** A moment (startsAt), a period (startsAt + endsAt), or flexible (neither). */
  startsAt: z.iso.datetime({ offset: true }).nullable().optional(),
  endsAt: z.iso.datetime({ offset: true }).nullable().optional(),
  urgency: z.enum(Urgency),
  /** The task's photos in order; on update, the full new list (`[]` removes every photo). */
  attachmentIds: z.array(z.uuid()).max(taskLimits.photosMax),
});

function budgetAndDates(
  value: { budgetType?: string; budgetAmount?: number | null; startsAt?: string | null; endsAt?: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.budgetType === 'fixed' && (value.budgetAmount === null || value.budgetAmount === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['budgetAmount'], message: 'A fixed budget needs an amount' });
  }
  if (value.endsAt && !value.startsAt) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'A period needs a start' });
  if (value.startsAt && value.endsAt && Date.parse(value.endsAt) < Date.parse(value.startsAt)) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end is before the start' });
  }
}

export const ZCreateTaskRequest = ZTaskFields.extend({
  urgency: ZTaskFields.shape.urgency.default('normal'),
  attachmentIds: ZTaskFields.shape.attachmentIds.default([]),
  status: z.enum(['draft', 'new']).default('new'),
  /** Honeypot: people never see this field; bots fill it in. */
  website: z.string().max(0, 'Leave this field empty').optional(),
}).superRefine(budgetAndDates);
export type TCreateTaskRequest = z.infer<typeof ZCreateTaskRequest>;

/**
 * On an update only the fields named can conflict with each other here (a fixed budget with `budgetAmount: null`,
 * an end with `startsAt: null`, an end before a start); the API checks the merged task for the rest.
 */
function namedBudgetAndDates(
  value: { budgetType?: string; budgetAmount?: number | null; startsAt?: string | null; endsAt?: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.budgetType === 'fixed' && value.budgetAmount === null) {
    ctx.addIssue({ code: 'custom', path: ['budgetAmount'], message: 'A fixed budget needs an amount' });
  }
  if (value.endsAt && value.startsAt === null) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'A period needs a start' });
  if (value.startsAt && value.endsAt && Date.parse(value.endsAt) < Date.parse(value.startsAt)) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end is before the start' });
  }
}

/** PATCH: exactly the fields named change; `null` clears the nullable ones. */
export const ZUpdateTaskRequest = ZTaskFields.partial().superRefine(namedBudgetAndDates);
export type TUpdateTaskRequest = z.infer<typeof ZUpdateTaskRequest>;

export const ZTaskStatusRequest = z.object({
  status: z.enum(TaskStatus),
  reason: z.string().trim().max(500).optional(),
});

export const ZTaskCustomer = z.object({
  id: z.uuid(),
  name: z.string(),
  avatarUrl: z.string().nullable(),
  tasksPosted: z.number().int(),
  memberSince: z.string(),
});

/**
 * What the caller may do with the task now, decided by the API's policy (`tasks/task-policy.ts`) from the
 * state machine and the caller's part in the task; the web shows exactly these actions. A subscription or
 * daily limit is checked when the action is sent, so `respond` can still be refused with a clear code.
 */
export const ZTaskActions = z.object({
  /** The customer edits the text, place and budget (a draft, or an open task). */
  edit: z.boolean(),
  publish: z.boolean(),
  cancel: z.boolean(),
  /** The customer selects or rejects responses (an open task). */
  decideResponses: z.boolean(),
  /** The customer confirms the work is done. */
  complete: z.boolean(),
  /** The selected provider asks the customer to confirm; false once asked. */
  requestCompletion: z.boolean(),
  /** A provider who has not responded yet responds. */
  respond: z.boolean(),
  /** The provider edits or withdraws their pending response. */
  changeResponse: z.boolean(),
  /** The customer reviews the selected provider, once. */
  review: z.boolean(),
  /** Someone signed in other than its customer reports the task to the moderators. */
  report: z.boolean(),
});
export type TTaskActions = z.infer<typeof ZTaskActions>;

/** A task page. `address` is null for everyone but the customer (and later the selected provider). */
export const ZTask = ZTaskCard.extend({
  description: z.string(),
  address: z.string().nullable(),
  endsAt: z.string().nullable(),
  photos: z.array(ZImage),
  customer: ZTaskCustomer,
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  cancelReason: z.string().nullable(),
  /** True when the caller is the task's customer. */
  isOwner: z.boolean(),
  /** How many providers have responded (withdrawn ones not counted); shown to everyone before responding. */
  responsesCount: z.number().int(),
  /** The caller's own response when the caller is a provider who responded. */
  myResponse: ZResponse.nullable(),
  /** The chosen provider, to the customer and to that provider; null for everyone else. */
  selectedProvider: ZResponseProvider.nullable(),
  /** The chat of the task, to its two participants only. */
  conversationId: z.uuid().nullable(),
  /** The customer's phone and email: to the selected provider while subscribed (and the customer); null otherwise. */
  contacts: z.object({ phone: z.string().nullable(), email: z.string().nullable() }).nullable(),
  /** When the selected provider asked the customer to confirm the work is done. */
  completionRequestedAt: z.string().nullable(),
  /** The customer's review of the task, once left; visible to the two participants. */
  review: ZReview.nullable(),
  /** Set when moderation hid the task (it is then off the feed and 404 to others); shown to the customer and admins only. */
  hidden: z.object({ at: z.string(), reason: z.string().nullable() }).nullable(),
  can: ZTaskActions,
});
export type TTask = z.infer<typeof ZTask>;

export const ZMyTasksQuery = ZCursorQuery.extend({ status: z.enum(TaskStatus).optional() });
export const ZMyTasksResponse = listOf(ZTaskCard);
