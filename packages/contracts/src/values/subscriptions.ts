// Plain values of the subscriptions contract, with no zod: the web's browser code imports them from
// `@dastiyor/contracts/values` without pulling any schema into its bundle.

/**
 * What a payer chooses on our page before the acquirer's: the national Korti Milli card, the Alif Mobi
 * wallet, or a Visa / Mastercard. Which of them a terminal takes is a setting (`GET /payments/methods`).
 */
export const PaymentMethodIds = ['korti_milli', 'alif_mobi', 'visa_mastercard'] as const;

export const PaymentStatus = ['pending', 'succeeded', 'failed', 'refunded'] as const;

export const PaymentPurpose = ['plan', 'top_up'] as const;
