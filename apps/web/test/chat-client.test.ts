import { describe, expect, it } from 'vitest';
import type { TMessage } from '@dastiyor/contracts';
import { isReadBy, mergeMessages } from '../src/lib/chat-history';
import { asChatEvent, chatSocketUrl, reconnectDelayMs } from '../src/lib/chat-socket';

const message = (id: string, createdAt: string): TMessage => ({
  id,
  conversationId: 'c',
  senderId: 's',
  text: id,
  image: null,
  createdAt,
});

describe('chat history', () => {
  it('keeps each message once, oldest first, whatever order pages and pushes arrive in', () => {
    const a = message('a', '2026-05-01T10:00:00.000Z');
    const b = message('b', '2026-05-01T10:01:00.000Z');
    const c = message('c', '2026-05-01T10:02:00.000Z');
    expect(mergeMessages([b, c], [a, c]).map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(mergeMessages([a], [])).toEqual([a]);
  });

  it('marks my message read once the counterpart read up to its time', () => {
    const sent = message('a', '2026-05-01T10:00:00.000Z');
    expect(isReadBy(sent, null)).toBe(false);
    expect(isReadBy(sent, '2026-05-01T09:59:59.000Z')).toBe(false);
    expect(isReadBy(sent, '2026-05-01T10:00:00.000Z')).toBe(true);
  });
});

describe('chat socket', () => {
  it('backs off from about a second to at most thirty, with jitter', () => {
    expect(reconnectDelayMs(0, () => 0)).toBe(500);
    expect(reconnectDelayMs(0, () => 1)).toBe(1000);
    expect(reconnectDelayMs(3, () => 1)).toBe(8000);
    expect(reconnectDelayMs(20, () => 1)).toBe(30_000);
  });

  it('uses the page origin with ws or wss', () => {
    expect(chatSocketUrl('http://localhost:3000')).toBe('ws://localhost:3000/api/v1/ws');
    expect(chatSocketUrl('https://dastiyor.tj')).toBe('wss://dastiyor.tj/api/v1/ws');
  });

  it('accepts the two event shapes and ignores anything else', () => {
    expect(asChatEvent({ type: 'message', message: message('a', '2026-05-01T10:00:00.000Z') })?.type).toBe('message');
    expect(asChatEvent({ type: 'read', conversationId: 'c', readerId: 'r', readAt: '2026-05-01T10:00:00.000Z' })?.type).toBe('read');
    expect(asChatEvent({ type: 'message' })).toBeNull();
    expect(asChatEvent('pong')).toBeNull();
  });
});
