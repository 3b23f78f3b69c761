import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { openCore, type Core } from '../../electron/core/core';
import { startHost, type RunningHost } from '../../electron/core/host/server';
import { inject } from 'vitest';

/** Flags that keep Debian's Chromium quiet on a closed network (toolchain.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** An open page and what the browser complained about while it ran (CSP violations, errors). */
export type OpenedPage = { page: Page; problems: string[] };

/** A real core in a temp data folder, the HTTP host over it, and a headless Chromium. */
export type Harness = {
  core: Core;
  host: RunningHost;
  browser: Browser;
  dataDir: string;
  open: (options?: { lang?: 'kk' | 'ru' | 'en'; hash?: string; withToken?: boolean }) => Promise<OpenedPage>;
  close: () => Promise<void>;
};

/** Starts everything one test file needs; `close` stops it and removes the data folder. */
export async function startHarness(options: { now?: () => Date } = {}): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'attesta-e2e-'));
  const core = openCore(dataDir, options.now ? { now: options.now } : {});
  const host = await startHost({ core, rendererDir: inject('rendererDir') });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });

  const open: Harness['open'] = async ({ lang, hash, withToken = true } = {}) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1, acceptDownloads: true });
    if (lang) await context.addInitScript((l) => window.localStorage.setItem('attesta.lang', l), lang);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const base = `http://127.0.0.1:${host.port}/`;
    await page.goto(withToken ? host.url : base);
    if (hash) await page.evaluate((h) => (window.location.hash = h), hash);
    await page.getByTestId('nav-settings').waitFor();
    return { page, problems };
  };

  return {
    core,
    host,
    browser,
    dataDir,
    open,
    close: async () => {
      await browser.close();
      await host.close();
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Goes to a hash inside the app and waits for the section's heading. */
export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.locator('main h1').first().waitFor();
}

/** Waits until a locator's trimmed text equals `expected` (or matches it), else fails with what it saw. */
export async function expectText(locator: Locator, expected: string | RegExp, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let seen: string | null = null;
  while (Date.now() < deadline) {
    seen = (await locator.count()) > 0 ? ((await locator.first().textContent()) ?? '').trim() : null;
    if (seen !== null && (typeof expected === 'string' ? seen === expected : expected.test(seen))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`expected ${String(expected)}, saw ${seen === null ? 'no element' : JSON.stringify(seen)}`);
}

/** Fills a rubric sheet field by field (the fast path; the keyboard path has its own test). */
export async function fillScores(page: Page, scores: readonly number[]): Promise<void> {
  for (const [i, s] of scores.entries()) await page.getByTestId(`points-${i}`).fill(String(s));
}

/** Text that would only be on the page if a stack trace or a source path leaked. */
export const STACK_PATTERN = /\n\s*at \S|\bat \S+ \(|\.(?:ts|tsx|js|mjs):\d+|TypeError|ReferenceError|node_modules|Error: /;

/** The page's visible text. */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}
