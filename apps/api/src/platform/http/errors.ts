import { type TProblem, type TProblemCode, problemStatus } from '@dastiyor/contracts';

/** What a problem may carry besides its code and detail. */
export type ProblemExtra = Pick<TProblem, 'errors' | 'retryAfter' | 'stepUp'>;

/** The one error type services throw; the problem handler turns it into RFC 9457 JSON. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: TProblemCode,
    readonly detail?: string,
    readonly extra: ProblemExtra = {},
  ) {
    super(detail ?? code);
    this.name = 'AppError';
    this.status = problemStatus[code];
  }
}

export const notFound = (detail = 'The resource does not exist') => new AppError('not_found', detail);
export const conflict = (detail: string) => new AppError('conflict', detail);
export const forbidden = (detail = 'You are not allowed to do this') => new AppError('forbidden', detail);
