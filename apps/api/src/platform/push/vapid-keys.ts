import type { Db } from '../../db/client.js';
import { keepFirstSetting } from '../settings/settings-store.js';
import { generateVapidKeys, type VapidKeys } from './push-sender.js';

const settingKey = 'web_push_vapid_keys';

const isKeys = (v: unknown): v is VapidKeys =>
  typeof v === 'object' && v !== null && typeof (v as VapidKeys).publicKey === 'string' && typeof (v as VapidKeys).privateKey === 'string';

/**
 * Configured keys, or (outside production) the pair generated on first use and kept in `settings`.
 * They must stay the same across restarts: every browser subscription is bound to the public key.
 * Several instances racing on first use all end up with the pair that was inserted first.
 */
export function vapidKeysSource(db: Db, configured: VapidKeys | null): () => Promise<VapidKeys> {
  let pending: Promise<VapidKeys> | null = configured ? Promise.resolve(configured) : null;
  const load = async (): Promise<VapidKeys> => {
    const value = await keepFirstSetting(db, settingKey, generateVapidKeys());
    if (!isKeys(value)) throw new Error(`settings.${settingKey} does not hold a VAPID key pair`);
    return value;
  };
  return () => {
    // A failed load (database briefly away) is tried again next time instead of being cached.
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
