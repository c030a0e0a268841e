import { z } from 'zod';

/** The notice visitors read while maintenance is on, in both languages (admins write both). */
export const ZMaintenanceMessage = z.object({ ru: z.string(), tg: z.string() });
export type TMaintenanceMessage = z.infer<typeof ZMaintenanceMessage>;
/** `message` null: the pages' standard text. */
export const ZMaintenance = z.object({ enabled: z.boolean(), message: ZMaintenanceMessage.nullable() });
export type TMaintenance = z.infer<typeof ZMaintenance>;

export const ZHealthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['up', 'down']),
  /** disabled: no REDIS_URL (one instance). down: live events stay on each instance; still HTTP 200. */
  redis: z.enum(['up', 'down', 'disabled']),
  maintenance: ZMaintenance,
  version: z.string(),
  time: z.string(),
});
export type THealthResponse = z.infer<typeof ZHealthResponse>;

export const ZOutboxQuery = z.object({ to: z.string().min(3).max(320).optional() });
export const ZOutboxItem = z.object({
  channel: z.enum(['email', 'sms']),
  to: z.string(),
  subject: z.string().nullable().optional(),
  text: z.string(),
  createdAt: z.string(),
});
export const ZOutboxResponse = z.object({ items: z.array(ZOutboxItem) });
export type TOutboxResponse = z.infer<typeof ZOutboxResponse>;
