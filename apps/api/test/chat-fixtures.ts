import type { FastifyInstance } from 'fastify';
import type { Db } from '../src/db/client.js';
import { openConversation } from '../src/modules/conversations/open-conversation.js';
import { signUp } from './auth-helpers.js';
import { createTask } from './factories.js';

export type ChatAccount = Awaited<ReturnType<typeof signUp>>;

/** A customer and a provider with an in-progress task and its conversation, as selecting a response leaves them. */
export async function openChat(app: FastifyInstance, db: Db, now: Date, people?: { customer: ChatAccount; provider: ChatAccount }) {
  const customer = people?.customer ?? (await signUp(app, db, { name: 'Фарида Каримова' }));
  const provider = people?.provider ?? (await signUp(app, db, { role: 'provider', name: 'Бахтиёр Раҳимов' }));
  const task = await createTask(db, customer.user.id, { status: 'in_progress', selectedProviderId: provider.user.id });
  const conversation = await openConversation(db, { taskId: task.id, customerId: customer.user.id, providerId: provider.user.id, now });
  return { customer, provider, task, conversationId: conversation.id };
}
