import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { openCore } from '../../electron/core/core';
import { PROJECT_ROOT } from '../../electron/core/host/renderer-build';
import { startHost } from '../../electron/core/host/server';
import { CHROMIUM_ARGS, type Harness, type OpenedPage } from './harness';

/**
 * The harness of harness.ts, but serving a renderer built into this file's own temp folder,
 * so another e2e run rebuilding dist/renderer meanwhile cannot pull files from under a page.
 */
export async function startPeopleHarness(): Promise<Harness> {
  const rendererDir = mkdtempSync(join(tmpdir(), 'attesta-people-renderer-'));
  const nodeEnv = process.env.NODE_ENV;
  try {
    const { build } = await import('vite');
    await build({ configFile: join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: rendererDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'attesta-e2e-'));
  const core = openCore(dataDir);
  const host = await startHost({ core, rendererDir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });

  const open: Harness['open'] = async ({ lang, hash, withToken = true } = {}): Promise<OpenedPage> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1, acceptDownloads: true });
    if (lang) await context.addInitScript((l) => window.localStorage.setItem('attesta.lang', l), lang);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(withToken ? host.url : `http://127.0.0.1:${host.port}/`);
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
      rmSync(rendererDir, { recursive: true, force: true });
    },
  };
}

/** Goes to a hash inside the app and waits for the section's heading. */
export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.locator('main h1').first().waitFor();
}
