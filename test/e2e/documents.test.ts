import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { startHarness, type Harness } from './harness';

let h: Harness;
let ids: { cohort: number; session: number };
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
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
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
});
