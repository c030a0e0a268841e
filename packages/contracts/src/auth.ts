import { z } from 'zod';
import { Locale } from './common';

export const Role = ['customer', 'provider'] as const;
export type TRole = (typeof Role)[number];

export const ZEmail = z.string().trim().toLowerCase().max(254).pipe(z.email());
/** Any phone a person might type; the API normalises it to E.164 (default region TJ) or refuses it. */
export const ZPhoneInput = z
  .string()
  .trim()
  .min(5)
  .max(24)
  .regex(/^[+\d\s()-]+$/, 'Digits, spaces, brackets and + only');
export const ZPassword = z.string().min(8, 'At least 8 characters').max(128, 'At most 128 characters');
export const ZCode = z.string().regex(/^\d{6}$/, 'Six digits');
export const ZPersonName = z.string().trim().min(2).max(80);

/** Exactly one of email or phone identifies where a code goes. */
function oneContact<T extends { email?: string; phone?: string }>(value: T, ctx: z.RefinementCtx) {
  if (!value.email === !value.phone) {
    ctx.addIssue({ code: 'custom', path: [value.email ? 'phone' : 'email'], message: 'Give an email or a phone number, one of them' });
  }
}
const ZContact = z.object({ email: ZEmail.optional(), phone: ZPhoneInput.optional() });

export const ZRegisterRequest = ZContact.extend({
  role: z.enum(Role),
  password: ZPassword,
  name: ZPersonName,
  locale: z.enum(Locale).optional(),
}).superRefine(oneContact);
export type TRegisterRequest = z.infer<typeof ZRegisterRequest>;

export const ZCodeSentResponse = z.object({
  channel: z.enum(['email', 'sms']),
  /** Masked destination for display, e.g. +992 90 ***-**-67. */
  sentTo: z.string(),
  /** Seconds until another code may be requested. */
  resendAfter: z.number().int(),
});
export type TCodeSentResponse = z.infer<typeof ZCodeSentResponse>;

export const ZVerifyRequest = ZContact.extend({ code: ZCode }).superRefine(oneContact);
export const ZResendRequest = ZContact.extend({ purpose: z.enum(['register', 'reset']) }).superRefine(oneContact);
const ZLogin = z.string().trim().min(3).max(254);
export const ZLoginRequest = z.object({ login: ZLogin, password: z.string().min(1).max(128) });
/** After `auth.step_up_required`: a one-time code to the contact named by `login` (202 alike whether or not it has an account). */
export const ZLoginCodeRequest = z.object({ login: ZLogin });
/** The code and the password together: the step-up adds a factor to the password, it never replaces it. */
export const ZLoginCodeVerifyRequest = ZLoginRequest.extend({ code: ZCode });
export const ZForgotPasswordRequest = ZContact.superRefine(oneContact);
export const ZResetPasswordRequest = ZContact.extend({ code: ZCode, password: ZPassword }).superRefine(oneContact);
export const ZChangePasswordRequest = z.object({ currentPassword: z.string().min(1).max(128), newPassword: ZPassword });
export const ZChangeEmailRequest = z.object({ email: ZEmail, currentPassword: z.string().min(1).max(128) });
export const ZChangePhoneRequest = z.object({ phone: ZPhoneInput, currentPassword: z.string().min(1).max(128) });
export const ZConfirmContactRequest = z.object({ code: ZCode });

export const ZOkResponse = z.object({ ok: z.literal(true) });

export const ZSession = z.object({
  id: z.uuid(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  current: z.boolean(),
});
export const ZSessionsResponse = z.object({ items: z.array(ZSession), nextCursor: z.null() });
export type TSession = z.infer<typeof ZSession>;

export const ZAuthUser = z.object({ id: z.uuid(), role: z.enum([...Role, 'admin']), name: z.string(), locale: z.enum(Locale) });
/** Answer of every call that signs a person in (the session travels in an HttpOnly cookie). */
export const ZAuthResponse = z.object({ user: ZAuthUser });
export type TAuthResponse = z.infer<typeof ZAuthResponse>;
