// Main-thread time of a cold load in Debian Chromium, unthrottled, on this machine: every task the renderer's
// main thread ran (Chrome's own TaskDuration, ScriptDuration) from navigation until the network is idle. Issue 18:
// ≤ 150 ms per cold load here. Used by bench/lighthouse.ts; a fresh context per load (no cache, no cookies).
import type { Browser } from 'playwright-core';

export interface ColdLoadCpu {
  taskMs: number;
  scriptMs: number;
}

export async function coldLoadCpu(browser: Browser, url: string): Promise<ColdLoadCpu> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'networkidle' });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const seconds = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? NaN;
    return { taskMs: seconds('TaskDuration') * 1000, scriptMs: seconds('ScriptDuration') * 1000 };
  } finally {
    await context.close();
  }
}
