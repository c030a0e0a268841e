import type { TMaintenance } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { readSetting, writeSetting } from './settings-repository.js';

const key = 'maintenance';
const off: TMaintenance = { enabled: false, message: null };

export interface MaintenanceService {
  /** Cached for a short while: it is read on every request. */
  get(): Promise<TMaintenance>;
  set(value: TMaintenance): Promise<void>;
}

export function createMaintenanceService(deps: { db: Db; cacheMs: number; now?: () => number }): MaintenanceService {
  const now = deps.now ?? Date.now;
  let cached: { value: TMaintenance; at: number } | null = null;
  return {
    async get() {
      if (cached && now() - cached.at < deps.cacheMs) return cached.value;
      const value = (await readSetting<TMaintenance>(deps.db, key)) ?? off;
      cached = { value, at: now() };
      return value;
    },
    async set(value) {
      await writeSetting(deps.db, key, value);
      cached = { value, at: now() };
    },
  };
}
