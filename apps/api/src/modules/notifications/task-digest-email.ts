import type { TLocale } from '@dastiyor/contracts';
import type { NotificationParams } from './notifications.table.js';
import type { MailMessage } from '../../platform/mail/mailer.js';
import { notificationMessages } from '../i18n/index.js';
import { escapeHtml, localizedUrl, unsubscribeUrl } from './notification-email.js';

/** The daily digest email: one line per task (title + link), then "and N more" past the shown ones. */
export function composeTaskDigestEmail(
  deps: { publicUrl: string; secret: string },
  input: { to: string; userId: string; locale: TLocale; items: Array<{ link: string; params: NotificationParams }>; total: number },
): MailMessage {
  const m = notificationMessages[input.locale];
  const items = input.items.map((i) => ({
    title: String(i.params.taskTitle ?? ''),
    url: localizedUrl(deps.publicUrl, input.locale, i.link),
  }));
  const rest = input.total - items.length;
  const more = rest > 0 ? m.digest.more(rest) : null;
  const unsubscribe = unsubscribeUrl(deps, input.userId, 'task.matching');
  const text =
    `${m.digest.intro}\n\n${items.map((i) => `• ${i.title}\n  ${i.url}`).join('\n')}` +
    `${more ? `\n\n${more}` : ''}\n\n${m.footer}\n${m.unsubscribe}: ${unsubscribe}`;
  const html =
    `<p style="font-size:16px">${escapeHtml(m.digest.intro)}</p><ul>` +
    items.map((i) => `<li><a href="${escapeHtml(i.url)}">${escapeHtml(i.title)}</a></li>`).join('') +
    `</ul>${more ? `<p>${escapeHtml(more)}</p>` : ''}` +
    `<p style="color:#666;font-size:12px">${escapeHtml(m.footer)} <a href="${escapeHtml(unsubscribe)}" style="color:#666">${escapeHtml(m.unsubscribe)}</a></p>`;
  return { to: input.to, subject: `${m.digest.subject(input.total)} — Dastiyor`, text, html };
}
