import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../shared/i18n';
import { core } from './defense-helpers';
import { expectText, go, startHarness, type Harness } from './harness';

/**
 * Moving a programme between two computers through the screens: exported with a password on
 * one (its own core and data folder), imported on another after a wrong password is refused.
 */
const KK = CATALOGS.kk;
let from: Harness;
let to: Harness;
let page: Page;
let programme: number;
let file = '';

beforeAll(async () => {
  from = await startHarness();
  to = await startHarness();
  programme = (await core(from, 'demo:load', {})).programme;
  ({ page } = await from.open());
});

afterAll(async () => {
  await from?.close();
  await to?.close();
});

describe('moving a programme as an .attesta file (issue 10)', () => {
  it('exports the demo programme sealed with a password, refusing a password under 8 characters', async () => {
    await go(page, `#/programmes/${programme}`);
    await page.getByTestId('export-file-password').fill('қысқа');
    expect(await page.getByTestId('export-file-run').isDisabled()).toBe(true);
    await page.getByTestId('export-file-password').fill('Құпия-2026');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-file-run').click()]);
    await page.getByTestId('export-file-done').waitFor();
    file = await download.path();
    expect(download.suggestedFilename()).toBe(`programme-${programme}.attesta`);
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).not.toBe('PK'); // sealed, not a plain zip
  });

  it('imports it on another computer: a wrong password refused with nothing written, then the whole programme', async () => {
    const other = (await to.open()).page;
    await go(other, '#/programmes');
    await other.getByTestId('programme-import-open').click();
    await other.getByTestId('import-file-input').setInputFiles(file);
    await other.getByTestId('import-file-password').fill('қате-құпиясөз');
    await other.getByTestId('import-file-run').click();
    await expectText(other.getByTestId('import-file-error'), KK.errors.wrong_password);
    expect(await core(to, 'programme:list', {})).toEqual([]);
    await other.getByTestId('import-file-password').fill('Құпия-2026');
    await other.getByTestId('import-file-run').click();
    await other.getByTestId('import-file-done').waitFor();
    await other.getByTestId('import-file-open').click();
    const source = await core(from, 'programme:get', { id: programme });
    await expectText(other.getByTestId('programme-title'), source.title.kk);
    const [cohort] = await core(to, 'cohort:list', {});
    expect(cohort?.listeners).toBe(12);
  });

  it('opens the import of a file by its path (the desktop app double-clicked on an .attesta file); the programme already here is refused', async () => {
    const other = (await to.open()).page;
    await go(other, `#/programmes/import-file/${encodeURIComponent(file)}`);
    await expectText(other.getByTestId('import-file-path'), file);
    await other.getByTestId('import-file-password').fill('Құпия-2026');
    await other.getByTestId('import-file-run').click();
    await other.getByTestId('import-file-error').waitFor();
    expect(await core(to, 'programme:list', {})).toHaveLength(1);
  });
});
