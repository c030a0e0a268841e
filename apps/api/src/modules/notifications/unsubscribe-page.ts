import type { TLocale, TNotificationType } from '@dastiyor/contracts';
import { notificationMessages } from '../i18n/index.js';
import { escapeHtml } from './notification-email.js';

/** The small page the unsubscribe link answers: done in the person's language, or a bad link in both. */
export function unsubscribePage(done: { locale: TLocale; type: TNotificationType } | null): string {
  const lang = done?.locale ?? 'ru';
  const body = done
    ? `<h1>${escapeHtml(notificationMessages[done.locale].unsubscribedTitle)}</h1><p>${escapeHtml(
        notificationMessages[done.locale].unsubscribedBody(notificationMessages[done.locale].subject[done.type]),
      )}</p>`
    : `<p>${escapeHtml(notificationMessages.ru.unsubscribeInvalid)}</p><p lang="tg">${escapeHtml(notificationMessages.tg.unsubscribeInvalid)}</p>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Dastiyor</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1f2937;line-height:1.5}h1{font-size:1.4rem}</style></head><body>${body}</body></html>`;
}
