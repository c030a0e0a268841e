import { describe, expect, it } from 'vitest';
import { catalogs } from './support/catalogs.js';
import { e2e, useBrowser } from './support/context.js';
import { postTask, respondAndSelect, subscribe } from './support/marketplace.js';
import { createAccount, signInContext } from './support/test-accounts.js';

const ru = catalogs.ru;

// Found by the chat journey failing in CI: the composer cleared the box when a message's answer came back, so a
// second message typed while the first was on its way (slow 3G) was wiped and could not be sent.
describe.runIf(e2e)('the chat composer on a slow connection', () => {
  const browser = useBrowser();

  it('keeps what was typed while the previous message was on its way, and sends it next', async () => {
    const customer = await createAccount({ role: 'customer', name: 'Гулнора Саидова' });
    const provider = await createAccount({ role: 'provider', name: 'Фаридун Қодиров' });
    await subscribe(provider);
    const conversationId = await respondAndSelect(provider, customer, await postTask(customer, 'Заменить розетку'));
    const { page, context } = await browser.page({ width: 375 });
    try {
      await signInContext(context, customer.token);
      await page.goto(`/chat/${conversationId}`);
      const box = page.getByLabel(ru.Chat.composer.label, { exact: true });
      const send = page.getByRole('button', { name: ru.Chat.composer.send });

      // The first message's answer is held until the second one is typed.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      let first = true;
      await page.route(`**/api/v1/conversations/${conversationId}/messages`, async (route) => {
        if (route.request().method() !== 'POST' || !first) return route.continue();
        first = false;
        const response = await route.fetch();
        await held;
        await route.fulfill({ response });
      });
      await box.fill('Здравствуйте, когда удобно?');
      await send.click();
      await box.fill('Я дома после шести.');
      release();
      await page.getByText('Здравствуйте, когда удобно?').waitFor();
      await expect.poll(() => box.inputValue()).toBe('Я дома после шести.');
      await send.click();
      await page.getByText('Я дома после шести.', { exact: true }).waitFor();
      await expect.poll(() => box.inputValue()).toBe('');
    } finally {
      await context.close();
    }
  });
});
