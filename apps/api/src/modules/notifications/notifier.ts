import type { Jobs } from '../../platform/jobs/jobs.js';
import type { Notified, Notifier } from '../../platform/notices/notifier.js';
import { notifyChatMessage } from './chat-notifications.js';
import type { NotificationRow } from './notifications.table.js';
import { type NotifierDeps, notify, publishNotifications } from './notify.js';
import { enqueueTaskAlert, recordTaskAlert } from './task-alert-fanout.js';
import { enqueueTaskMatching } from './task-matching.js';

/**
 * The notifications module behind the `Notifier` port (platform/notices/notifier.ts). What a transaction wrote
 * is kept against the handle it got back, so publishing needs no cast and no second read.
 */
export function createNotifier(deps: Omit<NotifierDeps, 'jobs'> & { jobs: Pick<Jobs, 'send' | 'insert'> }): Notifier {
  const written = new WeakMap<Notified, NotificationRow[]>();
  const handle = (rows: NotificationRow[]): Notified => {
    const notified = { count: rows.length };
    written.set(notified, rows);
    return notified;
  };
  return {
    notify: async (tx, event) => handle(await notify(tx, deps, event)),
    notifyChatMessage: async (tx, message) => handle(await notifyChatMessage(tx, deps, message)),
    publish: (notified, options) => publishNotifications(deps, written.get(notified) ?? [], options),
    recordTaskAlert,
    async announceTask(taskId) {
      await enqueueTaskMatching(deps, taskId);
      await enqueueTaskAlert(deps, taskId);
    },
  };
}
