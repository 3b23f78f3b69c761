import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectText, fillScores, startHarness, type Harness } from './harness';
import { rawKeys, reference, UPDATE_REFERENCE } from './screen-checks';

/**
 * Every screen in kk, ru and en: no raw i18n key (like `nav.programmes`) anywhere on the page.
 * With UPDATE_REFERENCE=1 it also saves test/reference/screens/<screen>-<lang>.png.
 */
const SCREENS = ['programmes', 'cohorts', 'defenses', 'tests', 'documents', 'settings'] as const;
const LANGS = ['kk', 'ru', 'en'] as const;

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});


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


describe.each(LANGS)('screens in %s', (lang) => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await h.open({ lang }));
  });

  it.each(SCREENS)(`%s shows no raw i18n key${UPDATE_REFERENCE ? ' (and is saved as a reference image)' : ''}`, async (screen) => {
    await prepare(page, screen);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await rawKeys(page)).toEqual([]);
    await reference(page, `${screen}-${lang}`);
  });
});
