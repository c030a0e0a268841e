import type { FastifyInstance } from 'fastify';
import { WebSocket } from 'ws';
import type { TChatEvent, TMatchingTaskEvent, TNotificationEvent } from '@dastiyor/contracts';
import type { ChatAccount } from './chat-fixtures.js';

export interface ChatSocketClient {
  ws: WebSocket;
  events: Array<TChatEvent | TNotificationEvent | TMatchingTaskEvent>;
}

/** Listens on a free loopback port; answers the ws:// base URL. */
export async function listenForSockets(app: FastifyInstance): Promise<string> {
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return address.replace(/^http/, 'ws');
}

/** Opens `WS /api/v1/ws` as `who` and waits for the first pong: from then on the server is subscribed. */
export async function connectChatSocket(baseUrl: string, who: ChatAccount, origin = 'http://localhost:3000'): Promise<ChatSocketClient> {
  const ws = new WebSocket(`${baseUrl}/api/v1/ws`, { headers: { cookie: who.cookie, origin } });
  const events: ChatSocketClient['events'] = [];
  const ponged = new Promise<void>((resolve, reject) => {
    ws.on('message', (data) => {
      const text = data.toString();
      if (text === 'pong') return resolve();
      events.push(JSON.parse(text) as ChatSocketClient['events'][number]);
    });
    ws.once('error', reject);
  });
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
  ws.send('ping');
  await ponged;
  return { ws, events };
}

/** The ids of the chat messages a socket received, in order (notifications left out). */
export const messageIdsOf = (client: ChatSocketClient) => client.events.flatMap((e) => (e.type === 'message' ? [e.message.id] : []));
