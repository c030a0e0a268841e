import type { TAdminAuditEntry, TAdminTaskDetail, TAdminTaskSummary } from '@dastiyor/contracts';
import { adminTaskActions } from '../../tasks/index.js';
import type { AdminTaskRow, findTaskResponsesForAdmin } from './admin-tasks-repository.js';
import type { findAuditTrail, findComplaintsAboutTask } from './task-context-repository.js';

type Rows<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function presentAdminTaskSummary(row: AdminTaskRow): TAdminTaskSummary {
  const { task } = row;
  return {
    id: task.id,
    title: task.title,
    status: task.status,
    hidden: task.hiddenAt ? { at: task.hiddenAt.toISOString(), cause: task.hiddenCause ?? 'admin', reason: task.hiddenReason } : null,
    category: row.category,
    subcategory: row.subcategory,
    city: row.city,
    customer: { id: row.customer.id, name: row.customer.name },
    budgetType: task.budgetType,
    budgetAmount: task.budgetAmount,
    responsesCount: row.responsesCount,
    createdAt: task.createdAt.toISOString(),
    publishedAt: iso(task.publishedAt),
  };
}

export function presentAuditEntry({ entry, actorName }: Rows<typeof findAuditTrail>[number]): TAdminAuditEntry {
  return {
    id: entry.id,
    action: entry.action,
    actor: entry.actorId ? { id: entry.actorId, name: actorName ?? '' } : null,
    ip: entry.ip,
    before: entry.before,
    after: entry.after,
    createdAt: entry.createdAt.toISOString(),
  };
}

/** Everything, private fields included: only admins ever get this shape. */
export function presentAdminTaskDetail(parts: {
  row: AdminTaskRow;
  selectedProvider: { id: string; name: string } | null;
  responses: Rows<typeof findTaskResponsesForAdmin>;
  complaints: Rows<typeof findComplaintsAboutTask>;
  audit: Rows<typeof findAuditTrail>;
}): TAdminTaskDetail {
  const { row } = parts;
  const { task } = row;
  return {
    ...presentAdminTaskSummary(row),
    description: task.description,
    address: task.address,
    district: task.districtId && row.districtName ? { id: task.districtId, name: row.districtName } : null,
    urgency: task.urgency,
    startsAt: iso(task.startsAt),
    endsAt: iso(task.endsAt),
    cancelReason: task.cancelReason,
    closedAt: iso(task.closedAt),
    updatedAt: task.updatedAt.toISOString(),
    customer: row.customer,
    selectedProvider: parts.selectedProvider,
    responses: parts.responses.map(({ response, providerName }) => ({
      id: response.id,
      provider: { id: response.providerId, name: providerName },
      comment: response.comment,
      price: response.price,
      etaMinutes: response.etaMinutes,
      status: response.status,
      flaggedAt: iso(response.flaggedAt),
      flagReason: response.flagReason,
      createdAt: response.createdAt.toISOString(),
    })),
    complaints: parts.complaints.map(({ complaint, reporterName }) => ({
      id: complaint.id,
      source: complaint.source,
      reporter: complaint.reporterId ? { id: complaint.reporterId, name: reporterName ?? '' } : null,
      reason: complaint.reason,
      text: complaint.text,
      matchedWords: complaint.matchedWords,
      status: complaint.status,
      resolutionNote: complaint.resolutionNote,
      createdAt: complaint.createdAt.toISOString(),
    })),
    audit: parts.audit.map(presentAuditEntry),
    can: adminTaskActions({ status: task.status, hidden: task.hiddenAt !== null }),
  };
}
