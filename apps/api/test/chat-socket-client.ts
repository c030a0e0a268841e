import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { WebSocket } from 'ws';
import type { TChatEvent, TMatchingTaskEvent, TNotificationEvent } from '@dastiyor/contracts';
import type { ChatAccount } from './chat-fixtures.js';

export interface ChatSocketClient {
  ws: WebSocket;
  events: Array<TChatEvent | TNotificationEvent | TMatchingTaskEvent>;
  /** Pongs received: each answers a ping, after everything the server sent this socket before it. */
  pongs: number;
}

/** Listens on a free loopback port; answers the ws:// base URL. */
export async function listenForSockets(app: FastifyInstance): Promise<string> {
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return address.replace(/^http/, 'ws');
}

/** Opens `WS /api/v1/ws` as `who` and waits for the first pong: from then on the server is subscribed. */
export async function connectChatSocket(baseUrl: string, who: ChatAccount, origin = 'http://localhost:3000'): Promise<ChatSocketClient> {
  const ws = new WebSocket(`${baseUrl}/api/v1/ws`, { headers: { cookie: who.cookie, origin } });
  const client: ChatSocketClient = { ws, events: [], pongs: 0 };
  ws.on('message', (data) => {
    const text = data.toString();
    if (text === 'pong') client.pongs++;
    else client.events.push(JSON.parse(text) as ChatSocketClient['events'][number]);
  });
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
  await roundTrip(client);
  return client;
}

/** A ping and its pong: the socket is alive, and whatever the server sent it before has arrived. */
export async function roundTrip(client: ChatSocketClient): Promise<void> {
  const before = client.pongs;
  client.ws.send('ping');
  await expect.poll(() => client.pongs).toBeGreaterThan(before);
}

/** The ids of the chat messages a socket received, in order (notifications left out). */
export const messageIdsOf = (client: ChatSocketClient) => client.events.flatMap((e) => (e.type === 'message' ? [e.message.id] : []));
