import type { TAdminPlan, TAdminPlanCreate, TAdminPlanUpdate } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import type { PlanRow } from './plans.table.js';
import { notFound } from '../../platform/http/errors.js';
import { conflictOnUnique } from '../../platform/http/unique-violation.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import { type Actor, assertAdmin } from '../auth/index.js';
import { presentPlan } from './plans-service.js';
import { findAllPlans, insertPlan, lockPlan, updatePlanRow } from './plans-repository.js';

export interface PlansAdminDeps {
  db: Db;
  clock: () => Date;
}

export function presentAdminPlan(row: PlanRow): TAdminPlan {
  return {
    ...presentPlan(row),
    isActive: row.isActive,
    sortOrder: row.sortOrder,
    description: row.description ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listAllPlans(deps: PlansAdminDeps, admin: Actor): Promise<TAdminPlan[]> {
  assertAdmin(admin);
  return (await findAllPlans(deps.db)).map(presentAdminPlan);
}

export async function createPlan(deps: PlansAdminDeps, admin: Actor, input: TAdminPlanCreate, origin: RequestOrigin) {
  assertAdmin(admin);
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const row = await conflictOnUnique(
      insertPlan(tx, { ...input, description: input.description ?? null, createdAt: now, updatedAt: now }),
      'plans.code_taken',
      'A plan with this code already exists',
    );
    await recordAudit(tx, now, origin, {
      actorId: admin.id,
      action: 'admin.plan_created',
      targetType: 'plan',
      targetId: row.id,
      after: presentAdminPlan(row),
    });
    return presentAdminPlan(row);
  });
}

/**
 * Edits a plan. New terms apply to new purchases; running periods keep the dates they were sold
 * with. `isActive: false` takes it off sale: it can no longer be bought or trialled.
 */
export async function updatePlan(deps: PlansAdminDeps, admin: Actor, id: string, input: TAdminPlanUpdate, origin: RequestOrigin) {
  assertAdmin(admin);
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const before = await lockPlan(tx, id);
    if (!before) throw notFound('No such plan');
    const row = await updatePlanRow(tx, id, { ...input, updatedAt: now });
    await recordAudit(tx, now, origin, {
      actorId: admin.id,
      action: input.isActive === false && before.isActive ? 'admin.plan_disabled' : 'admin.plan_updated',
      targetType: 'plan',
      targetId: id,
      before: presentAdminPlan(before),
      after: presentAdminPlan(row),
    });
    return presentAdminPlan(row);
  });
}
