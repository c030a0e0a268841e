import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir } from './support/browser.js';
import { catalogs, type Locale } from './support/catalogs.js';
import { e2e, useBrowser } from './support/context.js';
import { expectNoHorizontalOverflow } from './support/layout.js';
import { createAccount, fillMessage, getJson, postJson, signInContext, type TestAccount } from './support/test-accounts.js';

interface MySubscription {
  status: string;
  planCode: string | null;
  endsAt: string | null;
  responsesToday: number;
}
interface Plan {
  id: string;
  code: string;
  name: { ru: string; tg: string };
}
interface PaymentsPage {
  items: Array<{ id: string; status: string; plan: { code: string } | null }>;
}

const sandboxUrl = /\/payments\/sandbox\/[0-9a-f-]{36}$/;

async function planNamed(code: string): Promise<Plan> {
  const plans = await getJson<{ items: Plan[] }>('/api/v1/plans');
  return plans.items.find((plan) => plan.code === code)!;
}

/** An open task from the demo data, as the public feed lists it. */
async function anOpenTaskId(): Promise<string> {
  const feed = await getJson<{ items: Array<{ id: string }> }>('/api/v1/tasks?limit=1');
  return feed.items[0]!.id;
}

function respond(taskId: string, provider: TestAccount): Promise<Response> {
  return postJson(
    `/api/v1/tasks/${taskId}/responses`,
    { comment: 'Сделаю аккуратно и в срок, инструмент свой.', price: 15_000, etaMinutes: 120 },
    { cookie: `dastiyor_session=${provider.token}` },
  );
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
}

/** From /subscription: the plan's buy button, then the sandbox page's Pay or Decline, then back with the outcome. */
async function buyThroughSandbox(page: Page, locale: Locale, plan: Plan, choice: 'pay' | 'decline', shotName?: string) {
  const t = catalogs[locale];
  await page.getByRole('button', { name: fillMessage(t.Subscription.plans.buyLabel, { plan: plan.name[locale] }), exact: true }).click();
  await page.waitForURL(sandboxUrl);
  expect(await page.getByText(t.SandboxPayment.banner).isVisible()).toBe(true);
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(t.SandboxPayment.title);
  expect(await page.getByText(fillMessage(t.SandboxPayment.descriptionValue, { plan: plan.name[locale] })).isVisible()).toBe(true);
  await expectNoHorizontalOverflow(page);
  if (shotName) await shoot(page, shotName);
  await page.getByRole('button', { name: choice === 'pay' ? t.SandboxPayment.pay : t.SandboxPayment.decline, exact: true }).click();
  await page.waitForURL(new RegExp(`/subscription\\?payment=${choice === 'pay' ? 'succeeded' : 'failed'}$`));
}

describe.runIf(e2e)('provider subscription', () => {
  const browser = useBrowser();
  const ru = catalogs.ru;
  const tg = catalogs.tg;

  it('refuses a response without a plan, then buys Standard on the sandbox page and shows it active and paid', async () => {
    const provider = await createAccount({ role: 'provider', name: 'Сухроб' });
    const standard = await planNamed('standard');
    const taskId = await anOpenTaskId();

    // No plan yet: the API refuses the response with the problem the web app answers with its landing page.
    const refused = await respond(taskId, provider);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('subscriptions.required');

    const { page, context } = await browser.page({ width: 375 });
    try {
      await signInContext(context, provider.token);
      await page.goto('/subscription-expired');
      await page.getByRole('link', { name: ru.Subscription.expiredCta, exact: true }).click();
      await page.waitForURL(/\/subscription$/);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(ru.Subscription.title);
      expect(await page.getByText(ru.Subscription.status.badge.none, { exact: true }).isVisible()).toBe(true);
      expect(await page.getByText(ru.Payments.empty).isVisible()).toBe(true);
      // Providers get the header link; the comparison table scrolls inside its own box, never the page.
      expect(await page.getByRole('link', { name: ru.Subscription.headerLink, exact: true }).first().isVisible()).toBe(true);
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'subscription-none-375.png');

      await buyThroughSandbox(page, 'ru', standard, 'pay', 'sandbox-payment-375.png');
      expect(await page.getByText(ru.Subscription.paymentNotice.succeeded).isVisible()).toBe(true);
      expect(await page.getByText(ru.Subscription.status.badge.active, { exact: true }).isVisible()).toBe(true);
      const status = page.getByRole('region', { name: ru.Subscription.status.title });
      expect(await status.getByText(standard.name.ru).isVisible()).toBe(true);

      const mine = await getJson<MySubscription>('/api/v1/me/subscription', provider.token);
      expect(mine).toMatchObject({ status: 'active', planCode: 'standard' });
      const endsOn = new Intl.DateTimeFormat('ru', { dateStyle: 'long', timeZone: 'Asia/Dushanbe' }).format(new Date(mine.endsAt!));
      const endsFigure = status.locator('dl > div', { has: page.getByText(ru.Subscription.status.ends, { exact: true }) });
      expect(await endsFigure.locator('dd').innerText()).toBe(endsOn);

      // The payment is in the history (the phone layout lists it as a card).
      const history = page.getByRole('list', { name: ru.Payments.title });
      expect(await history.getByText(ru.Payments.statuses.succeeded).isVisible()).toBe(true);
      expect(await history.getByText(standard.name.ru).isVisible()).toBe(true);
      // Renewing is what the current plan offers now.
      expect(
        await page
          .getByRole('button', { name: fillMessage(ru.Subscription.plans.renewLabel, { plan: standard.name.ru }), exact: true })
          .isVisible(),
      ).toBe(true);
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'subscription-active-375.png');

      // And the response that was refused now goes through, counted on the page.
      expect((await respond(taskId, provider)).status).toBe(201);
      await page.goto('/subscription');
      expect(await page.getByText(fillMessage(ru.Subscription.status.responsesUnlimited, { used: 1 })).isVisible()).toBe(true);

      await page.setViewportSize({ width: 1280, height: 900 });
      await page.reload();
      expect(await page.getByRole('table').last().getByText(ru.Payments.statuses.succeeded).isVisible()).toBe(true);
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'subscription-active-1280.png');
    } finally {
      await context.close();
    }
  });

  it('shows a declined payment as failed and changes nothing', async () => {
    const provider = await createAccount({ role: 'provider', name: 'Манижа' });
    const basic = await planNamed('basic');
    const { page, context } = await browser.page({ width: 375 });
    try {
      await signInContext(context, provider.token);
      await page.goto('/subscription');
      await buyThroughSandbox(page, 'ru', basic, 'decline');
      expect(await page.getByText(ru.Subscription.paymentNotice.failed).isVisible()).toBe(true);
      expect(await page.getByText(ru.Subscription.status.badge.none, { exact: true }).isVisible()).toBe(true);
      expect(await page.getByRole('list', { name: ru.Payments.title }).getByText(ru.Payments.statuses.failed).isVisible()).toBe(true);
      await expectNoHorizontalOverflow(page);

      expect((await getJson<MySubscription>('/api/v1/me/subscription', provider.token)).status).toBe('none');
      const payments = await getJson<PaymentsPage>('/api/v1/me/payments', provider.token);
      expect(payments.items.map((p) => p.status)).toEqual(['failed']);

      // Back on the settled payment's page (the back button, a second tab): no buttons, only what happened.
      await page.goto(`/payments/sandbox/${payments.items[0]!.id}`);
      expect(await page.getByText(ru.SandboxPayment.settled.failed).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: ru.SandboxPayment.pay, exact: true }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('tops the balance up on the sandbox page, then pays Basic from it without leaving the page', async () => {
    const provider = await createAccount({ role: 'provider', name: 'Бахтиёр' });
    const basic = await planNamed('basic');
    const { page, context } = await browser.page({ width: 375 });
    try {
      await signInContext(context, provider.token);
      await page.goto('/subscription');
      await page.getByLabel(ru.Subscription.balance.topUpAmount).fill('200');
      await page.getByRole('button', { name: ru.Subscription.balance.topUp, exact: true }).click();
      await page.waitForURL(sandboxUrl);
      expect(await page.getByText(ru.SandboxPayment.topUpValue).isVisible()).toBe(true);
      await page.getByRole('button', { name: ru.SandboxPayment.pay, exact: true }).click();
      await page.waitForURL(/\/subscription\?topUp=succeeded$/);
      expect(await page.getByText(ru.Subscription.topUpNotice.succeeded).isVisible()).toBe(true);
      const balance = page.getByRole('region', { name: ru.Subscription.balance.title });
      expect(await balance.getByText(fillMessage(ru.Money.amount, { amount: '200' }), { exact: true }).isVisible()).toBe(true);

      await page
        .getByRole('button', { name: fillMessage(ru.Subscription.plans.payFromBalanceLabel, { plan: basic.name.ru }), exact: true })
        .click();
      await page.waitForURL(/\/subscription\?payment=succeeded$/);
      expect(await page.getByText(ru.Subscription.status.badge.active, { exact: true }).isVisible()).toBe(true);
      const mine = await getJson<MySubscription>('/api/v1/me/subscription', provider.token);
      expect(mine).toMatchObject({ status: 'active', planCode: 'basic' });
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'subscription-balance-375.png');
    } finally {
      await context.close();
    }
  });

  it('works in Tajik: the page, the sandbox checkout under /tg, and the bare redirect address', async () => {
    const provider = await createAccount({ role: 'provider', name: 'Фирдавс', locale: 'tg' });
    const premium = await planNamed('premium');
    const { page, context } = await browser.page({ width: 375, locale: 'tg-TJ' });
    try {
      await signInContext(context, provider.token);
      await page.goto('/tg/subscription');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(tg.Subscription.title);
      expect(await page.getByText(tg.Subscription.rules.premiumFeed).isVisible()).toBe(true);
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'subscription-tg-375.png');

      await buyThroughSandbox(page, 'tg', premium, 'pay');
      expect(page.url()).toContain('/tg/subscription?payment=succeeded');
      expect(await page.getByText(tg.Subscription.paymentNotice.succeeded).isVisible()).toBe(true);
    } finally {
      await context.close();
    }

    // The API hands out <public url>/payments/sandbox/<id>, without a locale: that address must open the page.
    const checkout = await postJson(
      '/api/v1/subscriptions/checkout',
      { planId: premium.id },
      { cookie: `dastiyor_session=${provider.token}` },
    );
    expect(checkout.status).toBe(201);
    const { redirectUrl } = (await checkout.json()) as { redirectUrl: string };
    expect(new URL(redirectUrl).pathname).toMatch(sandboxUrl);
    const { page: wide, context: wideContext } = await browser.page({ width: 1280 });
    try {
      await signInContext(wideContext, provider.token);
      const answer = await wide.goto(new URL(redirectUrl).pathname);
      expect(answer?.status()).toBe(200);
      expect(await wide.getByRole('button', { name: ru.SandboxPayment.pay, exact: true }).isVisible()).toBe(true);
      await shoot(wide, 'sandbox-payment-1280.png');
    } finally {
      await wideContext.close();
    }
  });

  it('tells a customer that subscriptions are for providers, and does not link it for them', async () => {
    const customer = await createAccount({ role: 'customer', name: 'Нигина' });
    const { page, context } = await browser.page({ width: 375 });
    try {
      await signInContext(context, customer.token);
      await page.goto('/subscription');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(ru.Subscription.providersOnly.title);
      expect(await page.getByRole('link', { name: ru.Subscription.headerLink, exact: true }).count()).toBe(0);
      await expectNoHorizontalOverflow(page);
    } finally {
      await context.close();
    }
  });
});
