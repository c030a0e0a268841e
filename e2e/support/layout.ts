import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Nothing sticks out sideways. Against the configured width, not window.innerWidth: an emulated phone widens
 * its layout viewport to fit content that spills over, which would hide the very overflow this looks for.
 */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
}

/** Every element matched lies inside the viewport's width: none is cut off at the edge. */
export async function expectAllWithinWidth(page: Page, selector: string): Promise<void> {
  const width = page.viewportSize()!.width;
  const boxes = await page.locator(selector).evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(width);
  }
}
