import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { startHarness, type Harness } from './harness';
import { pdfText } from '../helpers/pdf-text';

let h: Harness;
let ids: { cohort: number; session: number; sitting: number };
beforeAll(async () => {
  h = await startHarness();
  const e = await dispatch(h.core.handlers, 'demo:load', {});
  if (!e.ok) throw new Error(e.error.message);
  ids = e.value as typeof ids;
});
afterAll(async () => h.close());

describe('the Documents screen', () => {
  it('exports the demo protocol as a Kazakh draft PDF through the browser, and a final is refused while the session is open', async () => {
    const { page, problems } = await h.open({ lang: 'kk', hash: '#/documents' });
    await page.getByTestId('doc-cohort').selectOption(String(ids.cohort));
    await page.getByTestId('doc-session').selectOption(String(ids.session));
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('doc-export').click();
    const file = join(h.dataDir, 'downloaded.pdf');
    await (await download).saveAs(file);
    const text = pdfText(file);
    expect(text).toContain('ҚОРЫТЫНДЫ АТТЕСТАТТАУ ХАТТАМАСЫ');
    expect(text).toContain('ЖОБА / ПРОЕКТ / DRAFT');
    expect(text).toContain('Тәжібаева Сәуле Әбдірахманқызы');
    await page.getByTestId('doc-done').waitFor();
    await page.getByTestId('doc-draft').uncheck();
    await page.getByTestId('doc-export').click();
    await page.getByTestId('doc-error').waitFor();
    expect(await page.getByTestId('doc-error').textContent()).toContain('Қорытынды құжаттар тек бекітілген деректерден');
    expect(problems).toEqual([]);
  });

  it('exports the demo test statement in Russian with the percent in words, and shows the cohort summary\'s grade charts as SVG', async () => {
    const { page, problems } = await h.open({ lang: 'kk', hash: '#/documents' });
    await page.getByTestId('doc-cohort').selectOption(String(ids.cohort));
    await page.getByTestId('doc-kind').selectOption('statement');
    await page.getByTestId('doc-sitting').selectOption(String(ids.sitting));
    await page.getByTestId('doc-lang').selectOption('ru');
    await page.getByTestId('doc-words').check();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('doc-export').click();
    const file = join(h.dataDir, 'statement.pdf');
    await (await download).saveAs(file);
    const text = pdfText(file);
    expect(text).toContain('ВЕДОМОСТЬ РЕЗУЛЬТАТОВ ТЕСТИРОВАНИЯ');
    expect(text).toContain('Прописью');
    expect(text).toContain('сто');
    expect(text).toContain('Приложение. Анализ заданий');

    await page.getByTestId('doc-kind').selectOption('summary');
    await page.getByTestId('doc-charts').waitFor();
    const charts = page.getByTestId('doc-chart');
    expect(await charts.count()).toBe(2);
    const counts = await charts.first().locator('rect[data-count]').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-count'))));
    expect(counts).toEqual([1, 1, 1, 0]);
    expect(await charts.first().textContent()).toContain('Өте жақсы');
    expect(problems).toEqual([]);
  });
});
