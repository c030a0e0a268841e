import {
  NotificationType,
  alwaysEmailedTypes,
  smsWorthyTypes,
  type TNotificationSettings,
  type TNotificationType,
} from '@dastiyor/contracts';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.js';
import type { NotificationRow } from '../../db/schema/index.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import type { PushSender } from '../../platform/push/push-sender.js';
import type { SmsSender } from '../../platform/sms/sms-sender.js';
import { notificationMessages, notificationText } from '../i18n/notification-messages.js';
import { countPushSubscriptions } from '../push/push-subscriptions-repository.js';
import { sendPushToAll } from './push-delivery.js';
import { findDeliveryContact, findNotification } from './delivery-repository.js';
import { composeNotificationEmail } from './notification-email.js';
import { notificationSettingsOf } from './notification-settings-service.js';
import { quietHoursEnd } from './quiet-hours.js';

export const emailDeliveryQueue = 'notifications.deliver-email';
export const smsDeliveryQueue = 'notifications.deliver-sms';
export const pushDeliveryQueue = 'notifications.deliver-push';

interface DeliveryJob {
  notificationId: string;
}

const knownType = (type: string): TNotificationType | null => NotificationType.find((t) => t === type) ?? null;

/** Matching tasks of a provider on the daily digest are emailed together by the digest job, not one by one. */
const emailedOneByOne = (type: TNotificationType, settings: TNotificationSettings) =>
  alwaysEmailedTypes.includes(type) || (settings.channels[type].email && !(type === 'task.matching' && settings.taskDigest === 'daily'));

/**
 * Queues one job per (notification, channel) its recipient wants, after the commit. Email goes at once;
 * SMS and push wait for the end of the recipient's quiet hours, measured at the notification's own time
 * (the injected clock). Each channel is its own job, so one failing never holds back another.
 */
export async function queueDeliveries(
  deps: { db: Db; jobs: Pick<Jobs, 'send'>; log: Pick<FastifyBaseLogger, 'warn'> },
  rows: NotificationRow[],
): Promise<void> {
  const results = await Promise.allSettled(
    rows.map(async (row) => {
      const type = knownType(row.type);
      const [settings, contact, devices] = await Promise.all([
        notificationSettingsOf(deps.db, row.recipientId),
        findDeliveryContact(deps.db, row.recipientId),
        countPushSubscriptions(deps.db, row.recipientId),
      ]);
      if (!type || !contact) return;
      const channels = settings.channels[type];
      const job: DeliveryJob = { notificationId: row.id };
      const startAfter = quietHoursEnd(row.createdAt, settings.quietHours);
      const later = startAfter ? { startAfter } : {};
      // singletonKey: the same notification is never queued twice for a channel.
      if (emailedOneByOne(type, settings) && contact.email)
        await deps.jobs.send(emailDeliveryQueue, job, { singletonKey: `email:${row.id}` });
      if (channels.sms && contact.phone && smsWorthyTypes.includes(type))
        await deps.jobs.send(smsDeliveryQueue, job, { singletonKey: `sms:${row.id}`, ...later });
      if (channels.push && devices > 0) await deps.jobs.send(pushDeliveryQueue, job, { singletonKey: `push:${row.id}`, ...later });
    }),
  );
  const failed = results.filter((r) => r.status === 'rejected').length;
  if (failed > 0) deps.log.warn({ failed }, 'some notification deliveries could not be queued');
}

export interface DeliveryDeps {
  db: Db;
  mailer: Mailer;
  sms: SmsSender;
  push: PushSender;
  publicUrl: string;
  secret: string;
  clock: () => Date;
}

/**
 * What a delivery job sends, decided again when it runs: a person who switched the channel off or
 * unsubscribed after the event gets nothing. Null: nothing to send.
 */
async function loadDelivery(deps: DeliveryDeps, notificationId: string) {
  const row = await findNotification(deps.db, notificationId);
  const type = row ? knownType(row.type) : null;
  if (!row || !type) return null;
  const [settings, contact] = await Promise.all([
    notificationSettingsOf(deps.db, row.recipientId),
    findDeliveryContact(deps.db, row.recipientId),
  ]);
  return contact ? { row, type, channels: settings.channels[type], email: emailedOneByOne(type, settings), contact } : null;
}

export async function deliverEmail(deps: DeliveryDeps, notificationId: string): Promise<boolean> {
  const d = await loadDelivery(deps, notificationId);
  const to = d?.email ? d.contact.email : null;
  if (!d || !to) return false;
  const { row, type, contact } = d;
  await deps.mailer.send(
    composeNotificationEmail(deps, { to, userId: row.recipientId, locale: contact.locale, type, link: row.link, params: row.params }),
  );
  return true;
}

export async function deliverSms(deps: DeliveryDeps, notificationId: string): Promise<boolean> {
  const d = await loadDelivery(deps, notificationId);
  if (!d || !d.channels.sms || !d.contact.phone || !smsWorthyTypes.includes(d.type)) return false;
  await deps.sms.send({ to: d.contact.phone, text: `Dastiyor: ${notificationText(d.contact.locale, d.type, d.row.params)}` });
  return true;
}

/** Sends to every browser the recipient allowed; the count of browsers reached, or null when nothing was due. */
export async function deliverPush(deps: DeliveryDeps, notificationId: string): Promise<number | null> {
  const d = await loadDelivery(deps, notificationId);
  if (!d || !d.channels.push) return null;
  const { row, type, contact } = d;
  return sendPushToAll(deps, row.recipientId, {
    title: notificationMessages[contact.locale].subject[type],
    body: notificationText(contact.locale, type, row.params),
    url: `${contact.locale === 'ru' ? '' : `/${contact.locale}`}${row.link}`,
    // Later news about the same thing (a chat, a task) replaces the earlier one on the device.
    tag: `${type}:${row.link}`,
  });
}

/** Registers the delivery workers; call after jobs.start(). A thrown send is retried with backoff by the queue. */
export async function registerDeliveryJobs(jobs: Jobs, deps: DeliveryDeps): Promise<void> {
  await jobs.work<DeliveryJob>(emailDeliveryQueue, async (data) => {
    await deliverEmail(deps, data.notificationId);
  });
  await jobs.work<DeliveryJob>(smsDeliveryQueue, async (data) => {
    await deliverSms(deps, data.notificationId);
  });
  await jobs.work<DeliveryJob>(pushDeliveryQueue, async (data) => {
    await deliverPush(deps, data.notificationId);
  });
}
