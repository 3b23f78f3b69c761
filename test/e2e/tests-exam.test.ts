import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExamineeRow } from '../../shared/api/channels/sittings-types';
import type { BankItem } from '../../shared/domain/bank/types';
import { core } from './defense-helpers';
import { reference, switchLang } from './screen-checks';
import { until } from './devices-helpers';
import { expectText } from './harness';
import { allSaved, answer, closeKiosk, keyLeaks, openKiosk, startClockHarness, timerSeconds, variantByRef, type ClockHarness, type Kiosk } from './tests-helpers';

/**
 * Issue 7, the examinee: the demo's 001 final test (20 drawn questions, 40 minutes) taken on a
 * phone from a kiosk link. The core's clock is moved forward to test the timer: a reload
 * resumes with the core's remaining time, the timer turns amber then red, and a test whose time
 * runs out is submitted by the core and shown so. Every body the examinee's page receives is
 * kept and checked: none carries the key before release. The examiner then releases the
 * results, and both screens show the right percent and grade.
 */
let h: ClockHarness;
let sittingId: number;
let a: ExamineeRow;
let b: ExamineeRow;
let kiosk: Kiosk;
let kioskB: Kiosk;
let byRef: Map<string, BankItem>;
let right = 0;
const WRONG_ON_PURPOSE = 3;

beforeAll(async () => {
  h = await startClockHarness();
  const ids = await core(h, 'demo:load', {});
  sittingId = ids.sitting!;
  const detail = await core(h, 'sitting:get', { sittingId });
  a = detail.examinees.find((e) => e.status === 'ready')!;
  b = detail.examinees.filter((e) => e.status === 'ready')[1]!;
});

afterAll(async () => {
  if (kiosk) await closeKiosk(kiosk);
  if (kioskB) await closeKiosk(kioskB);
  await h?.close();
});

/** Answers questions `from`…`to` one page at a time; question WRONG_ON_PURPOSE is answered wrong. */
async function answerRange(page: Page, from: number, to: number): Promise<void> {
  for (let p = from; p <= to; p += 1) {
    const q = page.getByTestId(`question-${p}`);
    await q.waitFor();
    const item = byRef.get((await q.getAttribute('data-ref'))!)!;
    const isRight = p !== WRONG_ON_PURPOSE;
    await answer(q, item, isRight);
    if (isRight) right += 1;
    await expectText(q.getByTestId('save-state'), /.+/);
    await allSaved(page);
    if (p === 2) {
      await q.getByTestId('flag').click();
      await until(async () => (await page.getByTestId('map-2').getAttribute('data-flagged')) === 'true', 'question 2 flagged');
      await allSaved(page);
    }
    if (p < 20) await page.getByTestId('exam-next').click();
  }
}

async function remaining(examineeId: number): Promise<number> {
  return (await core(h, 'exam:get', { examineeId })).remainingSeconds!;
}

describe('an examinee takes a drawn test on a phone (issue 7)', () => {
  it('opens from the kiosk link, keeps the token out of the address bar, and starts a 40-minute test', async () => {
    const { token } = await core(h, 'sitting:reissue', { examineeId: a.id });
    kiosk = await openKiosk(h, token, 'kk');
    const { page } = kiosk;
    await page.getByTestId('exam-start').waitFor();
    expect(page.url()).toMatch(/#exam=$/);
    expect(await page.evaluate(() => window.sessionStorage.getItem('attesta.exam'))).toBe(token);
    await expectText(page.getByTestId('exam-name'), a.listenerName);
    await expectText(page.getByTestId('exam-item-count'), '20');
    await expectText(page.getByTestId('exam-time-limit'), '40 мин');
    await reference(page, 'exam-start-kk');
    for (const lang of ['ru', 'en', 'kk'] as const) {
      await switchLang(page, lang, 'settings-lang');
      if (lang !== 'kk') await reference(page, `exam-start-${lang}`);
    }
    await page.getByTestId('exam-start-button').click();
    await page.getByTestId('question-1').waitFor();
    const seconds = await timerSeconds(page);
    expect(seconds).toBeGreaterThan(2390);
    expect(seconds).toBeLessThanOrEqual(2400);
    expect(await page.getByTestId('exam-timer').getAttribute('data-tone')).toBe('normal');
  });

  it('saves every answer as given, flags one, and after a reload resumes where it was with the core’s remaining time', async () => {
    const { page } = kiosk;
    byRef = variantByRef(h, a.id);
    await answerRange(page, 1, 8);
    h.shift(10 * 60_000);
    await page.reload();
    await page.getByTestId('question-8').waitFor();
    const fromCore = await remaining(a.id);
    await until(async () => Math.abs((await timerSeconds(page)) - fromCore) <= 2, 'the timer to follow the core');
    expect(fromCore).toBeLessThan(1800);
    expect(await page.getByTestId('map-8').getAttribute('data-answered')).toBe('true');
    expect(await page.getByTestId('map-2').getAttribute('data-flagged')).toBe('true');
    expect(await page.locator('[data-testid^="map-"][data-answered="true"]').count()).toBe(8);
    const saved = await core(h, 'exam:get', { examineeId: a.id });
    expect(saved.answered).toBe(8);
    await page.getByTestId('exam-next').click();
  });

  it('answers the rest; the timer turns amber, then red; Submit asks first, then submits', async () => {
    const { page } = kiosk;
    await answerRange(page, 9, 20);
    h.shift(((await remaining(a.id)) - 240) * 1000);
    await page.getByTestId('question-20').getByTestId('flag').click();
    await until(async () => (await page.getByTestId('exam-timer').getAttribute('data-tone')) === 'amber', 'an amber timer');
    await allSaved(page);
    await reference(page, 'exam-question-kk', { fullPage: false });
    for (const lang of ['ru', 'en', 'kk'] as const) {
      await switchLang(page, lang, 'settings-lang');
      if (lang !== 'kk') await reference(page, `exam-question-${lang}`, { fullPage: false });
    }
    h.shift(((await remaining(a.id)) - 45) * 1000);
    await page.getByTestId('question-20').getByTestId('flag').click();
    await until(async () => (await page.getByTestId('exam-timer').getAttribute('data-tone')) === 'red', 'a red timer');
    await allSaved(page);
    await page.getByTestId('exam-submit').click();
    await page.getByTestId('submit-dialog-confirm').waitFor();
    await expectText(page.getByTestId('submit-unanswered'), /20.*20.*0/);
    await page.getByTestId('submit-dialog-cancel').click();
    await page.getByTestId('submit-dialog-confirm').waitFor({ state: 'hidden' });
    expect((await core(h, 'exam:get', { examineeId: a.id })).status).toBe('in_progress');
    await page.getByTestId('exam-submit').click();
    await page.getByTestId('submit-dialog-confirm').click();
    await page.getByTestId('exam-done').waitFor();
    expect(await page.getByTestId('exam-done').getAttribute('data-by')).toBe('examinee');
    await page.getByTestId('exam-wait').waitFor();
    expect(await page.getByTestId('exam-result').count()).toBe(0);
  });

  it('keeps an answer through a lost connection; shows a test the core submitted at the deadline as ended by time', async () => {
    const { token } = await core(h, 'sitting:reissue', { examineeId: b.id });
    kioskB = await openKiosk(h, token, 'ru');
    const { page } = kioskB;
    await page.getByTestId('exam-start-button').click();
    const q1 = page.getByTestId('question-1');
    await q1.waitFor();
    const items = variantByRef(h, b.id);
    // Without a connection the answer waits on the phone, said so, and goes out when the link returns.
    await kioskB.context.setOffline(true);
    await answer(q1, items.get((await q1.getAttribute('data-ref'))!)!, true);
    await page.getByTestId('exam-offline').waitFor();
    expect(await q1.getByTestId('save-state').getAttribute('data-state')).toBe('offline');
    await kioskB.context.setOffline(false);
    await allSaved(page);
    await expectText(q1.getByTestId('save-state'), /.+/);
    expect((await core(h, 'exam:get', { examineeId: b.id })).answered).toBe(1);
    h.shift(((await remaining(b.id)) + 5) * 1000);
    await page.getByTestId('exam-next').click();
    const q2 = page.getByTestId('question-2');
    await answer(q2, items.get((await q2.getAttribute('data-ref'))!)!, true);
    await page.getByTestId('exam-timeout').waitFor();
    expect(await page.getByTestId('exam-done').getAttribute('data-by')).toBe('timeout');
    const view = await core(h, 'exam:get', { examineeId: b.id });
    expect([view.status, view.submittedBy, view.answered]).toEqual(['submitted', 'timeout', 1]);
  });

  it('never sent the key to an examinee’s page before release', () => {
    // The check itself sees a leak: a weight, and a key text outside the options shown.
    const items = [...byRef.values()];
    const keyed = items.find((i) => i.type === 'single')!;
    const leak = (value: unknown) => keyLeaks([{ url: 'http://127.0.0.1/api/exam:get', body: JSON.stringify({ ok: true, value }) }], items);
    expect(leak({ items: [{ ref: 'x', weight: 1 }] })).not.toEqual([]);
    expect(leak({ hint: keyed.type === 'single' ? keyed.options.find((o) => o.weight.num === o.weight.den)!.text : '' })).not.toEqual([]);
    expect(leak({ items: [{ ref: 'x', type: 'truefalse', answer: true }] })).not.toEqual([]);
    const api = kiosk.received.filter((r) => r.url.includes('/api/exam:'));
    expect(api.length).toBeGreaterThan(20);
    expect(keyLeaks(kiosk.received, [...byRef.values()])).toEqual([]);
    expect(keyLeaks(kioskB.received, [...variantByRef(h, b.id).values()])).toEqual([]);
    expect([...kiosk.problems, ...kioskB.problems]).toEqual([]);
  });

  it('the examiner releases after a confirmation; the percent and grade are right on both screens', async () => {
    const percent = (right / 20) * 100;
    const grade = (await core(h, 'grade:compute', { template: 'kz-001-test-percent', percent })).grade!;
    const { page, problems } = await h.open({ lang: 'kk', hash: `#/tests/${sittingId}/results` });
    await page.getByTestId('results-table').waitFor();
    expect(await page.getByTestId('results-tab').getAttribute('data-final')).toBe('false');
    await page.getByTestId('release-open').click();
    await page.getByTestId('sitting-dialog-confirm').click();
    await until(async () => (await page.getByTestId('sitting-page').getAttribute('data-status')) === 'released', 'released');
    await until(async () => (await page.getByTestId('results-tab').getAttribute('data-final')) === 'true', 'final results');
    const row = page.getByTestId(`result-${a.number}`);
    const shown = new Intl.NumberFormat('ru-KZ', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(percent);
    await expectText(row.getByTestId('result-percent'), new RegExp(`^${shown}\\s?%$`));
    await expectText(row.getByTestId('result-grade'), grade.kk);
    await expectText(row.getByTestId('result-certificate'), percent >= 50 ? 'иә' : 'жоқ');
    const fromCore = (await core(h, 'sitting:results', { sittingId })).rows.find((r) => r.id === a.id)!;
    expect(fromCore.percent!.value).toBeCloseTo(percent, 9);
    await reference(page, 'tests-results-kk');
    await kiosk.page.getByTestId('exam-check').click();
    await kiosk.page.getByTestId('exam-result').waitFor();
    await expectText(kiosk.page.getByTestId('exam-result-percent'), new RegExp(`^${shown}\\s?%$`));
    await expectText(kiosk.page.getByTestId('exam-result-grade'), grade.kk);
    await reference(kiosk.page, 'exam-result-kk');
    expect(problems).toEqual([]);
  });

  it('shows the item analysis: the small-sample warning above the two charts, weak items named', async () => {
    const { page, problems } = await h.open({ lang: 'kk', hash: `#/tests/${sittingId}/analysis` });
    await page.getByTestId('histogram').waitFor();
    const analysis = await core(h, 'sitting:analysis', { sittingId });
    await page.getByTestId('warning-small_sample').waitFor();
    const isAbove = await page.evaluate(() => {
      const warning = document.querySelector('[data-testid="warning-small_sample"]')!;
      const chart = document.querySelector('[data-testid="histogram"]')!;
      return (warning.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(isAbove).toBe(true);
    const bars = await page.locator('[data-testid^="hist-bar-"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(bars.reduce((s, n) => s + n, 0)).toBe(analysis.n);
    const plotted = analysis.items.filter((i) => i.facility !== null && i.discrimination !== null).length;
    expect(await page.locator('[data-testid^="point-"]').count()).toBe(plotted);
    const weakOnChart = await page.locator('[data-testid^="point-"][data-weak="true"]').count();
    expect(await page.locator('[data-testid^="weak-"]').count()).toBeGreaterThanOrEqual(weakOnChart);
    expect(await page.locator('[data-testid^="item-row-"]').count()).toBe(analysis.items.length);
    for (const lang of ['kk', 'ru', 'en'] as const) {
      if (lang !== 'kk') await switchLang(page, lang);
      await reference(page, `tests-analysis-${lang}`);
    }
    expect(problems).toEqual([]);
  });
});
