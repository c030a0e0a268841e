import { api, as, ok } from './api.js';
import type { TestAccount } from './test-accounts.js';

// The marketplace's moves made through the API, for journeys that need their results rather than their pages.

/** An open task posted by `customer` in the first category and city. */
export async function postTask(customer: TestAccount, title: string): Promise<string> {
  const category = (await ok(api.GET('/api/v1/categories'), 'categories')).items[0]!;
  const city = (await ok(api.GET('/api/v1/cities'), 'cities')).items[0]!;
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
  } as const;
  return (await ok(api.POST('/api/v1/tasks', { body, headers: as(customer) }), 'POST /tasks')).id;
}

/** A sandbox checkout of the Standard plan, left unpaid: the id of its payment. */
export async function startCheckout(provider: TestAccount): Promise<string> {
  const plans = await ok(api.GET('/api/v1/plans'), 'plans');
  const standard = plans.items.find((plan) => plan.code === 'standard')!;
  const checkout = api.POST('/api/v1/subscriptions/checkout', { body: { planId: standard.id }, headers: as(provider) });
  return (await ok(checkout, 'checkout')).paymentId;
}

/** The Standard plan bought through the sandbox acquirer, as the checkout page's Pay button does it. */
export async function subscribe(provider: TestAccount): Promise<void> {
  const paymentId = await startCheckout(provider);
  const pay = { params: { path: { paymentId } }, body: { outcome: 'success' as const }, headers: as(provider) };
  await ok(api.POST('/api/v1/payments/sandbox/{paymentId}/complete', pay), 'sandbox pay');
}

/** `provider` (subscribed) responds to the task and its customer picks them: the chat that opens. */
export async function respondAndSelect(provider: TestAccount, customer: TestAccount, taskId: string): Promise<string> {
  const response = { comment: 'Повешу полки за час, перфоратор и уровень мои.', price: 9_000, etaMinutes: 60 };
  const respond = { params: { path: { id: taskId } }, body: response, headers: as(provider) };
  const { id } = await ok(api.POST('/api/v1/tasks/{id}/responses', respond), 'respond');
  const selected = await ok(api.POST('/api/v1/responses/{id}/select', { params: { path: { id } }, headers: as(customer) }), 'select');
  return selected.conversationId;
}
