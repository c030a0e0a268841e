import { AppError, notFound } from '../../platform/http/errors.js';
import { WebhookRejected } from '../../platform/payments/payment-provider.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import { type Confirmation, confirmWithAcquirer } from './payment-confirmation.js';
import { applyPaymentOutcome } from './payment-outcome.js';
import type { PaymentsDeps } from './payments-deps.js';
import { findPayment, recordPaymentEvent } from './payments-repository.js';

export type WebhookOutcome = Confirmation;

/**
 * Takes an acquirer's notice. A trusted one (the sandbox's own signed event) is applied as it is; any
 * other is stored, then confirmed with the acquirer's status call before it changes anything — so a
 * forged, replayed or reordered callback can at most make us ask the bank. The same notice twice is
 * recognised and asks nothing.
 */
export async function handlePaymentWebhook(
  deps: PaymentsDeps,
  providerName: string,
  rawBody: string,
  headers: Record<string, string | string[] | undefined>,
  origin: RequestOrigin,
): Promise<WebhookOutcome> {
  const provider = deps.providers.get(providerName);
  if (!provider) throw notFound('No such payment provider');
  const now = deps.clock();
  let report;
  try {
    report = provider.parseWebhook(rawBody, headers, now);
  } catch (error) {
    if (!(error instanceof WebhookRejected)) throw error;
    await rejected(deps, now, origin, providerName, error.message);
    throw new AppError('validation.failed', `Webhook rejected: ${error.message}`);
  }
  if (report.trusted) {
    if (report.status !== 'succeeded' && report.status !== 'failed')
      throw new AppError('validation.failed', 'Webhook rejected: not a final status');
    return applyPaymentOutcome(
      deps,
      providerName,
      { ...report, status: report.status, payload: report, failureReason: 'declined' },
      origin,
    );
  }
  const payment = await findPayment(deps.db, report.paymentId);
  if (!payment || payment.provider !== providerName) throw notFound('No such payment');
  // A genuine notice never names another amount than the one we asked for.
  if (report.amount !== null && report.amount !== payment.amount) {
    await rejected(deps, now, origin, providerName, 'the amount does not match the payment', report.eventId);
    throw new AppError('validation.failed', 'The amount or currency does not match the payment');
  }
  const stored = await recordPaymentEvent(deps.db, {
    provider: providerName,
    eventId: report.eventId,
    paymentId: payment.id,
    type: 'callback',
    payload: { status: report.status, transactionId: report.transactionId, body: safeJson(rawBody) },
  });
  if (!stored) return 'duplicate';
  return confirmWithAcquirer(deps, payment, origin, 'callback');
}

function rejected(deps: PaymentsDeps, now: Date, origin: RequestOrigin, provider: string, reason: string, eventId?: string) {
  return recordAudit(deps.db, now, origin, {
    actorId: null,
    action: 'payment.webhook_rejected',
    targetType: 'payment_provider',
    meta: { provider, reason, ...(eventId ? { eventId } : {}) },
  });
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
