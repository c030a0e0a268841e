import { AppError } from '../../platform/http/errors.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import { confirmWithAcquirer } from './payment-confirmation.js';
import type { PaymentsDeps } from './payments-deps.js';
import { findPaymentsDueForCheck } from './payments-repository.js';

export const paymentReconcileQueue = 'payments.reconcile';
/** Every minute: a lost callback leaves a paid provider waiting a couple of minutes at most. */
export const paymentReconcileCron = '* * * * *';
/** Payments asked about per run; each call to the bank is bounded by its timeout. */
const batchSize = 50;
const systemOrigin = { ip: null, userAgent: 'payments.reconcile' };

/**
 * Asks the acquirer about pending payments whose check is due (back-off in confirmationPolicy) and
 * applies what it confirms; one payment's trouble never stops the others.
 */
export async function runPaymentReconciliation(deps: PaymentsDeps): Promise<{ checked: number; settled: number }> {
  const due = await findPaymentsDueForCheck(deps.db, deps.clock(), batchSize);
  let settled = 0;
  for (const payment of due) {
    try {
      const outcome = await confirmWithAcquirer(deps, payment, systemOrigin, 'reconcile');
      if (outcome === 'applied') settled += 1;
    } catch (error) {
      // An amount the bank confirms differently from ours is audited by the outcome path; it stays for an operator.
      if (!(error instanceof AppError)) throw error;
      deps.log?.warn({ paymentId: payment.id, code: error.code, detail: error.detail }, 'payment not reconciled');
    }
  }
  if (due.length > 0) deps.log?.info({ checked: due.length, settled }, 'pending payments checked with the acquirer');
  return { checked: due.length, settled };
}

/** Registers the worker and its schedule; call after jobs.start(). */
export async function registerPaymentReconcileJob(jobs: Jobs, deps: PaymentsDeps): Promise<void> {
  await jobs.work(paymentReconcileQueue, async () => {
    await runPaymentReconciliation(deps);
  });
  await jobs.schedule(paymentReconcileQueue, paymentReconcileCron);
}
