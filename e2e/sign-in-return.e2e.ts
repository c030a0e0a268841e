import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAdminAccount } from './support/admin-account.js';
import { catalogs, type Locale } from './support/catalogs.js';
import { e2e, useBrowser } from './support/context.js';
import { postTask } from './support/marketplace.js';
import { createAccount } from './support/test-accounts.js';

// Signing in brings a person back where they were going (issue 19, item 10): the page they came from when they
// pressed "Войти", `?next=` when a page asked, and for an admin with nowhere in particular to go, the panel.

async function logInThroughForm(page: Page, locale: Locale, login: string, password: string) {
  const t = catalogs[locale];
  await page.getByLabel(t.Auth.login.loginLabel, { exact: true }).fill(login);
  await page.getByLabel(t.Auth.login.passwordLabel, { exact: true }).fill(password);
  await page.getByRole('button', { name: t.Auth.login.submit, exact: true }).click();
}

const headerLogin = (page: Page, locale: Locale) =>
  page.getByRole('banner').getByRole('link', { name: catalogs[locale].HeaderUser.login, exact: true });

describe.runIf(e2e)('where signing in leads, at 375 px', () => {
  const browser = useBrowser();

  it('ru: a guest reading a task signs in from the header and is back on that task', async () => {
    const customer = await createAccount({ role: 'customer', name: 'Зарина Олимова' });
    const provider = await createAccount({ role: 'provider', name: 'Далер Саидов' });
    const taskId = await postTask(customer, 'Собрать шкаф-купе');
    const { page, context } = await browser.page({ width: 375 });
    try {
      await page.goto(`/tasks/${taskId}`);
      await headerLogin(page, 'ru').click();
      await page.waitForURL((url) => url.pathname === '/login');
      await logInThroughForm(page, 'ru', provider.email, provider.password);
      await page.waitForURL((url) => url.pathname === `/tasks/${taskId}`);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Собрать шкаф-купе');
    } finally {
      await context.close();
    }
  });

  it('tg: from a category list, through "sign up" and back to "log in", the way back is kept', async () => {
    const t = catalogs.tg;
    const customer = await createAccount({ role: 'customer', name: 'Фарангис Раҳимова', locale: 'tg' });
    const { page, context } = await browser.page({ width: 375 });
    try {
      await page.goto('/tg/categories');
      await headerLogin(page, 'tg').click();
      await page.waitForURL((url) => url.pathname === '/tg/login');
      // Changing one's mind twice keeps where the person came from in the links.
      await page.getByRole('link', { name: t.Auth.login.signup, exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/tg/signup' && url.searchParams.get('next') === '/tg/categories');
      await page.getByRole('main').getByRole('link', { name: t.Auth.signup.login, exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/tg/login' && url.searchParams.get('next') === '/tg/categories');
      await logInThroughForm(page, 'tg', customer.email, customer.password);
      await page.waitForURL((url) => url.pathname === '/tg/categories');
    } finally {
      await context.close();
    }
  });

  it('an address from elsewhere is never followed: ?next= to another host lands on the account', async () => {
    const customer = await createAccount({ role: 'customer', name: 'Мавзуна Каримова' });
    const { page, context } = await browser.page({ width: 375 });
    try {
      await page.goto('/login?next=//example.com/steal');
      await logInThroughForm(page, 'ru', customer.email, customer.password);
      await page.waitForURL((url) => url.pathname === '/account');
      expect(new URL(page.url()).host).toBe(new URL(e2e!.baseUrl).host);
    } finally {
      await context.close();
    }
  });
});

// Admins come only from the CLI, which needs the journey's PostgreSQL (PGlite admits one process).
describe.runIf(e2e?.databaseUrl)('where signing in leads an admin', () => {
  const browser = useBrowser();

  it('opens the panel, not the account, when the login page was opened directly', async () => {
    const admin = createAdminAccount();
    const { page, context } = await browser.page({ width: 375 });
    try {
      await page.goto('/login');
      await logInThroughForm(page, 'ru', admin.email, admin.password);
      await page.waitForURL((url) => url.pathname.startsWith('/admin'));
    } finally {
      await context.close();
    }
  });
});
