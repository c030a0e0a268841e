import type { TResponse } from '@dastiyor/contracts';
import type { ResponseRow } from './responses-repository.js';

export function presentResponse(row: ResponseRow): TResponse {
  return {
    id: row.id,
    taskId: row.taskId,
    comment: row.comment,
    price: row.price,
    etaMinutes: row.etaMinutes,
    status: row.status,
    rejectReason: row.rejectReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
