import { type TMaintenance, ZMaintenanceMessage } from '@dastiyor/contracts';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import { lockSetting, readSetting, writeSetting } from '../../platform/settings/settings-store.js';

const key = 'maintenance';
const off: TMaintenance = { enabled: false, message: null };

// Before the notice had two languages it was one string: such a value reads as that text in both until rewritten.
const ZStored = z.object({ enabled: z.boolean(), message: z.union([ZMaintenanceMessage, z.string()]).nullable() });

/** The stored flag as the contract says it; anything unreadable counts as off (the site stays up). */
function fromStored(raw: unknown): TMaintenance {
  if (raw === null || raw === undefined) return off;
  const stored = ZStored.safeParse(raw);
  if (!stored.success) return off;
  const { enabled, message } = stored.data;
  return { enabled, message: typeof message === 'string' ? { ru: message, tg: message } : message };
}

export interface MaintenanceService {
  /** Cached for a short while: it is read on every request. */
  get(): Promise<TMaintenance>;
  set(value: TMaintenance): Promise<void>;
  /**
   * Writes the flag and, in the same transaction, whatever `alongside` writes (an admin's audit entry,
   * given the value before); the cache takes the new value only once both are committed.
   */
  update(value: TMaintenance, alongside: (tx: DbOrTx, before: TMaintenance) => Promise<void>): Promise<void>;
}

export function createMaintenanceService(deps: { db: Db; cacheMs: number; now?: () => number }): MaintenanceService {
  const now = deps.now ?? Date.now;
  let cached: { value: TMaintenance; at: number } | null = null;
  return {
    async get() {
      if (cached && now() - cached.at < deps.cacheMs) return cached.value;
      const value = fromStored(await readSetting<unknown>(deps.db, key));
      cached = { value, at: now() };
      return value;
    },
    async set(value) {
      await writeSetting(deps.db, key, value);
      cached = { value, at: now() };
    },
    async update(value, alongside) {
      await deps.db.transaction(async (tx) => {
        await lockSetting(tx, key);
        const before = fromStored(await readSetting<unknown>(tx, key));
        await writeSetting(tx, key, value);
        await alongside(tx, before);
      });
      cached = { value, at: now() };
    },
  };
}
