import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Where reference screenshots live; written only when UPDATE_REFERENCE=1. */
export const SCREENS_REFERENCE_DIR = join(import.meta.dirname, '..', 'reference', 'screens');

/** True when this run refreshes the reference images. */
export const UPDATE_REFERENCE = process.env.UPDATE_REFERENCE === '1';

/** Texts and labelling attributes that look like a dotted catalog key (like `nav.programmes`). */
export function rawKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const key = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      if (key.test(text)) found.push(text);
    }
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
      for (const attr of ['title', 'aria-label', 'placeholder', 'alt']) {
        const v = el.getAttribute(attr)?.trim() ?? '';
        if (key.test(v)) found.push(`${attr}=${v}`);
      }
    }
    if (key.test(document.title)) found.push(`title=${document.title}`);
    return found;
  });
}

/**
 * Saves a screenshot as test/reference/screens/<name>.png when UPDATE_REFERENCE=1 (else does
 * nothing): by default in a window as tall as the page, so the sticky rail and result panel sit
 * where a user sees them; without a focus ring.
 */
export async function reference(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!UPDATE_REFERENCE) return;
  mkdirSync(SCREENS_REFERENCE_DIR, { recursive: true });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const size = page.viewportSize() ?? { width: 1280, height: 860 };
  if (options.fullPage ?? true) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  }
  await page.screenshot({ path: join(SCREENS_REFERENCE_DIR, `${name}.png`) });
  await page.setViewportSize(size);
}

/** Switches the rail's language and waits for `<html lang>` to follow. */
export async function switchLang(page: Page, lang: 'kk' | 'ru' | 'en', prefix = 'lang'): Promise<void> {
  await page.getByTestId(`${prefix}-${lang}`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** Shows the page in kk, ru and en in turn: no raw catalog key in any; a reference image of each (UPDATE_REFERENCE=1). */
export async function inEveryLanguage(page: Page, name: string): Promise<void> {
  for (const lang of ['kk', 'ru', 'en'] as const) {
    if (lang !== 'kk') await switchLang(page, lang);
    expect(await rawKeys(page)).toEqual([]);
    await reference(page, `${name}-${lang}`);
  }
  await switchLang(page, 'kk');
}
