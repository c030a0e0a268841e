import { api, as, ok } from './api.js';
import type { TestAccount } from './test-accounts.js';

// The marketplace's moves made through the API, for journeys that need their results rather than their pages.

/** The first category (with its first subcategory) and the first city: where postTask posts. */
async function firstPlace() {
  const category = (await ok(api.GET('/api/v1/categories'), 'categories')).items[0]!;
  const city = (await ok(api.GET('/api/v1/cities'), 'cities')).items[0]!;
  return { category, subcategory: category.children[0]!, city };
}

/** What a journey may choose about the task it posts; the rest is a plausible fixed-budget task. */
export interface TaskDetails {
  description?: string;
  address?: string;
  budgetAmount?: number;
}

/** An open task posted by `customer` in the first category and city. */
export async function postTask(customer: TestAccount, title: string, details: TaskDetails = {}): Promise<string> {
  const { category, subcategory, city } = await firstPlace();
  const body = {
    title,
    description: details.description ?? 'Нужно повесить три полки в прихожей, стена бетонная, полки и крепёж уже куплены.',
    categoryId: category.id,
    subcategoryId: subcategory.id,
    cityId: city.id,
    address: details.address ?? 'ул. Шотемур, 7, кв. 21',
    budgetType: 'fixed' as const,
    budgetAmount: details.budgetAmount ?? 10_000,
    urgency: 'normal' as const,
    status: 'new' as const,
  };
  return (await ok(api.POST('/api/v1/tasks', { body, headers: as(customer) }), 'POST /tasks')).id;
}

/** The provider serves the category and city postTask uses, the whole city: every such task matches them. */
export async function serveWhatPostTaskPosts(provider: TestAccount): Promise<void> {
  const { category, city } = await firstPlace();
  const body = { categoryIds: [category.id], serviceCityId: city.id, districtIds: [] };
  await ok(api.PATCH('/api/v1/me', { body, headers: as(provider) }), 'PATCH /me');
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
  const subscription = await ok(api.GET('/api/v1/me/subscription', { headers: as(provider) }), 'my subscription');
  if (!subscription.canRespond) throw new Error('the paid subscription is not active');
}

/** `provider` (subscribed) responds to the task with a short offer. */
export async function respond(provider: TestAccount, taskId: string, offer: { comment: string; price: number; etaMinutes: number }) {
  return ok(api.POST('/api/v1/tasks/{id}/responses', { params: { path: { id: taskId } }, body: offer, headers: as(provider) }), 'respond');
}

/** `provider` (subscribed) responds to the task and its customer picks them: the chat that opens. */
export async function respondAndSelect(provider: TestAccount, customer: TestAccount, taskId: string): Promise<string> {
  const response = { comment: 'Повешу полки за час, перфоратор и уровень мои.', price: 9_000, etaMinutes: 60 };
  const respond = { params: { path: { id: taskId } }, body: response, headers: as(provider) };
  const { id } = await ok(api.POST('/api/v1/tasks/{id}/responses', respond), 'respond');
  const selected = await ok(api.POST('/api/v1/responses/{id}/select', { params: { path: { id } }, headers: as(customer) }), 'select');
  return selected.conversationId;
}
