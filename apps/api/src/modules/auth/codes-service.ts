import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { TCodeSentResponse, TLocale } from '@dastiyor/contracts';
import type { Db, DbOrTx } from '../../db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import type { SmsSender } from '../../platform/sms/sms-sender.js';
import { type CodePurpose, messages } from '../i18n/index.js';
import {
  type CodeRow,
  codesSentSince,
  deleteCode,
  insertCode,
  latestCodeTo,
  lockDestination,
  lockLatestOpenCode,
  updateCode,
} from './codes-repository.js';
import { type Contact, maskContact } from './contacts.js';

export const codeRules = {
  ttlMs: 10 * 60_000,
  maxAttempts: 5,
  resendAfterMs: 60_000,
  perHour: 5,
  perDay: 10,
} as const;

export interface CodesDeps {
  db: Db;
  mailer: Mailer;
  sms: SmsSender;
  clock: () => Date;
  secret: string;
}

function hashCode(secret: string, target: string, code: string): string {
  return createHmac('sha256', secret).update(`${target}:${code}`).digest('hex');
}

/**
 * Limits are per destination (phone or email), because every SMS costs money and an attacker
 * rotating IPs must not be able to spend it: one code a minute, five an hour, ten a day.
 */
async function assertMaySend(db: DbOrTx, target: string, now: Date): Promise<void> {
  const latest = await latestCodeTo(db, target);
  if (latest) {
    const wait = latest.createdAt.getTime() + codeRules.resendAfterMs - now.getTime();
    if (wait > 0) throw new AppError('rate_limited', 'Wait before asking for another code', { retryAfter: Math.ceil(wait / 1000) });
  }
  const hour = await codesSentSince(db, target, new Date(now.getTime() - 3_600_000));
  if (hour >= codeRules.perHour) throw new AppError('rate_limited', 'Too many codes this hour; try again later', { retryAfter: 3600 });
  const day = await codesSentSince(db, target, new Date(now.getTime() - 86_400_000));
  if (day >= codeRules.perDay) throw new AppError('rate_limited', 'Too many codes today; try again tomorrow', { retryAfter: 86_400 });
}

/**
 * What goes to the destination: the code; a notice that someone tried to sign up with an address
 * that already has an account (the code itself is never sent, so it cannot be entered); nothing (an
 * unknown account asking for a reset). The row is recorded alike, so the limits and the answer do
 * not tell whether an account exists.
 */
export type CodeDelivery = 'code' | 'signup_attempt_notice' | 'nothing';

export interface IssueCodeInput {
  purpose: CodePurpose;
  contact: Contact;
  locale: TLocale;
  userId?: string | null;
  payload?: unknown;
  /** `code` unless told otherwise. */
  send?: CodeDelivery;
}

/**
 * Records a code and sends it (or the notice). The limit check and the insert are one transaction
 * under a per-destination lock, so no concurrency gets past one a minute, five an hour, ten a day;
 * the sending happens after the commit so a slow transport holds no lock or connection.
 */
export async function issueCode(deps: CodesDeps, input: IssueCodeInput): Promise<TCodeSentResponse> {
  const now = deps.clock();
  const target = input.contact.value;
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const send = input.send ?? 'code';
  const row = await deps.db.transaction(async (tx) => {
    await lockDestination(tx, target);
    await assertMaySend(tx, target, now);
    return insertCode(tx, {
      purpose: input.purpose,
      channel: input.contact.kind === 'email' ? 'email' : 'sms',
      target,
      userId: input.userId ?? null,
      codeHash: hashCode(deps.secret, target, code),
      payload: input.payload ?? null,
      // Only a code that went out can be entered: a notice row counts against the limits, no more.
      delivered: send === 'code',
      createdAt: now,
      expiresAt: new Date(now.getTime() + codeRules.ttlMs),
    });
  });
  if (send !== 'nothing') {
    try {
      if (send === 'code') await deliverCode(deps, input, code);
      else await deliverSignupAttemptNotice(deps, input);
    } catch (error) {
      // Not delivered, so not spent: without the row the person may ask again at once and the
      // limits count only codes that went out. If even the delete fails, the send's error matters more.
      await deleteCode(deps.db, row.id).catch(() => {});
      throw error;
    }
  }
  return {
    channel: input.contact.kind === 'email' ? 'email' : 'sms',
    sentTo: maskContact(input.contact),
    resendAfter: codeRules.resendAfterMs / 1000,
  };
}

/** Sends the code by email or SMS; a transport failure is a DeliveryError (answered as `delivery_failed`). */
async function deliverCode(deps: CodesDeps, input: IssueCodeInput, code: string): Promise<void> {
  const target = input.contact.value;
  const m = messages[input.locale];
  if (input.contact.kind === 'email') {
    const text = `${m.codeEmailIntro[input.purpose]}\n\n${m.codeEmailBody(code)}\n\n${m.codeEmailIgnore}`;
    const html = `<p>${m.codeEmailIntro[input.purpose]}</p><p style="font-size:28px;font-weight:bold;letter-spacing:4px">${code}</p><p>${m.codeEmailBody('').trim()}</p><p style="color:#666">${m.codeEmailIgnore}</p>`;
    await deps.mailer.send({ to: target, subject: m.codeSubject[input.purpose], text, html });
  } else {
    await deps.sms.send({ to: target, text: m.codeSms(code) });
  }
}

/** Tells the owner of an existing account that someone tried to sign up with their address. */
async function deliverSignupAttemptNotice(deps: CodesDeps, input: IssueCodeInput): Promise<void> {
  const target = input.contact.value;
  const m = messages[input.locale].signupAttempt;
  if (input.contact.kind === 'email') {
    const html = m.emailParagraphs.map((p) => `<p>${p}</p>`).join('');
    await deps.mailer.send({ to: target, subject: m.emailSubject, text: m.emailParagraphs.join('\n\n'), html });
  } else {
    await deps.sms.send({ to: target, text: m.sms });
  }
}

/** The answer to a wrong, spent or unknown code: a field error on `code`. */
export const codeInvalid = (detail = 'The code is not valid') =>
  new AppError('auth.code_invalid', detail, { errors: [{ path: 'body.code', code: 'code_invalid', message: detail }] });

export interface CodeCheck {
  now: Date;
  purpose: CodePurpose;
  target: string;
  code: string;
  /**
   * A second factor, asked only once the code is right (the password of a step-up login). A refusal
   * counts as a wrong try on the code and is committed with it, so it is bounded by the same five.
   */
  confirm?: (tx: DbOrTx, row: CodeRow) => Promise<AppError | null>;
}

/**
 * Checks a code and, when it is right, marks it used and runs `action` in the same transaction, so
 * the code is spent only if what it confirms is saved. Wrong guesses are committed even though the
 * request fails; after five the code is void. Only the newest code per destination and purpose works.
 */
export async function withValidCode<T>(
  deps: Pick<CodesDeps, 'db' | 'secret'>,
  check: CodeCheck,
  action: (tx: DbOrTx, row: CodeRow) => Promise<T>,
): Promise<T> {
  const outcome = await deps.db.transaction(async (tx): Promise<{ failure: AppError } | { value: T }> => {
    const row = await lockLatestOpenCode(tx, check.purpose, check.target);
    if (!row || !row.delivered) return { failure: codeInvalid() };
    if (row.expiresAt.getTime() <= check.now.getTime()) {
      return {
        failure: new AppError('auth.code_expired', 'The code has expired; ask for a new one', {
          errors: [{ path: 'body.code', code: 'code_expired', message: 'The code has expired' }],
        }),
      };
    }
    if (row.attempts >= codeRules.maxAttempts) return { failure: codeInvalid('Too many wrong tries; ask for a new code') };
    const expected = Buffer.from(row.codeHash, 'hex');
    const given = Buffer.from(hashCode(deps.secret, check.target, check.code), 'hex');
    if (!timingSafeEqual(expected, given)) {
      await updateCode(tx, row.id, { attempts: row.attempts + 1 });
      const left = codeRules.maxAttempts - row.attempts - 1;
      return { failure: codeInvalid(left > 0 ? `Wrong code; ${left} tries left` : 'Too many wrong tries; ask for a new code') };
    }
    const refusal = check.confirm ? await check.confirm(tx, row) : null;
    if (refusal) {
      await updateCode(tx, row.id, { attempts: row.attempts + 1 });
      return { failure: refusal };
    }
    await updateCode(tx, row.id, { consumedAt: check.now });
    return { value: await action(tx, row) };
  });
  if ('failure' in outcome) throw outcome.failure;
  return outcome.value;
}
