import type { TComplaintReceipt, TCreateComplaintRequest } from '@dastiyor/contracts';
import { idempotentApi, settle } from './api-client';
import type { ApiCallResult } from './problem-client';

/** A signed-in person's report of a task, a user, a review or a message (browser side). */
export function sendComplaint(body: TCreateComplaintRequest): Promise<ApiCallResult<TComplaintReceipt>> {
  return settle(idempotentApi.POST('/api/v1/complaints', { body }));
}
