import { z } from 'zod';
import { ZCursorQuery, ZLocalizedName, listOf } from './common';
import { BudgetType } from './task-card';
import { TaskStatus, Urgency } from './values/task-card';
import { CategoryIconName, categorySlugPattern } from './values/admin-content';

// Admin tasks and categories (issue 8).

const ZReason = z.string().trim().min(3).max(500);

/** Who may lift a hide: `admin` = an admin's decision; `owner_blocked` = the owner's block (unblocking lifts it). */
export const TaskHiddenCause = ['admin', 'owner_blocked'] as const;
export type TTaskHiddenCause = (typeof TaskHiddenCause)[number];

export const ZAdminTaskHidden = z.object({ at: z.string(), cause: z.enum(TaskHiddenCause), reason: z.string().nullable() });

/** `q` matches title and description words, a part of the title, or a task id. Newest first (by creation). */
export const ZAdminTasksQuery = ZCursorQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: z.enum(TaskStatus).optional(),
  hidden: z.stringbool().optional(),
  categoryId: z.uuid().optional(),
  cityId: z.uuid().optional(),
  customerId: z.uuid().optional(),
});
export type TAdminTasksQuery = z.infer<typeof ZAdminTasksQuery>;

const ZRef = z.object({ id: z.uuid(), name: ZLocalizedName });

/** One task as the admin list shows it. */
export const ZAdminTaskSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(TaskStatus),
  hidden: ZAdminTaskHidden.nullable(),
  category: ZRef,
  subcategory: ZRef,
  city: ZRef,
  customer: z.object({ id: z.uuid(), name: z.string() }),
  budgetType: z.enum(BudgetType),
  /** Diram; null when negotiable. */
  budgetAmount: z.number().int().nullable(),
  /** Responses not withdrawn. */
  responsesCount: z.number().int(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type TAdminTaskSummary = z.infer<typeof ZAdminTaskSummary>;
export const ZAdminTasksResponse = listOf(ZAdminTaskSummary);
export type TAdminTasksResponse = z.infer<typeof ZAdminTasksResponse>;

export const ZAdminTaskResponse = z.object({
  id: z.uuid(),
  provider: z.object({ id: z.uuid(), name: z.string() }),
  comment: z.string(),
  price: z.number().int(),
  etaMinutes: z.number().int(),
  status: z.enum(['pending', 'selected', 'rejected', 'withdrawn']),
  flaggedAt: z.string().nullable(),
  flagReason: z.string().nullable(),
  createdAt: z.string(),
});

export const ZAdminTaskComplaint = z.object({
  id: z.uuid(),
  source: z.enum(['user', 'stop_word']),
  reporter: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  reason: z.string(),
  text: z.string().nullable(),
  matchedWords: z.array(z.string()).nullable(),
  status: z.enum(['open', 'resolved', 'rejected']),
  resolutionNote: z.string().nullable(),
  createdAt: z.string(),
});

export const ZAdminAuditEntry = z.object({
  id: z.uuid(),
  action: z.string(),
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  ip: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  createdAt: z.string(),
});
export type TAdminAuditEntry = z.infer<typeof ZAdminAuditEntry>;

/** Everything about one task, private fields included (address, the customer's contacts). */
export const ZAdminTaskDetail = ZAdminTaskSummary.extend({
  description: z.string(),
  address: z.string().nullable(),
  district: ZRef.nullable(),
  urgency: z.enum(Urgency),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  updatedAt: z.string(),
  customer: z.object({
    id: z.uuid(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    status: z.enum(['active', 'blocked']),
  }),
  selectedProvider: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  responses: z.array(ZAdminTaskResponse),
  complaints: z.array(ZAdminTaskComplaint),
  /** The newest 50 entries about the task. */
  audit: z.array(ZAdminAuditEntry),
  /** What an admin may do with the task now (`tasks/task-policy.ts`); the panel shows exactly these. */
  can: z.object({ hide: z.boolean(), unhide: z.boolean(), cancel: z.boolean() }),
});
export type TAdminTaskDetail = z.infer<typeof ZAdminTaskDetail>;

export const ZAdminTaskReasonRequest = z.object({ reason: ZReason });
export type TAdminTaskReasonRequest = z.infer<typeof ZAdminTaskReasonRequest>;

// --- Categories ---

export type TCategoryIconName = (typeof CategoryIconName)[number];

const ZCategoryName = z.object({ ru: z.string().trim().min(1).max(80), tg: z.string().trim().min(1).max(80) });

export const ZAdminSubcategory = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  slug: z.string(),
  name: ZLocalizedName,
  icon: z.string().nullable(),
  sortOrder: z.number().int(),
  isActive: z.boolean(),
  /** False when the category or its parent is deactivated: no new tasks go in it. */
  takesNewTasks: z.boolean(),
  /** Tasks filed under it (as category or subcategory), any status. */
  tasksCount: z.number().int(),
});
export const ZAdminCategory = ZAdminSubcategory.extend({ children: z.array(ZAdminSubcategory) });
export type TAdminCategory = z.infer<typeof ZAdminCategory>;
export type TAdminSubcategory = z.infer<typeof ZAdminSubcategory>;
export const ZAdminCategoriesResponse = listOf(ZAdminCategory);
export type TAdminCategoriesResponse = z.infer<typeof ZAdminCategoriesResponse>;

/** A top-level category (parentId null or absent) or a subcategory; the slug is made from the Russian name when absent. */
export const ZAdminCategoryCreate = z.object({
  parentId: z.uuid().nullable().optional(),
  slug: z.string().trim().min(2).max(60).regex(categorySlugPattern).optional(),
  name: ZCategoryName,
  icon: z.enum(CategoryIconName).nullable().optional(),
});
export type TAdminCategoryCreate = z.infer<typeof ZAdminCategoryCreate>;

export const ZAdminCategoryUpdate = z
  .object({ name: ZCategoryName, icon: z.enum(CategoryIconName).nullable(), isActive: z.boolean() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change' });
export type TAdminCategoryUpdate = z.infer<typeof ZAdminCategoryUpdate>;

/** The new order of one level: `ids` must be exactly the children of `parentId` (the top level when null). */
export const ZAdminCategoryReorder = z.object({
  parentId: z.uuid().nullable(),
  ids: z.array(z.uuid()).min(1).max(200),
});
export type TAdminCategoryReorder = z.infer<typeof ZAdminCategoryReorder>;
