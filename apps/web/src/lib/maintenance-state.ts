import type { TMaintenance } from '@dastiyor/contracts';
import { fetchHealth } from './api';

const cacheMs = 5000;
const off: TMaintenance = { enabled: false, message: null };

let cached: { value: TMaintenance; at: number } | null = null;
let pending: Promise<TMaintenance> | null = null;

/**
 * Whether the operators switched maintenance on, cached for a few seconds per server process so that
 * every page request does not pay for an extra API round trip. An unreachable API means "not in
 * maintenance": pages then show their own "couldn't load" states instead of hiding behind this one.
 */
export async function getMaintenanceState(now: number = Date.now()): Promise<TMaintenance> {
  if (cached && now - cached.at < cacheMs) return cached.value;
  // Concurrent requests share one lookup instead of each starting their own.
  pending ??= fetchHealth()
    .then((result) => (result.ok ? result.data.maintenance : off))
    .then((value) => {
      cached = { value, at: Date.now() };
      return value;
    })
    .finally(() => {
      pending = null;
    });
  return pending;
}
