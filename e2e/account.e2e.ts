import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { screenshotDir } from './support/browser.js';
import { catalogs } from './support/catalogs.js';
import { e2e, useBrowser } from './support/context.js';
import { expectNoHorizontalOverflow } from './support/layout.js';
import {
  androidChromeUserAgent,
  createAccount,
  fillMessage,
  getAs,
  getJson,
  latestCodeTo,
  logIn,
  signInContext,
} from './support/test-accounts.js';

interface Named {
  id: string;
  slug: string;
  name: { ru: string; tg: string };
}
type City = Named & { districts: Array<Omit<Named, 'slug'>> };
type Category = Named & { children: Named[] };

/** A real JPEG, as a phone would send: the API re-encodes it, so it must decode. */
function photo(width: number, height: number, colour: { r: number; g: number; b: number }): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

/**
 * A screenshot of the whole page as someone scrolling it sees it: lazy images are scrolled into loading first,
 * and the page is shot through a viewport as tall as itself, so the sticky save bar sits in its own place
 * instead of wherever a stitched full-page capture happens to pin it.
 */
async function shootWholePage(page: Page, name: string) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
  // Lazy images start loading as they come near the viewport; wait while the last of them are still near it.
  await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
  await page.evaluate(() => window.scrollTo(0, 0));
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.screenshot({ path: path.join(screenshotDir, name) });
  await page.setViewportSize(viewport);
}

describe.runIf(e2e)('account pages', () => {
  const browser = useBrowser();
  const ru = catalogs.ru;
  const tg = catalogs.tg;

  it('sends guests to the login page and back: /login?next=… in ru, /tg/login?next=/tg/… in tg', async () => {
    const ruAnswer = await fetch(`${e2e!.baseUrl}/account`, { redirect: 'manual' });
    expect(ruAnswer.status).toBe(307);
    expect(ruAnswer.headers.get('location')).toMatch(/^(https?:\/\/[^/]+)?\/login\?next=%2Faccount$/);
    const tgAnswer = await fetch(`${e2e!.baseUrl}/tg/account/security`, { redirect: 'manual' });
    expect(tgAnswer.status).toBe(307);
    expect(tgAnswer.headers.get('location')).toMatch(/^(https?:\/\/[^/]+)?\/tg\/login\?next=%2Ftg%2Faccount%2Fsecurity$/);
  });

  it('lets a provider fill the profile, upload photos and see it all on the public profile, without contacts', async () => {
    const provider = await createAccount({ role: 'provider', name: 'Фаррух' });
    const cities = (await getJson<{ items: City[] }>('/api/v1/cities')).items;
    const dushanbe = cities.find((c) => c.slug === 'dushanbe') ?? cities[0]!;
    const district = dushanbe.districts[0]!;
    const category = (await getJson<{ items: Category[] }>('/api/v1/categories')).items[0]!;
    const [sub1, sub2] = [category.children[0]!, category.children[1]!];
    const description = 'Сантехник с опытом 8 лет. Меняю смесители, устанавливаю бойлеры, чиню протечки.';
    const skill = 'Замена смесителя';

    const { page, context } = await browser.page({ width: 375 });
    try {
      await signInContext(context, provider.token);
      const response = await page.goto('/account');
      expect(response?.status()).toBe(200);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(ru.Account.title);
      // Honest zeros before any work: no made-up rating.
      expect(await page.getByText(ru.ProviderProfile.stats.noReviewsYet).isVisible()).toBe(true);

      // The photo: picked, previewed square, then uploaded with progress.
      await page
        .getByLabel(ru.Account.avatar.choose)
        .setInputFiles({ name: 'me.jpg', mimeType: 'image/jpeg', buffer: await photo(900, 600, { r: 15, g: 118, b: 110 }) });
      const preview = page.getByAltText(ru.Account.avatar.previewAlt);
      await preview.waitFor();
      const box = await preview.boundingBox();
      expect(box).not.toBeNull();
      expect(Math.round(box!.width)).toBe(Math.round(box!.height));
      await page.getByRole('button', { name: ru.Account.avatar.upload, exact: true }).click();
      await page.getByText(ru.Account.avatar.uploaded).waitFor();
      expect(await page.getByAltText(ru.Account.avatar.current).getAttribute('src')).toMatch(/^\/api\/v1\/files\/[0-9a-f-]+\/medium$/);

      // A portfolio photo, saved at once.
      await page
        .getByLabel(ru.Account.portfolio.add)
        .setInputFiles({ name: 'work.jpg', mimeType: 'image/jpeg', buffer: await photo(1200, 900, { r: 200, g: 120, b: 40 }) });
      await page.getByAltText(fillMessage(ru.Account.portfolio.photoAlt, { number: 1 })).waitFor();

      // The profile form.
      await page.getByLabel(ru.Account.profile.name, { exact: true }).fill('Фаррух Саидов');
      await page.getByLabel(ru.Account.profile.city, { exact: true }).selectOption(dushanbe.id);
      await page.getByLabel(ru.Account.profile.description).fill(description);
      await page.getByLabel(ru.Account.skills.label, { exact: true }).fill(skill);
      await page.getByRole('button', { name: ru.Account.skills.add, exact: true }).click();
      const group = page.locator('details', { has: page.locator('summary', { hasText: category.name.ru }) });
      await group.locator('summary').click();
      await group.getByRole('checkbox', { name: sub1.name.ru, exact: true }).check();
      await group.getByRole('checkbox', { name: sub2.name.ru, exact: true }).check();
      await page.getByLabel(ru.Account.profile.serviceCity).selectOption(dushanbe.id);
      await page.getByRole('checkbox', { name: district.name.ru, exact: true }).check();
      await page.getByRole('button', { name: ru.Account.profile.save }).click();
      await page.getByText(ru.Account.profile.saved).waitFor();
      await expectNoHorizontalOverflow(page);
      await shootWholePage(page, 'account-ru-375.png');

      // Kept after a reload, and stored by the API.
      await page.reload();
      expect(await page.getByLabel(ru.Account.profile.name, { exact: true }).inputValue()).toBe('Фаррух Саидов');
      expect(await page.getByLabel(ru.Account.profile.city, { exact: true }).inputValue()).toBe(dushanbe.id);
      expect(await page.getByLabel(ru.Account.profile.description).inputValue()).toBe(description);
      expect(await page.getByRole('list', { name: ru.Account.skills.listLabel }).innerText()).toContain(skill);
      expect(await page.getByRole('checkbox', { name: sub1.name.ru, exact: true }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: sub2.name.ru, exact: true }).isChecked()).toBe(true);
      expect(await page.getByLabel(ru.Account.profile.serviceCity).inputValue()).toBe(dushanbe.id);
      expect(await page.getByRole('checkbox', { name: district.name.ru, exact: true }).isChecked()).toBe(true);
      const me = await getJson<{ name: string; provider: { skills: string[]; categories: Array<{ id: string }>; portfolio: unknown[] } }>(
        '/api/v1/me',
        provider.token,
      );
      expect(me.name).toBe('Фаррух Саидов');
      expect(me.provider.skills).toEqual([skill]);
      expect(me.provider.categories.map((c) => c.id).sort()).toEqual([sub1.id, sub2.id].sort());
      expect(me.provider.portfolio).toHaveLength(1);

      // The public profile: everything above, server-rendered, and no way to reach the provider off the site.
      const publicPage = await page.goto(`/providers/${provider.id}`);
      expect(publicPage?.status()).toBe(200);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Фаррух Саидов');
      expect(await page.title()).toContain('Фаррух Саидов');
      const avatar = page.getByAltText(fillMessage(ru.ProviderProfile.avatarAlt, { name: 'Фаррух Саидов' }));
      await expect.poll(() => avatar.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      for (const text of [description, skill, sub1.name.ru, sub2.name.ru, district.name.ru, dushanbe.name.ru]) {
        expect(await page.getByText(text, { exact: true }).first().isVisible()).toBe(true);
      }
      const work = page.getByAltText(fillMessage(ru.ProviderProfile.portfolioAlt, { number: 1, name: 'Фаррух Саидов' }));
      expect(await work.getAttribute('loading')).toBe('lazy');
      expect(await work.getAttribute('src')).toMatch(/\/medium$/);
      expect(Number(await work.getAttribute('width'))).toBeGreaterThan(0);
      const html = await page.content();
      expect(html).not.toContain(provider.email);
      expect(html).not.toContain('+992');
      await expectNoHorizontalOverflow(page);
      await shootWholePage(page, 'provider-public-ru-375.png');
    } finally {
      await context.close();
    }

    // The same account page on a desktop screen.
    const desktop = await browser.page({ width: 1280 });
    try {
      await signInContext(desktop.context, provider.token);
      await desktop.page.goto('/account');
      await desktop.page.getByRole('heading', { level: 1 }).waitFor();
      await expectNoHorizontalOverflow(desktop.page);
      await shootWholePage(desktop.page, 'account-ru-1280.png');
    } finally {
      await desktop.context.close();
    }
  });

  it('lets a customer (in Tajik) end other sessions and change the password', async () => {
    const customer = await createAccount({ role: 'customer', name: 'Нигора', locale: 'tg' });
    const phone = await logIn(customer.email, customer.password, androidChromeUserAgent);
    const laptop = await logIn(customer.email, customer.password, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/129.0');
    expect(phone.token && laptop.token).toBeTruthy();

    const { page, context } = await browser.page({ width: 375, locale: 'tg-TJ' });
    try {
      await signInContext(context, customer.token);
      const response = await page.goto('/tg/account/security');
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('tg');
      expect(await page.getByText(customer.email, { exact: true }).isVisible()).toBe(true);
      expect(await page.getByText(tg.Account.contacts.verified, { exact: true }).isVisible()).toBe(true);
      expect(await page.getByText(tg.Account.sessions.thisDevice, { exact: true }).isVisible()).toBe(true);
      await expectNoHorizontalOverflow(page);
      await shootWholePage(page, 'account-security-tg-375.png');

      // One device ended by hand: that session stops working at once.
      const phoneName = fillMessage(tg.Account.sessions.deviceOn, { browser: 'Chrome', os: 'Android' });
      await page.getByRole('button', { name: fillMessage(tg.Account.sessions.endLabel, { device: phoneName }) }).click();
      await page.getByText(tg.Account.sessions.ended).waitFor();
      expect((await getAs('/api/v1/auth/sessions', phone.token!)).status).toBe(401);
      expect((await getAs('/api/v1/auth/sessions', laptop.token!)).status).toBe(200);

      // Then all the others.
      await page.getByRole('button', { name: tg.Account.sessions.endOthers }).click();
      await page.getByText(tg.Account.sessions.endedOthers).waitFor();
      expect((await getAs('/api/v1/auth/sessions', laptop.token!)).status).toBe(401);
      expect((await getAs('/api/v1/auth/sessions', customer.token)).status).toBe(200);

      // A wrong current password is named at its field, in Tajik.
      const newPassword = `${customer.password}-new`;
      await page.getByLabel(tg.Account.password.current).fill('not-my-password');
      await page.getByLabel(tg.Account.password.new).fill(newPassword);
      await page.getByRole('button', { name: tg.Account.password.submit }).click();
      await page.getByText(tg.Forms.fieldErrors.wrong_password).waitFor();

      await page.getByLabel(tg.Account.password.current).fill(customer.password);
      await page.getByRole('button', { name: tg.Account.password.submit }).click();
      await page.getByText(tg.Account.password.changed).waitFor();
      expect((await logIn(customer.email, customer.password)).status).toBe(401);
      expect((await logIn(customer.email, newPassword)).status).toBe(200);
      // This device stays signed in.
      expect((await getAs('/api/v1/auth/sessions', customer.token)).status).toBe(200);
    } finally {
      await context.close();
    }
  });

  it('adds a phone number by code, read from the dev outbox page', async () => {
    const customer = await createAccount({ role: 'customer', name: 'Манижа' });
    const phone = `+99290${String(Date.now()).slice(-7)}`;
    const { page, context } = await browser.page({ width: 375 });
    try {
      await signInContext(context, customer.token);
      await page.goto('/account/security');
      expect(await page.getByText(ru.Account.contacts.notSet).isVisible()).toBe(true);
      await page.getByRole('button', { name: ru.Account.contacts.addPhone }).click();
      await page.getByLabel(ru.Account.contacts.newPhone).fill(phone.slice(4));
      // Two fields on this page are labelled "current password"; this one belongs to the contact change.
      await page.locator('#contact-password-phone').fill(customer.password);
      await page.getByRole('button', { name: ru.Account.contacts.sendCode }).click();
      await page.getByLabel(ru.Account.contacts.code).waitFor();

      // The code, as a developer would read it: on the outbox page.
      const outbox = await context.newPage();
      expect((await outbox.goto(`/dev/outbox?to=${encodeURIComponent(phone.slice(4))}`))?.status()).toBe(200);
      const code = await latestCodeTo(phone);
      expect(await outbox.getByText(code, { exact: false }).first().isVisible()).toBe(true);
      await outbox.screenshot({ path: path.join(screenshotDir, 'dev-outbox-ru-375.png'), fullPage: true });
      await outbox.close();

      await page.getByLabel(ru.Account.contacts.code).fill(code);
      await page.getByRole('button', { name: ru.Account.contacts.confirm }).click();
      await page.getByText(ru.Account.contacts.phoneChanged).waitFor();
      expect(await page.getByText(phone, { exact: true }).isVisible()).toBe(true);
      const me = await getJson<{ phone: string; phoneVerified: boolean }>('/api/v1/me', customer.token);
      expect(me).toMatchObject({ phone, phoneVerified: true });
    } finally {
      await context.close();
    }
  });

  it("shows the API's field errors next to their fields, localized, and refuses a GIF before uploading it", async () => {
    const provider = await createAccount({ role: 'provider', name: 'Шерзод' });
    const cities = (await getJson<{ items: City[] }>('/api/v1/cities')).items;
    const dushanbe = cities.find((c) => c.slug === 'dushanbe') ?? cities[0]!;
    const elsewhere = cities.find((c) => c.id !== dushanbe.id && c.districts.length > 0)!;
    const foreignDistrict = elsewhere.districts[0]!;
    const { page, context } = await browser.page({ width: 375 });
    try {
      await signInContext(context, provider.token);
      await page.goto('/account');

      await page
        .getByLabel(ru.Account.avatar.choose)
        .setInputFiles({ name: 'anim.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
      await page.getByText(ru.Forms.image.unsupported).waitFor();

      // What the UI cannot produce, the API still refuses: an unknown city and a district of another city.
      await page.route('**/api/v1/me', async (route) => {
        if (route.request().method() !== 'PATCH') return route.continue();
        const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
        return route.continue({
          postData: JSON.stringify({ ...body, cityId: '00000000-0000-4000-8000-000000000000', districtIds: [foreignDistrict.id] }),
        });
      });
      await page.getByLabel(ru.Account.profile.serviceCity).selectOption(dushanbe.id);
      await page.getByRole('button', { name: ru.Account.profile.save }).click();
      await page.getByText(ru.Account.profile.fixFields).waitFor();
      expect(await page.getByLabel(ru.Account.profile.city, { exact: true }).getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#profile-city-error').innerText()).toBe(ru.Forms.fieldErrors.unknown_city);
      // The form names the refused item only when it sent it; here the route swapped the list, so the reason alone.
      expect(await page.locator('#profile-districts-error').innerText()).toContain(ru.Forms.fieldErrors.district_outside_city);
    } finally {
      await context.close();
    }
  });

  it('moves the site to the language saved in the profile', async () => {
    const customer = await createAccount({ role: 'customer', name: 'Далер' });
    const { page, context } = await browser.page({ width: 375 });
    try {
      await signInContext(context, customer.token);
      await page.goto('/account');
      await page.getByRole('radio', { name: ru.Account.languages.tg }).check();
      await page.getByRole('button', { name: ru.Account.profile.save }).click();
      await page.waitForURL((url) => url.pathname === '/tg/account');
      await page.getByText(tg.Account.profile.saved).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('tg');
      expect((await getJson<{ locale: string }>('/api/v1/me', customer.token)).locale).toBe('tg');
    } finally {
      await context.close();
    }
  });

  it('answers an unknown or non-provider id with the localized 404', async () => {
    const customer = await createAccount({ role: 'customer', name: 'Фарида' });
    const { page, context } = await browser.page({ width: 375 });
    try {
      for (const [address, t] of [
        ['/providers/00000000-0000-4000-8000-000000000000', ru],
        [`/providers/${customer.id}`, ru],
        ['/tg/providers/not-an-id', tg],
      ] as const) {
        const response = await page.goto(address);
        expect(response?.status()).toBe(404);
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(t.NotFound.title);
      }
    } finally {
      await context.close();
    }
  });
});
