import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectText, fillScores, startHarness, type Harness } from './harness';

/**
 * Every screen in kk, ru and en: no raw i18n key (like `nav.programmes`) anywhere on the page.
 * With UPDATE_REFERENCE=1 it also saves test/reference/screens/<screen>-<lang>.png.
 */
const SCREENS = ['programmes', 'cohorts', 'defenses', 'tests', 'documents', 'settings'] as const;
const LANGS = ['kk', 'ru', 'en'] as const;
const OUT = join(import.meta.dirname, '..', 'reference', 'screens');
const UPDATE = process.env.UPDATE_REFERENCE === '1';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  if (UPDATE) mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await h?.close();
});

/** Texts and labelling attributes that look like a dotted catalog key. */
function rawKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const key = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      if (key.test(text)) found.push(text);
    }
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
      for (const attr of ['title', 'aria-label', 'placeholder']) {
        const v = el.getAttribute(attr)?.trim() ?? '';
        if (key.test(v)) found.push(`${attr}=${v}`);
      }
    }
    if (key.test(document.title)) found.push(`title=${document.title}`);
    return found;
  });
}

async function prepare(page: Page, screen: (typeof SCREENS)[number]): Promise<void> {
  await page.evaluate((s) => (window.location.hash = `#/${s}`), screen);
  await page.locator(`main[data-section="${screen}"] h1`).waitFor();
  if (screen === 'defenses') {
    await page.getByTestId('template-select').selectOption('kz-000-roadmap-defense');
    await fillScores(page, [16, 16, 25, 8, 16]);
    await expectText(page.getByTestId('total'), '81');
    await page.getByTestId('findings').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
  if (screen === 'settings') await page.getByTestId('app-info').waitFor();
}

/** A window as tall as the page (so the sticky rail and result panel sit where a user sees them). */
async function saveReference(page: Page, path: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.max(860, height) });
  await page.screenshot({ path });
  await page.setViewportSize({ width: 1280, height: 860 });
}

describe.each(LANGS)('screens in %s', (lang) => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await h.open({ lang }));
  });

  it.each(SCREENS)(`%s shows no raw i18n key${UPDATE ? ' (and is saved as a reference image)' : ''}`, async (screen) => {
    await prepare(page, screen);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await rawKeys(page)).toEqual([]);
    if (UPDATE) await saveReference(page, join(OUT, `${screen}-${lang}.png`));
  });
});
