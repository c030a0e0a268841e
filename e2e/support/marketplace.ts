import { getJson, postJson, type TestAccount } from './test-accounts.js';

// The marketplace's moves made through the API, for journeys that need their results rather than their pages.

interface Named {
  id: string;
  name: { ru: string; tg: string };
}

const asUser = (account: TestAccount) => ({ cookie: `dastiyor_session=${account.token}` });

async function created<T>(answer: Response, what: string): Promise<T> {
  if (answer.status !== 201 && answer.status !== 200) throw new Error(`${what} answered ${answer.status}: ${await answer.text()}`);
  return (await answer.json()) as T;
}

/** An open task posted by `customer` in the first category and city. */
export async function postTask(customer: TestAccount, title: string): Promise<string> {
  const category = (await getJson<{ items: Array<Named & { children: Named[] }> }>('/api/v1/categories')).items[0]!;
  const city = (await getJson<{ items: Named[] }>('/api/v1/cities')).items[0]!;
  const body = {
    title,
    description: 'Нужно повесить три полки в прихожей, стена бетонная, полки и крепёж уже куплены.',
    categoryId: category.id,
    subcategoryId: category.children[0]!.id,
    cityId: city.id,
    address: 'ул. Шотемур, 7, кв. 21',
    budgetType: 'fixed',
    budgetAmount: 10_000,
    urgency: 'normal',
    status: 'new',
  };
  return (await created<{ id: string }>(await postJson('/api/v1/tasks', body, asUser(customer)), 'POST /tasks')).id;
}

/** A sandbox checkout of the Standard plan, left unpaid: the id of its payment. */
export async function startCheckout(provider: TestAccount): Promise<string> {
  const plans = await getJson<{ items: Array<{ id: string; code: string }> }>('/api/v1/plans');
  const standard = plans.items.find((plan) => plan.code === 'standard')!;
  const answer = await postJson('/api/v1/subscriptions/checkout', { planId: standard.id }, asUser(provider));
  return (await created<{ paymentId: string }>(answer, 'checkout')).paymentId;
}

/** The Standard plan bought through the sandbox acquirer, as the checkout page's Pay button does it. */
export async function subscribe(provider: TestAccount): Promise<void> {
  const paymentId = await startCheckout(provider);
  const paid = await postJson(`/api/v1/payments/sandbox/${paymentId}/complete`, { outcome: 'success' }, asUser(provider));
  if (!paid.ok) throw new Error(`sandbox pay answered ${paid.status}: ${await paid.text()}`);
}

/** `provider` (subscribed) responds to the task and its customer picks them: the chat that opens. */
export async function respondAndSelect(provider: TestAccount, customer: TestAccount, taskId: string): Promise<string> {
  const response = { comment: 'Повешу полки за час, перфоратор и уровень мои.', price: 9_000, etaMinutes: 60 };
  const answer = await postJson(`/api/v1/tasks/${taskId}/responses`, response, asUser(provider));
  const { id } = await created<{ id: string }>(answer, 'respond');
  const selected = await postJson(`/api/v1/responses/${id}/select`, {}, asUser(customer));
  return (await created<{ conversationId: string }>(selected, 'select')).conversationId;
}
