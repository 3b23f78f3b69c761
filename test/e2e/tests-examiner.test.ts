import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoIds } from '../../shared/api/contract';
import { BUILTIN_BLUEPRINTS as CORE_BLUEPRINTS } from '../../shared/domain/bank/blueprints-builtin';
import { CATALOGS } from '../../shared/i18n';
import { BUILTIN_BLUEPRINTS } from '../../renderer/screens/tests/builtin-blueprints';
import { core } from './defense-helpers';
import { inEveryLanguage } from './screen-checks';
import { until } from './devices-helpers';
import { expectText } from './harness';
import { saveBank003, sitThroughCore } from './tests-fixtures';
import { allSaved, answer, closeKiosk, openKiosk, startClockHarness, variantByRef, type ClockHarness, type Kiosk } from './tests-helpers';

/**
 * Issue 7, the examiner: a sitting of 003's final test created on the screen (its 28 ≠ 30
 * warning shown before and after creation), listeners admitted with their kiosk links shown
 * once, all questions on one page at the kiosk, an essay scored by hand (release waits for
 * it), the results with the exact percent cut to one decimal, and the entrance → exit gain.
 */
const KK = CATALOGS.kk.tests;
let h: ClockHarness;
let ids: DemoIds;
let bankId: number;
let desk: Page;
let problems: string[];
let sittingId: number;
let firstToken: string;
let secondToken: string;
let kiosk: Kiosk | null = null;

beforeAll(async () => {
  h = await startClockHarness();
  ids = await core(h, 'demo:load', {});
  bankId = saveBank003(h, ids.programme);
  ({ page: desk, problems } = await h.open({ lang: 'kk', hash: '#/tests' }));
});

afterAll(async () => {
  if (kiosk) await closeKiosk(kiosk);
  await h?.close();
});

describe('the examiner’s Tests section (issue 7)', () => {
  it('knows the built-in blueprints as the core does', () => {
    const core = CORE_BLUEPRINTS.map((b) => ({
      id: b.id, title: b.title, counts: b.quotas.map((q) => q.count), perTopic: b.quotas.map((q) => q.target.kind === 'each-topic'),
      statedTotal: b.statedTotal, timeLimitMinutes: b.timeLimitMinutes, passPercent: b.passPercent, gradeScale: b.gradeScale,
    }));
    const mine = BUILTIN_BLUEPRINTS.map((b) => ({
      id: b.id, title: b.title, counts: b.quotas.map((q) => q.count), perTopic: b.quotas.map((q) => q.perTopic),
      statedTotal: b.statedTotal, timeLimitMinutes: b.timeLimitMinutes, passPercent: b.passPercent, gradeScale: b.gradeScale,
    }));
    expect(mine).toEqual(core);
  });

  it('lists the sittings by cohort', async () => {
    await desk.getByTestId(`sitting-row-${ids.sitting}`).waitFor();
    await expectText(desk.getByTestId(`sitting-group-${ids.cohort}`).locator('h2'), /.+/);
    await inEveryLanguage(desk, 'tests-list');
  });

  it('creates a sitting of 003’s final test, showing 28 ≠ 30 before and after', async () => {
    await desk.getByTestId('sitting-new').click();
    await desk.getByTestId('create-cohort').selectOption(String(ids.cohort));
    await desk.getByTestId('create-bank').selectOption(String(bankId));
    await desk.getByTestId('create-blueprint').selectOption('kz-003-final-test');
    await expectText(desk.getByTestId('blueprint-warnings').locator('li'), /4\/2\/12\/2\/8.*28.*30/);
    await desk.getByTestId('create-minutes').fill('');
    await desk.getByTestId('create-place').fill('Алматы, 12-аудитория');
    await desk.getByTestId('create-layout-all').check();
    await inEveryLanguage(desk, 'tests-create');
    await desk.getByTestId('create-submit').click();
    await desk.getByTestId('sitting-page').waitFor();
    sittingId = Number(/#\/tests\/(\d+)/.exec(desk.url())![1]);
    await expectText(desk.getByTestId('sitting-items'), '28 сұрақ');
    const warning = desk.getByTestId('sitting-warnings').locator('li[data-code="total_mismatch"] > span');
    await expectText(warning, KK.warnings.total_mismatch.replace(/\{\{total\}\}/g, '28').replace('{{stated}}', '30'));
  });

  it('admits two listeners and shows their kiosk links once', async () => {
    await desk.getByTestId('admit-panel').waitFor();
    const listeners = await core(h, 'listener:list', { cohortId: ids.cohort });
    for (const l of listeners.slice(0, 2)) await desk.getByTestId(`admit-${l.id}`).check();
    await desk.getByTestId('admit-submit').click();
    await desk.getByTestId('token-list').waitFor();
    const links = await desk.locator('[data-testid^="token-link-"]').allTextContents();
    expect(links).toHaveLength(2);
    for (const link of links) expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${h.host.port}/#exam=[A-Za-z0-9_-]{20,}$`));
    firstToken = links[0]!.split('#exam=')[1]!;
    await until(async () => (await desk.locator('[data-testid^="examinee-"][data-status="ready"]').count()) === 2, 'two examinees');
    await inEveryLanguage(desk, 'tests-sitting');
    await desk.reload();
    await desk.getByTestId('examinees-table').waitFor();
    expect(await desk.getByTestId('token-list').count()).toBe(0);
    await desk.getByTestId('reissue-2').click();
    await desk.getByTestId('reissue-dialog-confirm').click();
    await desk.getByTestId('token-2').waitFor();
    expect(await desk.getByTestId('token-1').count()).toBe(0);
    secondToken = (await desk.getByTestId('token-link-2').textContent())!.split('#exam=')[1]!;
    expect(secondToken).not.toBe(links[1]!.split('#exam=')[1]);
  });

  it('shows all 28 questions on one page at the kiosk; the examinee answers them and the essay, and submits', async () => {
    kiosk = await openKiosk(h, firstToken, 'kk');
    const { page } = kiosk;
    await page.getByTestId('exam-start-button').click();
    await page.getByTestId('question-28').waitFor();
    expect(await page.getByTestId('exam-test').getAttribute('data-layout')).toBe('all');
    expect(await page.locator('[data-testid^="question-"]').count()).toBe(28);
    expect(await page.getByTestId('exam-next').count()).toBe(0);
    expect(await page.getByTestId('exam-timer').count()).toBe(0);
    const detail = await core(h, 'sitting:get', { sittingId });
    const byRef = variantByRef(h, detail.examinees[0]!.id);
    for (let p = 1; p <= 28; p += 1) {
      const q = page.getByTestId(`question-${p}`);
      await answer(q, byRef.get((await q.getAttribute('data-ref'))!)!, true);
    }
    await allSaved(page);
    await page.getByTestId('exam-submit').click();
    await page.getByTestId('submit-dialog-confirm').click();
    await page.getByTestId('exam-done').waitFor();
    // The same kiosk tab, given the next examinee's link, starts over with that examinee.
    await page.evaluate((t) => (window.location.hash = `#exam=${t}`), secondToken);
    await expectText(page.getByTestId('exam-name'), detail.examinees[1]!.listenerName);
    expect(page.url()).toMatch(/#exam=$/);
    expect(kiosk.problems).toEqual([]);
  });

  it('waits for the essay’s hand score before release, then shows the exact percent cut to one decimal', async () => {
    await desk.getByTestId('release-open').click();
    await desk.getByTestId('sitting-dialog-confirm').click();
    await expectText(desk.getByTestId('sitting-dialog-error'), KK.errors.not_submitted);
    await desk.getByTestId('sitting-dialog-cancel').click();
    await desk.getByTestId('tab-essays').click();
    const card = desk.locator('[data-testid^="essay-"][data-scored]');
    await card.getByTestId('essay-points').fill('3');
    await card.getByTestId('essay-save').click();
    await expectText(card.getByTestId('essay-error'), KK.essays.badPoints.replace('{{max}}', '2'));
    await card.getByTestId('essay-points').fill('1,5');
    await card.getByTestId('essay-note').fill('Жоспар нақты, бірақ көрсеткіштері жоқ.');
    await card.getByTestId('essay-save').click();
    await until(async () => (await card.getAttribute('data-scored')) === 'true', 'the essay scored');
    await desk.getByTestId('release-open').click();
    await desk.getByTestId('sitting-dialog-confirm').click();
    await until(async () => (await desk.getByTestId('sitting-page').getAttribute('data-status')) === 'released', 'released');
    await desk.getByTestId('tab-results').click();
    const row = desk.getByTestId('result-1');
    // 27 + 1.5 of 29 points = 98.27…%: shown cut to 98.2, never rounded up to 98.3.
    await expectText(row.getByTestId('result-percent'), /^98,2\s?%$/);
    await expectText(row.getByTestId('result-points'), '29 ішінен 28,5');
    await expectText(row.getByTestId('result-grade'), '—');
    expect(await row.getByTestId('result-percent').getAttribute('title')).toMatch(/98,275862/);
    await expectText(desk.getByTestId('result-2'), /келмеді/);
    expect(problems).toEqual([]);
  });

  it('links an exit test to its entrance test and shows the gain', async () => {
    const listener = (await core(h, 'listener:list', { cohortId: ids.cohort }))[0]!;
    const blueprint = (id: string) => ({ id, title: { kk: 'Модуль 1', ru: 'Модуль 1', en: 'Module 1' }, quotas: [{ target: { kind: 'module' as const, index: 1 }, count: 5 }] });
    const entrance = await core(h, 'sitting:create', { cohortId: ids.cohort, bankId, blueprint: blueprint('e2e-entrance'), kind: 'entrance', heldOn: '2026-01-12', layout: 'one', timeLimitMinutes: null });
    const exit = await core(h, 'sitting:create', { cohortId: ids.cohort, bankId, blueprint: blueprint('e2e-exit'), kind: 'exit', heldOn: '2026-03-20', layout: 'one', timeLimitMinutes: null });
    for (const [s, right] of [[entrance.id, 2], [exit.id, 5]] as const) {
      const [admitted] = await core(h, 'sitting:admit', { sittingId: s, listenerIds: [listener.id] });
      await sitThroughCore(h, admitted!.examineeId, right);
      await core(h, 'sitting:release', { sittingId: s, force: false });
    }
    await desk.evaluate((id) => (window.location.hash = `#/tests/${id}/gain`), exit.id);
    await desk.getByTestId('gain-entrance').selectOption(String(entrance.id));
    await desk.getByTestId('gain-link').click();
    const row = desk.getByTestId('gain-table').locator('tbody tr').first();
    await expectText(row, new RegExp(`${listener.fullName}\\s*40,0\\s?%\\s*100,0\\s?%\\s*\\+60,0`));
    expect(problems).toEqual([]);
  });
});
