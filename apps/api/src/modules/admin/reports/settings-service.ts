import type { TAdminSettings, TAdminSettingsUpdate, TMaintenance } from '@dastiyor/contracts';
import { type RequestOrigin, recordAudit } from '../../audit/index.js';
import { type Actor, assertAdmin } from '../../auth/index.js';
import type { MaintenanceService } from '../../settings/index.js';

export async function getAdminSettings(deps: { maintenance: MaintenanceService }, admin: Actor): Promise<TAdminSettings> {
  assertAdmin(admin);
  return { maintenance: await deps.maintenance.get() };
}

/** Switches maintenance on or off; the flag and its audit entry (before and after) commit together. */
export async function updateAdminSettings(
  deps: { maintenance: MaintenanceService; clock: () => Date },
  admin: Actor,
  body: TAdminSettingsUpdate,
  origin: RequestOrigin,
): Promise<TAdminSettings> {
  assertAdmin(admin);
  const written = body.maintenance.message;
  // Both empty (or none sent): the standard text. One of the two empty never gets here (the contract refuses it).
  const message = written && written.ru !== '' ? { ru: written.ru, tg: written.tg } : null;
  const maintenance: TMaintenance = { enabled: body.maintenance.enabled, message };
  await deps.maintenance.update(maintenance, (tx, before) =>
    recordAudit(tx, deps.clock(), origin, {
      actorId: admin.id,
      action: maintenance.enabled ? 'admin.maintenance_on' : 'admin.maintenance_off',
      targetType: 'settings',
      before: { maintenance: before },
      after: { maintenance },
    }),
  );
  return { maintenance };
}
