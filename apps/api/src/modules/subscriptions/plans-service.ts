import type { TPlan } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import type { PlanRow } from './plans.table.js';
import { planSeeds } from './plan-seeds.js';
import { findActivePlans, insertMissingPlans } from './plans-repository.js';

export async function seedPlans(db: Db): Promise<void> {
  await insertMissingPlans(
    db,
    planSeeds.map((p, i) => ({ ...p, sortOrder: i * 10 })),
  );
}

export function presentPlan(row: PlanRow): TPlan {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    durationDays: row.durationDays,
    dailyResponseLimit: row.dailyResponseLimit,
    priority: row.priority,
    highlighted: row.highlighted,
    price: row.price,
    trialDays: row.trialDays,
  };
}

/** Plans on sale; a disabled plan is not listed and cannot be bought. */
export async function listPlans(db: Db): Promise<TPlan[]> {
  return (await findActivePlans(db)).map(presentPlan);
}
