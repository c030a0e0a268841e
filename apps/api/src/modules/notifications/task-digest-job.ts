import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import { findDeliveryContact } from './delivery-repository.js';
import { notificationSettingsOf } from './notification-settings-service.js';
import { composeTaskDigestEmail } from './task-digest-email.js';
import { findDigestSubscribers, findMatchingBetween, recordDigest } from './task-digest-repository.js';

export const taskDigestQueue = 'notifications.task-digest';
/** 09:00 every day; the jobs platform schedules crons in Asia/Dushanbe. */
export const taskDigestCron = '0 9 * * *';

/** Asia/Dushanbe is UTC+5 all year. */
const offsetMs = 5 * 3_600_000;
const dayMs = 86_400_000;
const maxListed = 20;
const dushanbeDay = (at: Date) => Math.floor((at.getTime() + offsetMs) / dayMs);

export interface TaskDigestDeps {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
  secret: string;
  clock: () => Date;
  log: Pick<FastifyBaseLogger, 'warn'>;
}

/**
 * Sends each provider on the daily digest one email with the task.matching notifications created since
 * their last digest (a first digest looks back one day, so switching from instant repeats nothing old).
 * At most one per Dushanbe day: a rerun the same day sends nothing. One provider failing does not stop
 * the others; their tasks wait for the next run. Returns how many digests went out.
 */
export async function runTaskDigest(deps: TaskDigestDeps): Promise<number> {
  const now = deps.clock();
  let sent = 0;
  for (const { userId, lastSentAt } of await findDigestSubscribers(deps.db)) {
    if (lastSentAt && dushanbeDay(lastSentAt) === dushanbeDay(now)) continue;
    try {
      const [settings, contact] = await Promise.all([notificationSettingsOf(deps.db, userId), findDeliveryContact(deps.db, userId)]);
      if (settings.taskDigest !== 'daily' || !settings.channels['task.matching'].email || !contact?.email) continue;
      const since = lastSentAt ?? new Date(now.getTime() - dayMs);
      const { rows, total } = await findMatchingBetween(deps.db, userId, since, now, maxListed);
      if (total === 0) continue;
      await deps.mailer.send(composeTaskDigestEmail(deps, { to: contact.email, userId, locale: contact.locale, items: rows, total }));
      await recordDigest(deps.db, userId, now);
      sent += 1;
    } catch (error) {
      deps.log.warn({ userId, err: error }, 'a task digest could not be sent');
    }
  }
  return sent;
}

/** Registers the worker and its daily schedule; call after jobs.start(). */
export async function registerTaskDigestJob(jobs: Jobs, deps: TaskDigestDeps): Promise<void> {
  await jobs.work(taskDigestQueue, async () => {
    await runTaskDigest(deps);
  });
  await jobs.schedule(taskDigestQueue, taskDigestCron);
}
