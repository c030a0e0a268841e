import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser.js';
import { recordCspViolations } from './csp-violations.js';

/**
 * One browser per journey file against the product started by global setup. `describe.runIf(e2e)`
 * keeps the file from running where no browser exists (global setup already said so loudly).
 */
export const e2e = inject('e2e');

export function useBrowser() {
  let browser: Browser;
  // A client component without its catalog renders raw keys and logs MISSING_MESSAGE: fail the file for it.
  const missingMessages = new Set<string>();
  // Pages allow scripts by nonce only (decision 013): anything the policy blocks fails the file too. A journey
  // that provokes a violation on purpose takes it out of its context's list (`cspViolations.splice(0)`).
  const cspViolations: string[][] = [];
  beforeAll(async () => {
    if (e2e) browser = await launchBrowser(e2e.chromePath);
  });
  afterAll(async () => {
    await browser?.close();
    const problems: string[] = [];
    if (missingMessages.size > 0) problems.push(`Pages logged missing translations:\n${[...missingMessages].join('\n')}`);
    const violations = cspViolations.flat();
    if (violations.length > 0) problems.push(`Pages reported Content-Security-Policy violations:\n${violations.join('\n')}`);
    if (problems.length > 0) throw new Error(problems.join('\n\n'));
  });
  return {
    async page(
      options: { width: number; height?: number; locale?: string; baseUrl?: string } = { width: 375 },
    ): Promise<{ page: Page; context: BrowserContext; cspViolations: string[] }> {
      const context = await browser.newContext({
        baseURL: options.baseUrl ?? e2e!.baseUrl,
        viewport: { width: options.width, height: options.height ?? 812 },
        locale: options.locale ?? 'ru-RU',
        isMobile: options.width < 600,
        hasTouch: options.width < 600,
      });
      context.on('page', (page) =>
        page.on('console', (message) => {
          if (message.text().includes('MISSING_MESSAGE')) missingMessages.add(`${page.url()}: ${message.text().slice(0, 200)}`);
        }),
      );
      const violations: string[] = [];
      cspViolations.push(violations);
      await recordCspViolations(context, violations);
      return { page: await context.newPage(), context, cspViolations: violations };
    },
  };
}
