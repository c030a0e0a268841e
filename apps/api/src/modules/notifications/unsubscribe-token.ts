import { createHmac, timingSafeEqual } from 'node:crypto';
import { NotificationType, type TNotificationType } from '@dastiyor/contracts';

/** The purpose is signed too, so this MAC can never stand in for another one made with APP_SECRET. */
const mac = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`notification-unsubscribe:${payload}`).digest('base64url');

/** A one-click unsubscribe token for one person and one notification type; needs no login. */
export function signUnsubscribeToken(secret: string, userId: string, type: TNotificationType): string {
  const payload = Buffer.from(`${userId}|${type}`).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

/** Who and what a token unsubscribes, or null when it is malformed or not ours. */
export function verifyUnsubscribeToken(secret: string, token: string): { userId: string; type: TNotificationType } | null {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, type] = Buffer.from(payload, 'base64url').toString().split('|');
  const known = NotificationType.find((t) => t === type);
  return userId && known ? { userId, type: known } : null;
}
