import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir } from './support/browser.js';
import { catalogs, type Locale } from './support/catalogs.js';
import { moveCodeHistoryBack } from './support/code-history.js';
import { e2e, useBrowser } from './support/context.js';
import { expectNoHorizontalOverflow } from './support/layout.js';
import { selectBranch, textBeforePlaceholder } from './support/icu.js';
import { nextCode, outboxFor, uniqueContacts } from './support/outbox.js';

async function screenshot(page: Page, name: string) {
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** The header's link to the account, named after the person. */
const accountLink = (page: Page, name: string) => page.getByRole('banner').getByRole('link', { name: new RegExp(name) });

async function logOut(page: Page, locale: Locale) {
  await page.getByRole('banner').getByRole('button', { name: catalogs[locale].HeaderUser.logout }).click();
  await page.waitForURL((url) => url.pathname === (locale === 'ru' ? '/' : '/tg'));
  expect(await page.getByRole('banner').getByRole('link', { name: catalogs[locale].HeaderUser.login, exact: true }).isVisible()).toBe(true);
}

describe.runIf(e2e)('sign-up, login and password recovery at 375 px', () => {
  const browser = useBrowser();

  it('ru: a customer signs up by phone from the landing page, logs out and logs in again', async () => {
    const t = catalogs.ru;
    const contacts = uniqueContacts();
    const name = `Азиз ${contacts.phoneE164.slice(-4)}`;
    const password = 'Sino-district-42';
    const { page, context } = await browser.page({ width: 375 });
    try {
      await page.goto('/');
      await page.getByRole('link', { name: t.Landing.hero.ctaCustomer, exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/signup' && url.searchParams.get('role') === 'customer');
      expect(await page.getByRole('radio', { name: new RegExp(`^${t.Auth.signup.roles.customer.title}`) }).isChecked()).toBe(true);

      const phone = page.getByLabel(t.Auth.form.phoneLabel, { exact: true });
      expect(await phone.inputValue()).toBe('+992 ');
      expect(await phone.getAttribute('inputmode')).toBe('tel');
      await phone.fill(contacts.phoneTyped);
      const passwordField = page.getByLabel(t.Auth.signup.passwordLabel, { exact: true });
      await passwordField.fill('qwerty123');
      await page.getByLabel(t.Auth.signup.nameLabel, { exact: true }).fill(name);
      await screenshot(page, 'auth-signup-ru-375');

      // The API refuses a weak password; the form says why, next to the field.
      await page.getByRole('button', { name: t.Auth.signup.submit }).click();
      await expect.poll(() => passwordField.getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByText(t.Problems.fields.passwordWeak).isVisible()).toBe(true);

      await passwordField.fill(password);
      await page.getByRole('button', { name: t.Auth.signup.submit }).click();
      await page.getByRole('heading', { name: selectBranch(t.Auth.verify.title, 'sms') }).waitFor();
      expect(await page.getByText(`***-**-${contacts.phoneE164.slice(-2)}`).isVisible()).toBe(true);
      const resend = page.getByRole('button', { name: new RegExp(textBeforePlaceholder(t.Auth.code.resendIn)) });
      expect(await resend.isDisabled()).toBe(true);
      const codeField = page.getByLabel(selectBranch(t.Auth.code.label, 'sms'), { exact: true });
      expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
      await screenshot(page, 'auth-signup-code-ru-375');

      await codeField.fill(await nextCode(contacts.phoneE164, 0));
      await page.getByRole('button', { name: t.Auth.verify.submit }).click();
      await page.waitForURL((url) => url.pathname === '/account');
      await accountLink(page, name).waitFor();
      await screenshot(page, 'auth-signed-in-ru-375');

      // Signed in, the sign-up and login pages lead to the account instead.
      await page.goto('/signup');
      expect(new URL(page.url()).pathname).toBe('/account');
      await page.goto('/login');
      expect(new URL(page.url()).pathname).toBe('/account');

      await logOut(page, 'ru');
      await page.getByRole('banner').getByRole('link', { name: t.HeaderUser.login, exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/login');
      await page.getByLabel(t.Auth.login.loginLabel, { exact: true }).fill(contacts.phoneTyped);
      await page.getByLabel(t.Auth.login.passwordLabel, { exact: true }).fill('not-my-password');
      await page.getByRole('button', { name: t.Auth.login.submit, exact: true }).click();
      expect(await page.getByRole('main').getByRole('alert').filter({ hasText: t.Problems.invalidCredentials }).textContent()).toBe(
        t.Problems.invalidCredentials,
      );
      await screenshot(page, 'auth-login-ru-375');

      await page.getByLabel(t.Auth.login.passwordLabel, { exact: true }).fill(password);
      await page.getByRole('button', { name: t.Auth.login.submit, exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/account');
      await accountLink(page, name).waitFor();
    } finally {
      await context.close();
    }
  });

  // The API sends one code per destination a minute. Nobody forgets a password a minute after choosing it;
  // they come back later. The journey stays in real time but moves this email's code history two minutes
  // back in the database (as system-pages.e2e.ts flips maintenance), which is exactly "later" to the API.
  it.runIf(e2e?.databaseUrl)('tg: a provider signs up by email, logs out, resets the password and logs in with the new one', async () => {
    const t = catalogs.tg;
    const { email } = uniqueContacts();
    const name = `Нилуфар ${email.slice(4, 8)}`;
    const { page, context } = await browser.page({ width: 375, locale: 'tg-TJ' });
    try {
      await page.goto('/tg/signup');
      // No role chosen yet: the browser says so without a round trip.
      await page.getByRole('button', { name: t.Auth.signup.submit }).click();
      expect(await page.getByText(t.Problems.fields.roleRequired).isVisible()).toBe(true);

      await page.getByRole('radio', { name: new RegExp(`^${t.Auth.signup.roles.provider.title}`) }).check();
      await page.getByText(t.Auth.form.emailTab, { exact: true }).click();
      const emailField = page.getByLabel(t.Auth.form.emailLabel, { exact: true });
      expect(await emailField.getAttribute('inputmode')).toBe('email');
      await emailField.fill(email);
      await page.getByLabel(t.Auth.signup.passwordLabel, { exact: true }).fill('Khujand-bazaar-7');
      await page.getByLabel(t.Auth.signup.nameLabel, { exact: true }).fill(name);
      await screenshot(page, 'auth-signup-tg-375');
      await page.getByRole('button', { name: t.Auth.signup.submit }).click();

      await page.getByRole('heading', { name: selectBranch(t.Auth.verify.title, 'email') }).waitFor();
      await screenshot(page, 'auth-signup-code-tg-375');
      await page.getByLabel(selectBranch(t.Auth.code.label, 'email'), { exact: true }).fill(await nextCode(email, 0));
      await page.getByRole('button', { name: t.Auth.verify.submit }).click();
      await page.waitForURL((url) => url.pathname === '/tg/account');
      await accountLink(page, name).waitFor();
      await logOut(page, 'tg');

      await page.goto('/tg/login');
      await page.getByRole('link', { name: t.Auth.login.forgot }).click();
      await page.waitForURL((url) => url.pathname === '/tg/forgot-password');
      await page.getByText(t.Auth.form.emailTab, { exact: true }).click();
      await page.getByLabel(t.Auth.form.emailLabel, { exact: true }).fill(email);
      await screenshot(page, 'auth-forgot-tg-375');

      // Right away, the API still holds back a second code to this address, and the form says for how long.
      await page.getByRole('button', { name: t.Auth.forgot.submit }).click();
      expect(await page.getByRole('main').getByRole('alert').textContent()).toMatch(
        new RegExp(`^${textBeforePlaceholder(t.Problems.rateLimitedSeconds)}`),
      );

      // Later: the sign-up code is more than a minute old.
      await moveCodeHistoryBack(email);
      const seen = (await outboxFor(email)).length;
      await page.getByRole('button', { name: t.Auth.forgot.submit }).click();
      await page.getByRole('heading', { name: t.Auth.forgot.codeTitle }).waitFor();
      await screenshot(page, 'auth-forgot-code-tg-375');
      await page.getByLabel(selectBranch(t.Auth.code.label, 'email'), { exact: true }).fill(await nextCode(email, seen));
      await page.getByLabel(t.Auth.forgot.newPasswordLabel, { exact: true }).fill('Pamir-road-2026');
      await page.getByRole('button', { name: t.Auth.forgot.save }).click();
      await page.waitForURL((url) => url.pathname === '/tg/account');
      await accountLink(page, name).waitFor();
      await logOut(page, 'tg');

      await page.goto('/tg/login');
      await page.getByLabel(t.Auth.login.loginLabel, { exact: true }).fill(email);
      await page.getByLabel(t.Auth.login.passwordLabel, { exact: true }).fill('Khujand-bazaar-7');
      await page.getByRole('button', { name: t.Auth.login.submit, exact: true }).click();
      expect(await page.getByRole('main').getByRole('alert').textContent()).toBe(t.Problems.invalidCredentials);
      await page.getByLabel(t.Auth.login.passwordLabel, { exact: true }).fill('Pamir-road-2026');
      await screenshot(page, 'auth-login-tg-375');
      await page.getByRole('button', { name: t.Auth.login.submit, exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/tg/account');
      await accountLink(page, name).waitFor();
    } finally {
      await context.close();
    }
  });
});
