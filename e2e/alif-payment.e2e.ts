import path from 'node:path';
import createClient from 'openapi-fetch';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '@dastiyor/contracts/api-paths';
import { type AlifBank, startAlifBank } from '../apps/api/test/doubles/alif-bank.js';
import { ok } from './support/api.js';
import { screenshotDir } from './support/browser.js';
import { catalogs, type Locale } from './support/catalogs.js';
import { e2e, useBrowser } from './support/context.js';
import { expectNoHorizontalOverflow } from './support/layout.js';
import { type Product, startProduct } from './support/product.js';
import { createAccount, fillMessage, signInContext } from './support/test-accounts.js';

// Paying as production pays: a second instance of the built product with PAYMENT_PROVIDER=alif, pointed at a
// loopback double of Alif's protocol (apps/api/test/doubles/alif-bank.ts), which checks our signatures, serves
// the hosted page the payer clicks "pay" on, and calls our callback URL back through the public origin.
const terminal = { terminalId: 'T-E2E-1', password: 'e2e-terminal-password' };
const returnPage = /\/(tg\/)?payments\/return\/([0-9a-f-]{36})$/;

describe.runIf(e2e)('paying through Alif Acquiring', () => {
  const browser = useBrowser();
  let bank: AlifBank;
  let product: Product;
  let client: ReturnType<typeof createClient<paths>>;

  beforeAll(async () => {
    bank = await startAlifBank({ ...terminal, gates: ['korti_milli', 'wallet', 'vsa'] });
    product = await startProduct({
      name: 'alif',
      env: {
        SEED_DEMO: '0',
        PAYMENT_PROVIDER: 'alif',
        ALIF_BASE_URL: bank.baseUrl,
        ALIF_TERMINAL_ID: terminal.terminalId,
        ALIF_TERMINAL_PASSWORD: terminal.password,
        ALIF_GATES: 'korti_milli,wallet,vsa',
      },
    });
    client = createClient<paths>({ baseUrl: product.baseUrl });
  });
  afterAll(async () => {
    await product?.stop();
    await bank?.close();
  });

  async function shoot(page: Page, name: string) {
    await page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
  }

  async function payForPremium(locale: Locale, callback: 'sent' | 'lost') {
    const t = catalogs[locale];
    const plans = await ok(client.GET('/api/v1/plans'), 'plans');
    const premium = plans.items.find((plan) => plan.code === 'premium')!;
    const provider = await createAccount(
      { role: 'provider', name: locale === 'tg' ? 'Рустам Саидов' : 'Дилноза Каримова', locale },
      client,
    );
    const { page, context } = await browser.page({ width: 375, baseUrl: product.baseUrl, locale: locale === 'tg' ? 'tg-TJ' : 'ru-RU' });
    try {
      await signInContext(context, provider.token, product.baseUrl);
      await page.goto(locale === 'tg' ? '/tg/subscription' : '/subscription');
      // The methods are the terminal's (ALIF_GATES), in its order; Korti Milli comes first and is chosen.
      const plansChoice = page.getByRole('group', { name: t.Payments.methodChoice }).first();
      expect(await plansChoice.getByRole('radio').count()).toBe(3);
      await plansChoice.getByRole('radio', { name: t.Payments.methods.alif_mobi, exact: true }).check();
      await plansChoice.getByRole('radio', { name: t.Payments.methods.korti_milli, exact: true }).check();
      await expectNoHorizontalOverflow(page);
      await shoot(page, `alif-methods-${locale}-375.png`);
      await page
        .getByRole('button', { name: fillMessage(t.Subscription.plans.buyLabel, { plan: premium.name[locale] }), exact: true })
        .click();

      // The bank's own page, on the bank's host: what is paid, by which gate, for how much.
      await page.waitForURL((url) => url.origin === bank.baseUrl);
      const orderId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
      expect(bank.orders.get(orderId)).toMatchObject({ gate: 'korti_milli', amount: '179.00', status: 'pending' });
      expect(await page.getByText('Корти Милли').first().isVisible()).toBe(true);
      await shoot(page, `alif-bank-page-${locale}-375.png`);
      bank.policy = { ...bank.policy, lost: callback === 'lost' };
      try {
        await page.getByRole('button', { name: 'Оплатить', exact: true }).click();
        // Back on our return page, in the payer's language, with the outcome the bank confirmed.
        await page.waitForURL(returnPage);
      } finally {
        bank.policy = { ...bank.policy, lost: false };
      }
      expect(returnPage.exec(page.url())?.[1] === 'tg/').toBe(locale === 'tg');
      expect(returnPage.exec(page.url())?.[2]).toBe(orderId);
      const paid = page.getByRole('heading', {
        level: 1,
        name: fillMessage(t.PaymentReturn.succeeded.planTitle, { plan: premium.name[locale] }),
      });
      // Without the callback the page itself asks (the API checks with the bank at most every few seconds).
      await paid.waitFor({ timeout: 30_000 });
      expect(bank.callbacks.filter((c) => c.orderId === orderId)).toHaveLength(callback === 'sent' ? 1 : 0);
      expect(await page.getByText(t.Payments.methods.korti_milli).first().isVisible()).toBe(true);
      await expectNoHorizontalOverflow(page);
      await shoot(page, `alif-paid-${locale}-375.png`);

      const mine = await ok(client.GET('/api/v1/me/subscription', { headers: { cookie: `dastiyor_session=${provider.token}` } }), 'me');
      expect(mine).toMatchObject({ status: 'active', planCode: 'premium' });
      // The history names the method and the bank's transaction.
      await page.getByRole('link', { name: t.PaymentReturn.toSubscription, exact: true }).click();
      await page.waitForURL(/\/subscription$/);
      const history = page.getByRole('list', { name: t.Payments.title });
      expect(await history.getByText(bank.orders.get(orderId)!.transactionId).isVisible()).toBe(true);
      await expectNoHorizontalOverflow(page);
    } finally {
      await context.close();
    }
  }

  it('a provider pays for Premium with Korti Milli on the bank’s page and sees it active (ru, 375 px)', async () => {
    await payForPremium('ru', 'sent');
  });

  it('the same in Tajik, with the bank’s callback lost: the return page confirms it live', async () => {
    await payForPremium('tg', 'lost');
  });
});
