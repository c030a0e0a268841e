import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import { findNewMatchingTasks } from '../tasks/index.js';
import { findDeliveryContact } from './delivery-repository.js';
import { notificationSettingsOf } from './notification-settings-service.js';
import { composeTaskDigestEmail } from './task-digest-email.js';
import { findDigestSubscribers, recordDigest } from './task-digest-repository.js';

export const taskDigestQueue = 'notifications.task-digest';
/** 09:00 every day; the jobs platform schedules crons in Asia/Dushanbe. */
export const taskDigestCron = '0 9 * * *';

/** Asia/Dushanbe is UTC+5 all year. */
const offsetMs = 5 * 3_600_000;
const dayMs = 86_400_000;
const maxListed = 20;
/** "…and N more" counts this far; past it the number is a lower bound, which the email can live with. */
const maxCounted = 1000;
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
 * Sends each provider on the daily digest one email with the open tasks matching them published since their
 * last digest, computed from the feed (decision 015): a task closed or hidden since is left out. A first
 * digest looks back one day, so switching from instant repeats nothing old.
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
      const { latest, count } = await findNewMatchingTasks(
        deps.db,
        userId,
        { after: since, until: now },
        { listed: maxListed, cap: maxCounted },
      );
      if (count === 0) continue;
      const items = latest.map((task) => ({ link: `/tasks/${task.id}`, params: { taskTitle: task.title } }));
      await deps.mailer.send(composeTaskDigestEmail(deps, { to: contact.email, userId, locale: contact.locale, items, total: count }));
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
