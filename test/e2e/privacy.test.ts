import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectText, go, pageText, startHarness, STACK_PATTERN, type Harness } from './harness';

let h: Harness;
let ids: { programme: number; cohort: number; session: number };

beforeAll(async () => {
  h = await startHarness();
  ids = await h.core.handlers['demo:load']({});
});
afterAll(async () => {
  await h?.close();
});

const listenerRow = (id: number) => h.core.ctx.db.prepare('SELECT full_name, iin, organisation FROM listener WHERE id = ?').get(id) as { full_name: string; iin: string | null; organisation: string | null };

describe('Data and privacy', () => {
  it('erases one listener’s personal data from the listener page: pseudonym, nothing found by name, the locked protocol kept until retention ends', async () => {
    const target = (h.core.ctx.db.prepare('SELECT t.listener_id AS id FROM defense_turn t JOIN defense_result r ON r.turn_id = t.id ORDER BY t.id LIMIT 1').get() as { id: number }).id;
    const before = listenerRow(target);
    const { page, problems } = await h.open({ lang: 'kk', hash: `#/cohorts/${ids.cohort}/listener/${target}` });
    await expectText(page.getByTestId('listener-title'), before.full_name);
    await page.getByTestId('erase-open').click();
    // the confirmation and a reason are required before anything can be erased
    expect(await page.getByTestId('erase-run').isDisabled()).toBe(true);
    await page.getByTestId('erase-reason').fill('Тыңдаушының жазбаша өтініші');
    expect(await page.getByTestId('erase-run').isDisabled()).toBe(true);
    await page.getByTestId('erase-sure').check();
    await page.getByTestId('erase-run').click();
    await expectText(page.getByTestId('erase-done').locator('.alert'), `Деректер жойылды: тыңдаушы енді «Тыңдаушы #${target}».`);
    await expectText(page.getByTestId('erase-locked'), /27\.11\.2031/);
    await expectText(page.getByTestId('listener-title'), `Тыңдаушы #${target}`);
    expect(listenerRow(target)).toEqual({ full_name: `Тыңдаушы #${target}`, iin: null, organisation: null });

    // the cohort's list: nothing found by the old name or IIN; the count of listeners is unchanged
    await go(page, `#/cohorts/${ids.cohort}`);
    await page.getByTestId('listener-table').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="listener-row"]').length === 12);
    await page.getByTestId('listener-search').fill(before.full_name);
    await page.getByTestId('listeners-empty').waitFor();
    await page.getByTestId('listener-search').fill(before.iin!);
    await page.getByTestId('listeners-empty').waitFor();
    expect(await pageText(page)).not.toContain(before.full_name);
    expect(problems).toEqual([]);
  });

  it('backs up with a password, refuses a wrong one, and restores after a confirmation that says the current data is kept', async () => {
    const { page, problems } = await h.open({ lang: 'en', hash: '#/settings' });
    await page.getByTestId('data-privacy').waitFor();
    await expectText(page.getByTestId('auto-state'), /not encrypted/);
    await page.getByTestId('backup-password').fill('құпия-сөз-2026');
    await page.getByTestId('backup-run').click();
    await expectText(page.getByTestId('backup-message'), /^Backed up: attesta-backup-.*\.sqlite\.enc$/);
    const name = ((await page.getByTestId('backup-message').textContent()) ?? '').replace('Backed up: ', '');
    const row = page.locator(`[data-testid="backup-row"][data-name="${name}"]`);
    await expectText(row.getByTestId('backup-counts'), 'Encrypted: enter its password to see what it holds.');

    await h.core.handlers['listener:add']({ cohortId: ids.cohort, fields: { fullName: 'Кейін қосылған', iin: '', organisation: null, position: null, topic: null, mentor: null } });
    const count = () => (h.core.ctx.db.prepare('SELECT count(*) AS n FROM listener').get() as { n: number }).n;
    expect(count()).toBe(13);

    await row.getByTestId('restore-start').click();
    await row.getByTestId('restore-password').fill('wrong-password');
    await row.getByTestId('restore-open').click();
    await expectText(row.getByTestId('restore-error'), /password is wrong/);
    expect(await row.getByTestId('restore-confirm').count()).toBe(0);
    await row.getByTestId('restore-password').fill('құпия-сөз-2026');
    await row.getByTestId('restore-open').click();
    await expectText(row.getByTestId('backup-counts'), 'programmes 1 · cohorts 1 · listeners 12 · results 3');
    await expectText(row.getByTestId('restore-confirm').locator('p'), /current data is backed up first/);
    expect(count()).toBe(13);
    await row.getByTestId('restore-yes').click();
    await expectText(page.getByTestId('restore-done'), new RegExp(`^Restored ${name.replace(/\./g, '\\.')}\\. The data as it was before is kept as pre-restore-`));
    expect(count()).toBe(12);
    expect(await pageText(page)).not.toMatch(STACK_PATTERN);
    expect(problems).toEqual([]);
  });

  it('the cohort list of 50,000 listeners renders only the rows in sight and scrolls to the last one', async () => {
    const db = h.core.ctx.db;
    const cohort = Number(db.prepare("INSERT INTO cohort (programme_id, name, created_at) VALUES (?, 'Архив-50000', '2026-01-01T00:00:00Z')").run(ids.programme).lastInsertRowid);
    const add = db.prepare("INSERT INTO listener (cohort_id, full_name, created_at) VALUES (?, ?, '2026-01-01T00:00:00Z')");
    db.transaction(() => {
      for (let i = 1; i <= 50_000; i += 1) add.run(cohort, `Тыңдаушы ${String(i).padStart(5, '0')}`);
    })();
    const { page, problems } = await h.open({ lang: 'kk', hash: `#/cohorts/${cohort}` });
    await page.getByTestId('listener-table').waitFor({ timeout: 60_000 });
    await expectText(page.getByTestId('listener-count'), /50\s?000/, 60_000);
    const rendered = () => page.evaluate(() => document.querySelectorAll('[data-testid="listener-row"]').length);
    expect(await rendered()).toBeGreaterThan(5);
    expect(await rendered()).toBeLessThan(80);
    await page.getByTestId('listener-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expectText(page.getByTestId('listener-row').last().getByTestId('listener-name'), 'Тыңдаушы 50000');
    expect(await rendered()).toBeLessThan(80);
    expect(problems).toEqual([]);
  }, 120_000);
});
