import type { TComplaintReceipt, TCreateComplaintRequest } from '@dastiyor/contracts';
import { type ApiCallResult, callApi } from './problem-client';

/** A signed-in person's report of a task, a user, a review or a message (browser side). */
export function sendComplaint(body: TCreateComplaintRequest): Promise<ApiCallResult<TComplaintReceipt>> {
  return callApi<TComplaintReceipt>('POST', '/api/v1/complaints', body, { idempotent: true });
}
