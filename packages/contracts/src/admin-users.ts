import { z } from 'zod';
import { Locale, ZCursorQuery, ZLocalizedName, ZQueryDay, listOf } from './common';
import { AdminUserRole, AdminUserStatus } from './values/admin-users';

export type TAdminUserRole = (typeof AdminUserRole)[number];
export type TAdminUserStatus = (typeof AdminUserStatus)[number];

/** `q` matches a name or an email (case-insensitive, any part) or a phone (its digits, with or without +). */
export const ZAdminUsersQuery = ZCursorQuery.extend({
  q: z.string().trim().max(100).optional(),
  role: z.enum(AdminUserRole).optional(),
  status: z.enum(AdminUserStatus).optional(),
});
export type TAdminUsersQuery = z.infer<typeof ZAdminUsersQuery>;

/** One account as the admin list shows it. */
export const ZAdminUserSummary = z.object({
  id: z.uuid(),
  role: z.enum(AdminUserRole),
  status: z.enum(AdminUserStatus),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  emailVerifiedAt: z.string().nullable(),
  phoneVerifiedAt: z.string().nullable(),
  createdAt: z.string(),
  blockedAt: z.string().nullable(),
  /** A provider an admin checked (the badge customers see); always false for other roles. */
  verified: z.boolean(),
});
export type TAdminUserSummary = z.infer<typeof ZAdminUserSummary>;
export const ZAdminUsersResponse = listOf(ZAdminUserSummary);
export type TAdminUsersResponse = z.infer<typeof ZAdminUsersResponse>;

/** One audit_log entry: who (null for a guest or a deleted account), what, on what, from where. */
export const ZAdminAuditLogEntry = z.object({
  id: z.uuid(),
  actor: z.object({ id: z.uuid(), name: z.string(), role: z.enum(AdminUserRole) }).nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.uuid().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  meta: z.unknown(),
  createdAt: z.string(),
});
export type TAdminAuditLogEntry = z.infer<typeof ZAdminAuditLogEntry>;

const ZDay = ZQueryDay;

/** `from` and `to` are whole days in Asia/Dushanbe, both included. */
export const ZAdminAuditQuery = ZCursorQuery.extend({
  actorId: z.uuid().optional(),
  action: z.string().trim().min(1).max(100).optional(),
  targetId: z.uuid().optional(),
  from: ZDay.optional(),
  to: ZDay.optional(),
});
export type TAdminAuditQuery = z.infer<typeof ZAdminAuditQuery>;
export const ZAdminAuditResponse = listOf(ZAdminAuditLogEntry);
export type TAdminAuditResponse = z.infer<typeof ZAdminAuditResponse>;

export const ZAdminUserTask = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(['draft', 'new', 'in_progress', 'completed', 'cancelled']),
  createdAt: z.string(),
  hiddenAt: z.string().nullable(),
  hiddenCause: z.enum(['admin', 'owner_blocked']).nullable(),
});
export const ZAdminUserResponse = z.object({
  id: z.uuid(),
  taskId: z.uuid(),
  taskTitle: z.string(),
  status: z.enum(['pending', 'selected', 'rejected', 'withdrawn']),
  /** Diram. */
  price: z.number().int(),
  createdAt: z.string(),
});
export const ZAdminUserPeriod = z.object({
  id: z.uuid(),
  planCode: z.string(),
  planName: ZLocalizedName,
  source: z.enum(['trial', 'payment', 'admin']),
  startsAt: z.string(),
  endsAt: z.string(),
  cancelledAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  note: z.string().nullable(),
});
export const ZAdminUserPayment = z.object({
  id: z.uuid(),
  purpose: z.enum(['plan', 'top_up']),
  planCode: z.string().nullable(),
  /** Diram. */
  amount: z.number().int(),
  currency: z.string(),
  method: z.string(),
  status: z.enum(['pending', 'succeeded', 'failed', 'refunded']),
  createdAt: z.string(),
  paidAt: z.string().nullable(),
});
export const ZAdminUserComplaint = z.object({
  id: z.uuid(),
  source: z.enum(['user', 'stop_word']),
  targetType: z.enum(['task', 'user', 'review', 'message', 'response']),
  targetId: z.uuid(),
  reason: z.string(),
  text: z.string().nullable(),
  status: z.enum(['open', 'resolved', 'rejected']),
  createdAt: z.string(),
});

/** A section of the user page: the newest entries and how many there are in all. */
function sectionOf<T extends z.ZodType>(item: T) {
  return z.object({ total: z.number().int(), items: z.array(item) });
}

/** The whole picture of one account for the admin page; each section holds its newest entries. */
export const ZAdminUserDetail = ZAdminUserSummary.extend({
  locale: z.enum(Locale),
  blockReason: z.string().nullable(),
  provider: z
    .object({
      description: z.string(),
      skills: z.array(z.string()),
      ratingAverage: z.number().nullable(),
      reviewsCount: z.number().int(),
      completedCount: z.number().int(),
      verifiedAt: z.string().nullable(),
    })
    .nullable(),
  tasks: sectionOf(ZAdminUserTask),
  responses: sectionOf(ZAdminUserResponse),
  subscriptions: sectionOf(ZAdminUserPeriod),
  payments: sectionOf(ZAdminUserPayment),
  complaintsAbout: sectionOf(ZAdminUserComplaint),
  complaintsBy: sectionOf(ZAdminUserComplaint),
  audit: sectionOf(ZAdminAuditLogEntry),
});
export type TAdminUserDetail = z.infer<typeof ZAdminUserDetail>;

/** Block and unblock answer the account and how many of its tasks were hidden or shown again. */
export const ZAdminBlockResult = z.object({ user: ZAdminUserSummary, tasksAffected: z.number().int() });
export type TAdminBlockResult = z.infer<typeof ZAdminBlockResult>;
