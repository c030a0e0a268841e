import type { TLocale, TNotificationType } from '@dastiyor/contracts';
import type { NotificationParams } from './notifications.table.js';
import type { MailMessage } from '../../platform/mail/mailer.js';
import { notificationMessages, notificationText } from '../i18n/index.js';
import { signUnsubscribeToken } from './unsubscribe-token.js';

/** Task titles and names are user text: escaped before they enter HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The web's address of an app path in a language (Russian has no prefix, Tajik is under /tg). */
export function localizedUrl(publicUrl: string, locale: TLocale, path: string): string {
  return `${publicUrl.replace(/\/$/, '')}${locale === 'ru' ? '' : `/${locale}`}${path}`;
}

export function unsubscribeUrl(deps: { publicUrl: string; secret: string }, userId: string, type: TNotificationType): string {
  const token = signUnsubscribeToken(deps.secret, userId, type);
  return `${deps.publicUrl.replace(/\/$/, '')}/api/v1/notifications/unsubscribe?token=${token}`;
}

/** One notification as an email in the recipient's language, with its link and a one-click unsubscribe. */
export function composeNotificationEmail(
  deps: { publicUrl: string; secret: string },
  input: { to: string; userId: string; locale: TLocale; type: TNotificationType; link: string; params: NotificationParams },
): MailMessage {
  const m = notificationMessages[input.locale];
  const body = notificationText(input.locale, input.type, input.params);
  const open = localizedUrl(deps.publicUrl, input.locale, input.link);
  const unsubscribe = unsubscribeUrl(deps, input.userId, input.type);
  const text = `${body}\n\n${m.open}: ${open}\n\n${m.footer}\n${m.unsubscribe}: ${unsubscribe}`;
  const html =
    `<p style="font-size:16px">${escapeHtml(body)}</p>` +
    `<p><a href="${escapeHtml(open)}" style="display:inline-block;padding:10px 16px;background:#0f766e;color:#fff;border-radius:8px;text-decoration:none">${escapeHtml(m.open)}</a></p>` +
    `<p style="color:#666;font-size:12px">${escapeHtml(m.footer)} <a href="${escapeHtml(unsubscribe)}" style="color:#666">${escapeHtml(m.unsubscribe)}</a></p>`;
  return {
    to: input.to,
    subject: `${m.subject[input.type]} — Dastiyor`,
    text,
    html,
    // RFC 8058: mail apps show their own "unsubscribe" and POST to the same signed link.
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
