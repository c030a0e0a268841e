import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir } from './support/browser.js';
import { catalogs, type Locale } from './support/catalogs.js';
import { moveCodeHistoryBack } from './support/code-history.js';
import { e2e, useBrowser } from './support/context.js';
import { selectBranch, textBeforePlaceholder } from './support/icu.js';
import { expectNoHorizontalOverflow } from './support/layout.js';
import { nextCode, outboxFor, uniqueContacts } from './support/outbox.js';
import { createAccount, postJson } from './support/test-accounts.js';

async function screenshot(page: Page, name: string) {
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * Ten wrong passwords from addresses that are not the owner's (the product trusts X-Forwarded-For from
 * loopback, where a front proxy would stand), then the eleventh is refused without a password check.
 */
async function lockOut(login: string) {
  const attacker = (i: number) => ({ 'x-forwarded-for': `198.51.100.${i + 1}` });
  for (let i = 0; i < 10; i++)
    expect((await postJson('/api/v1/auth/login', { login, password: `guess-${i}` }, attacker(i))).status).toBe(401);
  const locked = await postJson('/api/v1/auth/login', { login, password: 'guess-10' }, attacker(10));
  expect(locked.status).toBe(429);
  expect(((await locked.json()) as { code: string }).code).toBe('auth.step_up_required');
}

async function signUpByPhone(phone: string, password: string, name: string) {
  const registered = await postJson('/api/v1/auth/register', { role: 'customer', phone, password, name });
  expect(registered.status).toBe(202);
  expect((await postJson('/api/v1/auth/verify', { phone, code: await nextCode(phone, 0) })).status).toBe(200);
}

/** From the locked login to signed in: the explanation, the code sent, a wrong code refused, the right one. */
async function stepUpInBrowser(page: Page, locale: Locale, account: { login: string; typed: string; password: string; name: string }) {
  const t = catalogs[locale];
  const channel = account.login.includes('@') ? 'email' : 'sms';
  const prefix = locale === 'ru' ? '' : '/tg';
  await page.goto(`${prefix}/login`);
  await page.getByLabel(t.Auth.login.loginLabel, { exact: true }).fill(account.typed);
  await page.getByLabel(t.Auth.login.passwordLabel, { exact: true }).fill(account.password);
  await page.getByRole('button', { name: t.Auth.login.submit, exact: true }).click();

  await page.getByRole('heading', { name: t.Auth.stepUp.title }).waitFor();
  const masked = channel === 'sms' ? `***-**-${account.login.slice(-2)}` : `${account.login.slice(0, 2)}*`;
  expect(await page.getByRole('main').getByText(masked).isVisible()).toBe(true);
  const send = page.getByRole('button', { name: t.Auth.stepUp.send, exact: true });
  // The keyboard and a screen reader land on the one action, which carries the explanation with it.
  await expect.poll(() => send.evaluate((button) => button === document.activeElement)).toBe(true);
  expect(await send.getAttribute('aria-describedby')).toBeTruthy();
  await screenshot(page, `login-step-up-${locale}-375`);

  // The owner comes back later than the sign-up code's minute.
  await moveCodeHistoryBack(account.login);
  const seen = (await outboxFor(account.login)).length;
  await send.click();
  await page.getByRole('heading', { name: t.Auth.stepUp.codeTitle }).waitFor();
  const resend = page.getByRole('button', { name: new RegExp(textBeforePlaceholder(t.Auth.code.resendIn)) });
  expect(await resend.isDisabled()).toBe(true);
  const password = page.getByLabel(t.Auth.login.passwordLabel, { exact: true });
  expect(await password.inputValue()).toBe(account.password);
  const codeField = page.getByLabel(selectBranch(t.Auth.code.label, channel), { exact: true });
  const code = await nextCode(account.login, seen);

  await codeField.fill(code === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: t.Auth.login.submit, exact: true }).click();
  await expect.poll(() => codeField.getAttribute('aria-invalid')).toBe('true');
  expect(await page.getByText(t.Problems.fields.codeInvalid).isVisible()).toBe(true);
  await screenshot(page, `login-step-up-code-${locale}-375`);

  await codeField.fill(code);
  await page.getByRole('button', { name: t.Auth.login.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname === `${prefix}/account`);
  await page
    .getByRole('banner')
    .getByRole('link', { name: new RegExp(account.name) })
    .waitFor();
}

describe.runIf(e2e?.databaseUrl)('a locked login steps up with a one-time code at 375 px', () => {
  const browser = useBrowser();

  it('ru: someone else guesses the password ten times; the owner signs in by phone with the SMS code', async () => {
    const contacts = uniqueContacts();
    const account = {
      login: contacts.phoneE164,
      typed: contacts.phoneTyped,
      password: 'Varzob-gorge-31',
      name: `Рустам ${contacts.phoneE164.slice(-4)}`,
    };
    await signUpByPhone(account.login, account.password, account.name);
    await lockOut(account.login);
    const { page, context } = await browser.page({ width: 375 });
    try {
      await stepUpInBrowser(page, 'ru', account);
    } finally {
      await context.close();
    }
  });

  it('tg: the owner of a locked account signs in by email with the emailed code', async () => {
    const name = 'Зарина Шарипова';
    const created = await createAccount({ role: 'provider', name, locale: 'tg' });
    await lockOut(created.email);
    const { page, context } = await browser.page({ width: 375, locale: 'tg-TJ' });
    try {
      await stepUpInBrowser(page, 'tg', { login: created.email, typed: created.email, password: created.password, name });
    } finally {
      await context.close();
    }
  });
});
