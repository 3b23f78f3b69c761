import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectText, pageText, startHarness, type Harness } from './harness';
import { NAMES, roster, rosterXlsx, seedCohort } from './people-fixtures';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let h: Harness;
let cohortId = 0;

beforeAll(async () => {
  h = await startHarness();
  ({ cohortId } = await seedCohort(h.core));
});

afterAll(async () => {
  await h?.close();
});

async function choose(page: Page, name: string, buffer: Buffer, mimeType = XLSX): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer });
}

const listeners = () => h.core.handlers['listener:list']({ cohortId });

describe('Import of listeners from .xlsx', () => {
  it('downloads the template in the UI language', async () => {
    const { page } = await h.open({ lang: 'kk', hash: `#/cohorts/${cohortId}/import` });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-template').click()]);
    expect(download.suggestedFilename()).toBe('attesta-listeners-kk.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]?.getRow(1).values).toEqual([undefined, 'Аты-жөні', 'ЖСН', 'Ұйым', 'Лауазымы', 'Жоба тақырыбы', 'Ментор']);
  });

  it('refuses a file with 2 bad rows: both named by row and column, bad cells red, nothing written', async () => {
    const rows = roster();
    rows[3] = { ...rows[3]!, iin: `${rows[3]!.iin.slice(0, 11)}${(Number(rows[3]!.iin[11]) + 1) % 10}` };
    rows[7] = { ...rows[7]!, fullName: '' };
    const { page, problems } = await h.open({ lang: 'kk', hash: `#/cohorts/${cohortId}/import` });
    await choose(page, 'тыңдаушылар.xlsx', await rosterXlsx(rows));
    await page.getByTestId('import-report').waitFor();
    await expectText(page.getByTestId('import-counts'), /жолдар: 12.*қателер: 2.*қайталанулар: 0/);
    const errors = page.getByTestId('import-error');
    expect(await errors.count()).toBe(2);
    expect(await errors.nth(0).getAttribute('data-row')).toBe('5');
    expect(await errors.nth(0).getAttribute('data-field')).toBe('iin');
    await expectText(errors.nth(0), '5-жол · ЖСН: ЖСН-нің бақылау цифры қате: нөмірді тексеріңіз.');
    expect(await errors.nth(1).getAttribute('data-row')).toBe('9');
    await expectText(errors.nth(1), '9-жол · Аты-жөні: Аты-жөнін енгізіңіз.');
    // The preview shows the file as it is: 12 rows, the two refused cells in red with the reason.
    expect(await page.getByTestId('preview-row').count()).toBe(12);
    const bad = page.getByTestId('bad-cell');
    expect(await bad.count()).toBe(2);
    expect(await bad.nth(0).getAttribute('data-field')).toBe('iin');
    expect(await bad.nth(0).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(253, 236, 235)');
    expect(await page.locator('[data-row="9"] [data-field="fullName"]').getAttribute('data-testid')).toBe('bad-cell');
    await expectText(page.locator('[data-testid="preview-row"][data-row="4"] [data-field="fullName"]'), NAMES[2]!);
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);
    await expectText(page.getByTestId('import-blocked'), /Ештеңе импортталған жоқ/);
    expect(await listeners()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('imports all 12 once the file is fixed, only after the user confirms', async () => {
    const { page } = await h.open({ lang: 'kk', hash: `#/cohorts/${cohortId}/import` });
    await choose(page, 'тыңдаушылар.xlsx', await rosterXlsx(roster()));
    await expectText(page.getByTestId('import-counts'), /жолдар: 12.*қателер: 0/);
    expect(await page.getByTestId('bad-cell').count()).toBe(0);
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
    await page.getByTestId('import-confirm').check();
    await expectText(page.getByTestId('import-run'), 'Тыңдаушыларды импорттау: 12');
    await page.getByTestId('import-run').click();
    await expectText(page.getByTestId('import-done'), /Импортталған тыңдаушылар: 12/);
    const saved = await listeners();
    expect(saved.map((l) => l.fullName).sort()).toEqual([...NAMES].sort());
    await expectText(page.getByTestId('tab-listeners'), 'Тыңдаушылар (12)');
    await page.getByTestId('import-to-listeners').click();
    await page.getByTestId('listener-table').waitFor();
    expect(await page.getByTestId('listener-row').count()).toBe(12);
    const text = await pageText(page);
    for (const letter of ['Ә', 'Ғ', 'Қ', 'Ө', 'Ұ', 'Ү', 'Һ', 'І', 'ң']) expect(text).toContain(letter);
  });

  it('finds every row a duplicate when the same file comes again', async () => {
    const { page } = await h.open({ lang: 'en', hash: `#/cohorts/${cohortId}/import` });
    await choose(page, 'roster.xlsx', await rosterXlsx(roster()));
    await expectText(page.getByTestId('import-counts'), /rows: 12.*errors: 12.*duplicates: 12/);
    await expectText(page.getByTestId('import-error').first(), /A listener with this IIN is already in the cohort\./);
    expect(await page.getByTestId('duplicate-tag').count()).toBe(12);
    expect((await listeners()).length).toBe(12);
  });

  it('says clearly when a file is not an .xlsx, or is too large, in the UI language', async () => {
    const { page } = await h.open({ lang: 'kk', hash: `#/cohorts/${cohortId}/import` });
    await choose(page, 'тізім.xlsx', Buffer.from('Аты-жөні;ЖСН\nӘлиев Әли;850314300123\n', 'utf8'));
    await expectText(page.getByTestId('import-failed'), 'тізім.xlsx: Файл Excel кітабы (.xlsx) емес. Оны Excel-де .xlsx ретінде сақтаңыз.');
    const { page: ru } = await h.open({ lang: 'ru', hash: `#/cohorts/${cohortId}/import` });
    // A sparse file on disk: the browser gets its path, so 20 MB need not cross the wire.
    const dir = mkdtempSync(join(tmpdir(), 'attesta-big-'));
    const big = join(dir, 'big.xlsx');
    writeFileSync(big, '');
    truncateSync(big, 20 * 1024 * 1024 + 1);
    try {
      await ru.getByTestId('import-file').setInputFiles(big);
      await expectText(ru.getByTestId('import-failed'), 'big.xlsx: Файл слишком большой (не более 20 МБ).');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect((await listeners()).length).toBe(12);
  });
});
