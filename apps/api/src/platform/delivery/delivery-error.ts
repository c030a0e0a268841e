/**
 * Time budget of one email or SMS sent while a person waits (a sign-up code): a transport that does
 * not answer within it is reported as down rather than holding the request for its library's default
 * (nodemailer waits up to two minutes for a connection). Background jobs use the same and retry.
 */
export const deliveryTimeoutMs = 5000;

/**
 * A message the transport could not take: refused, timed out or answered with an error. Never a
 * database failure: the problem handler answers it with `delivery_failed`, and the code that was to be
 * delivered is not counted against the destination's limits.
 */
export class DeliveryError extends Error {
  constructor(
    readonly channel: 'email' | 'sms',
    /** What happened, for the log: "timed out after 5000 ms", "gateway answered 500", the SMTP error. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${channel === 'email' ? 'Email' : 'SMS'} delivery failed: ${reason}`, options);
    this.name = 'DeliveryError';
  }
}
