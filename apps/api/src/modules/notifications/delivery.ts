import {
  NotificationType,
  alwaysEmailedTypes,
  smsWorthyTypes,
  type TNotificationSettings,
  type TNotificationType,
} from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import type { NotificationRow } from './notifications.table.js';
import { stableJobId } from '../../platform/jobs/job-id.js';
import type { Jobs, NewJob } from '../../platform/jobs/jobs.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import type { PushSender } from '../../platform/push/push-sender.js';
import type { SmsSender } from '../../platform/sms/sms-sender.js';
import { notificationMessages, notificationText } from '../i18n/index.js';
import { sendPushToAll } from './push-delivery.js';
import { type DeliveryTarget, findDeliveryContact, findDeliveryTargets, findNotification } from './delivery-repository.js';
import { composeNotificationEmail } from './notification-email.js';
import { withDefaultSettings } from './notification-settings-defaults.js';
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
export const emailedOneByOne = (type: TNotificationType, settings: TNotificationSettings) =>
  alwaysEmailedTypes.includes(type) || (settings.channels[type].email && !(type === 'task.matching' && settings.taskDigest === 'daily'));

/**
 * The jobs one notification needs, one per channel its recipient wants. Email goes at once; SMS and
 * push wait for the end of the recipient's quiet hours, measured at the notification's own time.
 * Each channel is its own job, so one failing never holds back another; the job id is derived from
 * (channel, notification), so queueing the same notification twice queues nothing more.
 */
function deliveryJobsFor(row: NotificationRow, type: TNotificationType, target: DeliveryTarget): NewJob<DeliveryJob>[] {
  const settings = withDefaultSettings(target.settings);
  const channels = settings.channels[type];
  const quietUntil = quietHoursEnd(row.createdAt, settings.quietHours);
  const job = (queue: string, channel: string, waitsForQuietHours: boolean): NewJob<DeliveryJob> => ({
    queue,
    data: { notificationId: row.id },
    id: stableJobId(`${channel}:${row.id}`),
    ...(waitsForQuietHours && quietUntil ? { startAfter: quietUntil } : {}),
  });
  const jobs: NewJob<DeliveryJob>[] = [];
  if (emailedOneByOne(type, settings) && target.email) jobs.push(job(emailDeliveryQueue, 'email', false));
  if (channels.sms && target.phone && smsWorthyTypes.includes(type)) jobs.push(job(smsDeliveryQueue, 'sms', true));
  if (channels.push && target.devices > 0) jobs.push(job(pushDeliveryQueue, 'push', true));
  return jobs;
}

/**
 * Queues the deliveries of freshly stored notifications, after their commit: one query for every
 * recipient's settings, contacts and browsers, one insert for every job. Either all of them are
 * queued or the call throws (the caller retries; nothing is dropped silently). Matching tasks are
 * not delivered from their rows: the task alert fan-out sends them from the task (task-alert-*.ts).
 * Answers the jobs queued.
 */
export async function queueDeliveries(deps: { db: Db; jobs: Pick<Jobs, 'insert'> }, rows: NotificationRow[]): Promise<number> {
  const deliverable = rows.filter((row) => row.type !== 'task.matching');
  if (deliverable.length === 0) return 0;
  const targets = await findDeliveryTargets(deps.db, [...new Set(deliverable.map((row) => row.recipientId))]);
  const byId = new Map(targets.map((t) => [t.userId, t]));
  const jobs = deliverable.flatMap((row) => {
    const type = knownType(row.type);
    const target = byId.get(row.recipientId);
    return type && target ? deliveryJobsFor(row, type, target) : [];
  });
  await deps.jobs.insert(jobs);
  return jobs.length;
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
