import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Nothing sticks out sideways. Against the configured width, not window.innerWidth: an emulated phone widens
 * its layout viewport to fit content that spills over, which would hide the very overflow this looks for.
 */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
}
