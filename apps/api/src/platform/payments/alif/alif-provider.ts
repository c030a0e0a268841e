import { timingSafeEqual } from 'node:crypto';
import type { TPaymentMethodId } from '@dastiyor/contracts';
import type { z } from 'zod';
import { AcquirerUnavailable, type PaymentProvider, type PaymentReport, WebhookRejected } from '../payment-provider.js';
import {
  ZAlifCallback,
  ZAlifCancelAnswer,
  ZAlifCheckAnswer,
  ZAlifStartAnswer,
  alifAmount,
  alifCallbackAnswer,
  alifCurrency,
  alifGateMethods,
  alifPaths,
  alifSecret,
  alifSigned,
  alifToken,
  diramOf,
  statusOf,
} from './alif-protocol.js';

export interface AlifSettings {
  terminalId: string;
  password: string;
  /** https://test-web.alif.tj or https://web.alif.tj (no trailing slash). */
  baseUrl: string;
  /** The gates the terminal is configured for, as the bank names them, in the order to offer them. */
  gates: string[];
  /** Where the bank may send the payer (its hosted page); the base URL's origin unless set. */
  payOrigins: string[];
  /** `required`: a callback whose token does not match the known scheme is refused; `advisory`: it is only logged, and the status call decides. */
  callbackToken: 'required' | 'advisory';
  timeoutMs: number;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function sameHex(a: string, b: string): boolean {
  return a.length === b.length && /^[0-9a-f]+$/i.test(a) && timingSafeEqual(Buffer.from(a.toLowerCase()), Buffer.from(b.toLowerCase()));
}

/** The methods the configured gates offer, each once, in the gates' order; and the gate each method uses. */
export function alifMethods(gates: string[]): Map<TPaymentMethodId, string> {
  const methods = new Map<TPaymentMethodId, string>();
  for (const gate of gates) {
    const method = alifGateMethods[gate];
    if (method && !methods.has(method)) methods.set(method, gate);
  }
  return methods;
}

/**
 * Alif Acquiring over HTTPS. A callback is only a hint: the flow confirms it with checkPayment before
 * any money moves (the newer examples of the bank do not sign callbacks at all).
 */
export function createAlifProvider(settings: AlifSettings, fetchImpl: typeof fetch = fetch): PaymentProvider {
  const secret = alifSecret(settings.terminalId, settings.password);
  const methods = alifMethods(settings.gates);
  const sign = (data: string) => alifToken(secret, data);

  async function call<T extends z.ZodType>(
    path: string,
    body: object,
    answer: T,
    headers: Record<string, string> = {},
  ): Promise<z.infer<T>> {
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(`${settings.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(settings.timeoutMs),
        redirect: 'error',
      });
      text = await response.text();
    } catch (error) {
      throw new AcquirerUnavailable(`Alif ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AcquirerUnavailable(`Alif ${path}: HTTP ${response.status}, not JSON`);
    }
    if (!response.ok) {
      const message = typeof json === 'object' && json && 'message' in json ? String(json.message) : `HTTP ${response.status}`;
      throw new AcquirerUnavailable(`Alif ${path}: ${message}`, response.status >= 400 && response.status < 500);
    }
    const parsed = answer.safeParse(json);
    if (!parsed.success) throw new AcquirerUnavailable(`Alif ${path}: an answer we cannot read`);
    return parsed.data;
  }

  return {
    name: 'alif',
    methods: [...methods.keys()],
    payOrigins: settings.payOrigins,
    webhookAnswer: alifCallbackAnswer,

    async createPayment(order) {
      const gate = methods.get(order.method);
      if (!gate) throw new AcquirerUnavailable(`Alif: no gate configured for ${order.method}`, true);
      const amount = alifAmount(order.amount);
      const body = {
        key: settings.terminalId,
        token: sign(alifSigned.start(settings.terminalId, order.id, amount, order.callbackUrl)),
        order_id: order.id,
        amount,
        callback_url: order.callbackUrl,
        return_url: order.returnUrl,
        info: order.description,
        gate,
        ...(order.email ? { email: order.email } : {}),
        ...(order.phone ? { phone: order.phone } : {}),
      };
      const answer = await call(alifPaths.start, body, ZAlifStartAnswer, { gate });
      if (answer.code !== 200 || !answer.url) {
        throw new AcquirerUnavailable(`Alif refused the payment: ${answer.code} ${answer.message ?? ''}`.trim(), true);
      }
      let target: URL;
      try {
        target = new URL(answer.url);
      } catch {
        throw new AcquirerUnavailable('Alif answered a payment page address we cannot read');
      }
      // The payer is only ever sent to the bank's own host: an answer naming another is not followed.
      if (!settings.payOrigins.includes(target.origin)) {
        throw new AcquirerUnavailable(`Alif answered a payment page on an unexpected host (${target.origin})`);
      }
      return { redirectUrl: target.toString() };
    },

    parseWebhook(rawBody): PaymentReport {
      let json: unknown;
      try {
        json = JSON.parse(rawBody);
      } catch {
        throw new WebhookRejected('body is not JSON');
      }
      const parsed = ZAlifCallback.safeParse(json);
      if (!parsed.success) throw new WebhookRejected('body is not an Alif callback');
      const callback = parsed.data;
      // Our order ids are our payment ids; anything else was never ours.
      if (!uuidPattern.test(callback.orderId)) throw new WebhookRejected('unknown order id');
      const expected = sign(alifSigned.callback(callback.orderId, callback.status, callback.transactionId));
      const tokenMatches = typeof callback.token === 'string' && sameHex(callback.token, expected);
      if (!tokenMatches && settings.callbackToken === 'required') throw new WebhookRejected('callback token mismatch');
      return {
        paymentId: callback.orderId.toLowerCase(),
        eventId: `callback:${callback.orderId}:${callback.transactionId}:${callback.status}`,
        status: statusOf(callback.status),
        amount: diramOf(callback.amount),
        currency: alifCurrency,
        transactionId: callback.transactionId,
        trusted: false,
      };
    },

    async checkPayment(order) {
      const answer = await call(
        alifPaths.check,
        { key: settings.terminalId, order_id: order.id, token: sign(alifSigned.check(settings.terminalId, order.id)) },
        ZAlifCheckAnswer,
      );
      const answeredOrder = answer.orderId ?? answer.order_id ?? null;
      if (answeredOrder !== null && answeredOrder.toLowerCase() !== order.id) {
        throw new AcquirerUnavailable(`Alif answered the status of another order (${answeredOrder})`);
      }
      return {
        status: statusOf(answer.status),
        amount: answer.amount === null || answer.amount === undefined ? null : diramOf(answer.amount),
        currency: alifCurrency,
        transactionId: answer.transactionId ?? null,
      };
    },

    async refund(order) {
      if (!order.transactionId) throw new AcquirerUnavailable('Alif: the payment has no transaction id to refund', true);
      const amount = alifAmount(order.amount);
      const answer = await call(
        alifPaths.cancel,
        {
          key: settings.terminalId,
          transaction_id: order.transactionId,
          amount,
          token: sign(alifSigned.cancel(settings.terminalId, order.transactionId, amount)),
        },
        ZAlifCancelAnswer,
      );
      const refused =
        (answer.code !== null && answer.code !== undefined && answer.code !== 200) || answer.status?.toLowerCase() === 'failed';
      if (refused) {
        throw new AcquirerUnavailable(`Alif refused the refund: ${answer.code ?? ''} ${answer.message ?? ''}`.trim(), true);
      }
    },
  };
}
