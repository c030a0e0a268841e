import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';

// Flags that keep headless Chromium from reaching for the network on a closed machine.
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumArgs });
}

export const screenshotDir = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
fs.mkdirSync(screenshotDir, { recursive: true });
