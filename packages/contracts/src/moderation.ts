import { z } from 'zod';
import { ZCursorQuery, listOf } from './common';
import {
  QueueTargetType,
  ComplaintReason,
  ComplaintStatus,
  ComplaintSource,
  complaintLimits,
  StopWordLocale,
  stopWordLimits,
} from './values/moderation';

/** What a person may report (a response is flagged only by the stop-word list, never reported). */
export const ComplaintTargetType = ['task', 'user', 'review', 'message'] as const;
export type TComplaintTargetType = (typeof ComplaintTargetType)[number];
export type TQueueTargetType = (typeof QueueTargetType)[number];

export type TComplaintReason = (typeof ComplaintReason)[number];
export type TComplaintStatus = (typeof ComplaintStatus)[number];
export type TComplaintSource = (typeof ComplaintSource)[number];

export const ZCreateComplaintRequest = z.object({
  targetType: z.enum(ComplaintTargetType),
  targetId: z.uuid(),
  reason: z.enum(ComplaintReason),
  text: z.string().trim().max(complaintLimits.textMax).optional(),
});
export type TCreateComplaintRequest = z.infer<typeof ZCreateComplaintRequest>;

/** What the reporter gets back: the report is taken, nothing about the queue. */
export const ZComplaintReceipt = z.object({ id: z.uuid(), status: z.enum(ComplaintStatus), createdAt: z.string() });
export type TComplaintReceipt = z.infer<typeof ZComplaintReceipt>;

const ZPerson = z.object({ id: z.uuid(), name: z.string() });

/** A queue entry with enough context to decide without opening five pages. */
export const ZAdminComplaint = z.object({
  id: z.uuid(),
  source: z.enum(ComplaintSource),
  status: z.enum(ComplaintStatus),
  targetType: z.enum(QueueTargetType),
  targetId: z.uuid(),
  /** A ComplaintReason code, or `stop_word` for flags. */
  reason: z.string(),
  text: z.string().nullable(),
  matchedWords: z.array(z.string()),
  createdAt: z.string(),
  resolutionNote: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolvedBy: ZPerson.nullable(),
  /** Null for stop-word flags (or a deleted account). */
  reporter: ZPerson.nullable(),
  /** Who wrote or owns the target: the one a warning or a block would reach. */
  author: ZPerson.extend({ status: z.enum(['active', 'blocked']) }).nullable(),
  /** Null when the target no longer exists. */
  context: z
    .object({
      /** Task title, user name, `★4` for a review…: one line. */
      title: z.string(),
      /** The start of the text that was reported (up to 300 characters). */
      excerpt: z.string().nullable(),
      /** Hidden by moderation (tasks and reviews). */
      hidden: z.boolean(),
      /** An admin page to act from (`/admin/tasks/<id>`, `/admin/users/<id>`), without the locale prefix. */
      adminPath: z.string(),
    })
    .nullable(),
});
export type TAdminComplaint = z.infer<typeof ZAdminComplaint>;
export const ZAdminComplaintsResponse = listOf(ZAdminComplaint);
export type TAdminComplaintsResponse = z.infer<typeof ZAdminComplaintsResponse>;

export const ZAdminComplaintsQuery = ZCursorQuery.extend({
  status: z.enum(ComplaintStatus).default('open'),
  source: z.enum(ComplaintSource).optional(),
  targetType: z.enum(QueueTargetType).optional(),
});

export const ZAdminNoteRequest = z.object({ note: z.string().trim().min(3).max(1000) });

/** A review as admins see it: hidden ones included, with the reason. */
export const ZAdminReview = z.object({
  id: z.uuid(),
  rating: z.number().int(),
  text: z.string(),
  createdAt: z.string(),
  hiddenAt: z.string().nullable(),
  hiddenReason: z.string().nullable(),
  customer: ZPerson,
  provider: ZPerson,
  task: z.object({ id: z.uuid(), title: z.string() }),
});
export type TAdminReview = z.infer<typeof ZAdminReview>;
export const ZAdminReviewsResponse = listOf(ZAdminReview);
export type TAdminReviewsResponse = z.infer<typeof ZAdminReviewsResponse>;
export const ZAdminReviewsQuery = ZCursorQuery.extend({
  hidden: z.stringbool().optional(),
  providerId: z.uuid().optional(),
});
export const ZAdminHideReviewRequest = z.object({ reason: z.string().trim().min(3).max(500) });

export const ZStopWord = z.object({
  id: z.uuid(),
  /** Folded: lower case, Tajik letters on their Russian look-alikes, ё as е. */
  word: z.string(),
  locale: z.enum(StopWordLocale),
  createdAt: z.string(),
});
export type TStopWord = z.infer<typeof ZStopWord>;
export const ZStopWordsResponse = listOf(ZStopWord);
export type TStopWordsResponse = z.infer<typeof ZStopWordsResponse>;
/** One word or a short phrase; matched as whole words. */
export const ZCreateStopWordRequest = z.object({
  word: z.string().trim().min(1).max(stopWordLimits.max),
  locale: z.enum(StopWordLocale),
});

export const ZAdminWarnRequest = z.object({ message: z.string().trim().min(3).max(1000) });
export const ZAdminWarnResponse = z.object({ notificationId: z.uuid() });
