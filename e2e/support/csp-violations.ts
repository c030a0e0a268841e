import type { BrowserContext } from 'playwright-core';

/**
 * Chromium's own console line for a blocked script ("…violates the following Content Security Policy
 * directive…"), a policy it cannot parse, or the line the init script below writes for a `securitypolicyviolation`
 * event. The event matters on its own: a probe that catches its error (zod's `new Function` test) logs no line.
 */
const cspMessage = /content.security.policy|securitypolicyviolation/i;

/**
 * Records every CSP violation of the pages of `context` into `into`, as "url: message". The init script is
 * injected by the browser's debugging protocol, which the page's policy does not govern.
 */
export async function recordCspViolations(context: BrowserContext, into: string[]): Promise<void> {
  await context.addInitScript(() => {
    window.addEventListener(
      'securitypolicyviolation',
      (event) =>
        console.error(
          `[securitypolicyviolation] ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        ),
      true,
    );
  });
  context.on('page', (page) =>
    page.on('console', (message) => {
      if (cspMessage.test(message.text())) into.push(`${page.url()}: ${message.text().slice(0, 300)}`);
    }),
  );
}
