import { describe, expect, it } from 'vitest';
import { ZAdminComplaintsQuery, ZAdminPlanCreate, ZCursorQuery } from '@dastiyor/contracts';
import { AppError } from '../../platform/http/errors.js';
import { type Actor, assertAdmin } from '../auth/index.js';
import { createCategory, listAdminCategories, reorderCategories, updateCategory } from '../catalog/index.js';
import { refundPayment } from '../payments/index.js';
import { createPlan, grantByAdmin, listAllPlans, revokeByAdmin, updatePlan } from '../subscriptions/index.js';
import { getAdminTask, listAdminTasks } from './content/admin-tasks-service.js';
import { cancelTaskByAdmin, hideTask, unhideTask } from './content/task-moderation-service.js';
import { listAdminReviews, setReviewVisibility } from './moderation/admin-reviews-service.js';
import { closeComplaint, getComplaint, listComplaints } from './moderation/complaint-queue-service.js';
import { addStopWord, listStopWords, removeStopWord } from './moderation/stop-words-service.js';
import { warnUser } from './moderation/warn-user-service.js';
import { allAdminPayments, listAdminPayments } from './reports/payments-list-service.js';
import { getAdminSettings, updateAdminSettings } from './reports/settings-service.js';
import { getAdminStats } from './reports/stats-service.js';
import { listSubscriptionPeriods } from './reports/subscriptions-list-service.js';
import { getAdminUserDetail, listAdminUsers } from './users/admin-users-service.js';
import { listAuditLog } from './users/audit-log-service.js';
import { setProviderVerified } from './users/provider-verification-service.js';
import { blockUser, unblockUser } from './users/user-block-service.js';

class DepsRead extends Error {}

/** Deps that throw on any read, so a service that reaches its database or clock before the role check fails. */
const tripwire = new Proxy(
  {},
  {
    get: (_target, key) => {
      throw new DepsRead(`deps.${String(key)} was read`);
    },
    has: (_target, key) => {
      throw new DepsRead(`deps has ${String(key)} was asked`);
    },
  },
  // `never` fits every service's deps type; nothing may be read from it anyway.
) as never;

const id = '00000000-0000-4000-8000-000000000001';
const origin = { ip: null, userAgent: null };
const page = ZCursorQuery.parse({});
const name = { ru: 'Имя', tg: 'Ном' };

/** Every admin service, called the way its route calls it; the CSV export is read up to its first page. */
const services: Record<string, (deps: never, actor: Actor) => Promise<unknown>> = {
  listAdminTasks: async (deps, actor) => listAdminTasks(deps, actor, page),
  getAdminTask: async (deps, actor) => getAdminTask(deps, actor, id),
  hideTask: async (deps, actor) => hideTask(deps, { admin: actor, taskId: id, origin }, 'spam'),
  unhideTask: async (deps, actor) => unhideTask(deps, { admin: actor, taskId: id, origin }),
  cancelTaskByAdmin: async (deps, actor) => cancelTaskByAdmin(deps, { admin: actor, taskId: id, origin }, 'spam'),
  listAdminReviews: async (deps, actor) => listAdminReviews(deps, actor, page),
  setReviewVisibility: async (deps, actor) => setReviewVisibility(deps, actor, id, { hide: true, reason: 'rude' }, origin),
  listComplaints: async (deps, actor) => listComplaints(deps, actor, ZAdminComplaintsQuery.parse({})),
  getComplaint: async (deps, actor) => getComplaint(deps, actor, id),
  closeComplaint: async (deps, actor) => closeComplaint(deps, actor, id, 'resolved', 'done', origin),
  listStopWords: async (deps, actor) => listStopWords(deps, actor, page),
  addStopWord: async (deps, actor) => addStopWord(deps, actor, { word: 'spam', locale: 'ru' }, origin),
  removeStopWord: async (deps, actor) => removeStopWord(deps, actor, id, origin),
  warnUser: async (deps, actor) => warnUser(deps, actor, id, 'Be polite', origin),
  listAdminPayments: async (deps, actor) => listAdminPayments(deps, actor, page),
  allAdminPayments: async (deps, actor) =>
    allAdminPayments(deps, actor, { createdFrom: null, createdBefore: null })[Symbol.asyncIterator]().next(),
  getAdminSettings: async (deps, actor) => getAdminSettings(deps, actor),
  updateAdminSettings: async (deps, actor) => updateAdminSettings(deps, actor, { maintenance: { enabled: true } }, origin),
  getAdminStats: async (deps, actor) => getAdminStats(deps, actor, {}),
  listSubscriptionPeriods: async (deps, actor) => listSubscriptionPeriods(deps, actor, page),
  listAdminUsers: async (deps, actor) => listAdminUsers(deps, actor, page),
  getAdminUserDetail: async (deps, actor) => getAdminUserDetail(deps, actor, id),
  listAuditLog: async (deps, actor) => listAuditLog(deps, actor, page),
  setProviderVerified: async (deps, actor) => setProviderVerified(deps, actor, id, true, origin),
  blockUser: async (deps, actor) => blockUser(deps, actor, id, 'fraud', origin),
  unblockUser: async (deps, actor) => unblockUser(deps, actor, id, origin),
  listAdminCategories: async (deps, actor) => listAdminCategories(deps, actor),
  createCategory: async (deps, actor) => createCategory(deps, { admin: actor, origin }, { name }),
  updateCategory: async (deps, actor) => updateCategory(deps, { admin: actor, origin }, id, { isActive: false }),
  reorderCategories: async (deps, actor) => reorderCategories(deps, { admin: actor, origin }, { parentId: null, ids: [id] }),
  listAllPlans: async (deps, actor) => listAllPlans(deps, actor),
  createPlan: async (deps, actor) =>
    createPlan(deps, actor, ZAdminPlanCreate.parse({ code: 'basic', name, durationDays: 30, dailyResponseLimit: null, price: 0 }), origin),
  updatePlan: async (deps, actor) => updatePlan(deps, actor, id, { isActive: false }, origin),
  grantByAdmin: async (deps, actor) => grantByAdmin(deps, actor, { providerId: id, planId: id, days: 30, reason: 'gift' }, origin),
  revokeByAdmin: async (deps, actor) => revokeByAdmin(deps, actor, id, 'fraud', origin),
  refundPayment: async (deps, actor) => refundPayment(deps, actor, id, 'mistake', origin),
};

const cases = Object.entries(services);
const actors: Actor[] = [
  { id, role: 'provider' },
  { id, role: 'customer' },
];
const admin: Actor = { id, role: 'admin' };

describe('admin services check the role themselves, whatever the route did', () => {
  it.each(cases.flatMap(([service, call]) => actors.map((actor) => [service, actor.role, actor, call] as const)))(
    '%s refuses a %s with 403 forbidden before touching its deps',
    async (_service, _role, actor, call) => {
      const error = await call(tripwire, actor).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'forbidden', status: 403 });
    },
  );

  // The other side of the tripwire: an admin gets past the check and the service's next step is to read its deps.
  it.each(cases)('%s lets an admin through to its deps', async (_service, call) => {
    await expect(call(tripwire, admin)).rejects.toBeInstanceOf(DepsRead);
  });

  it('assertAdmin lets an admin through and refuses everyone else', () => {
    expect(() => assertAdmin(admin)).not.toThrow();
    for (const actor of actors) expect(() => assertAdmin(actor)).toThrow(AppError);
  });
});
