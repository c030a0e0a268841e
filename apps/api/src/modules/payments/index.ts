// The payments module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export type { PaymentsDeps } from './payments-deps.js';
export { refundPayment } from './refund-service.js';
export { registerPaymentReconcileJob, runPaymentReconciliation } from './reconcile-job.js';
