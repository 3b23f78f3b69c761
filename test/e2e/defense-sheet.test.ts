import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../shared/i18n';
import { core, loadDemo, type Demo } from './defense-helpers';
import { rawKeys, switchLang } from './screen-checks';
import { expectText, startHarness, type Harness } from './harness';

/**
 * The live defense around the sheets: starting a listener, the pitch timer against the
 * programme's minutes, the question log, a points field limited to the chosen band, two
 * windows on one sheet (a conflict keeps the entries), and moving to the next listener.
 */
const KK = CATALOGS.kk;
let h: Harness;
let demo: Demo;
let page: Page;
let turn5: number;

const go = (p: Page, hash: string) => p.evaluate((x) => (window.location.hash = x), hash);
const turnHash = (id: number) => `#/defenses/${demo.ids.session}/turn/${id}`;
const sheetHash = (member: number) => `${turnHash(turn5)}/sheet/${member}`;

beforeAll(async () => {
  h = await startHarness();
  demo = await loadDemo(h);
  turn5 = demo.turns[4]!.id;
  await core(h, 'programme:update-settings', { id: demo.ids.programme, settings: { pitchMinutes: { min: 1, max: 2 } } });
  ({ page } = await h.open());
});

afterAll(async () => {
  await h?.close();
});

describe('the live defense and the member sheet', () => {
  it('starts the next listener and times the pitch: amber near the limit, red past it', async () => {
    await page.clock.install();
    await go(page, turnHash(turn5));
    await page.getByTestId('turn-start').click();
    await expectText(page.getByTestId('turn-status'), KK.defense.status.in_progress);
    await expectText(page.getByTestId('pitch-timer').locator('.pitch-limit'), 'Регламент: 1–2 мин');
    await page.getByTestId('pitch-toggle').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="pitch-timer"]')?.getAttribute('data-tone') === 'ok');
    await page.clock.fastForward('01:40');
    await page.waitForFunction(() => document.querySelector('[data-testid="pitch-timer"]')?.getAttribute('data-tone') === 'near');
    await expectText(page.getByTestId('pitch-timer').locator('.pitch-word'), KK.defense.timer.near);
    await page.clock.fastForward('00:30');
    await page.waitForFunction(() => document.querySelector('[data-testid="pitch-timer"]')?.getAttribute('data-tone') === 'over');
    await expectText(page.getByTestId('pitch-timer').locator('.pitch-word'), KK.defense.timer.over);
    await expectText(page.getByTestId('pitch-clock'), /^02:1\d$/);
    await page.getByTestId('pitch-toggle').click();
    await expectText(page.getByTestId('pitch-timer').locator('.pitch-word'), KK.defense.timer.stopped);
    // The rest of this file runs on real time.
    await page.context().close();
    ({ page } = await h.open());
  });

  it('logs a question from the programme’s list with who asked it and a note on the answer', async () => {
    await go(page, turnHash(turn5));
    await page.locator('.question-bank summary').click();
    await page.getByTestId('bank-question-1').click();
    await page.getByTestId('ask-member').selectOption(String(demo.members[0]));
    await page.getByTestId('ask-note').fill('Нақты мысалдармен жауап берді');
    await page.getByTestId('ask-add').click();
    await expectText(page.getByTestId('question-log').locator('li').first(), /Омаров Қайрат.*Нақты мысалдармен жауап берді/);
    const logged = (await core(h, 'defense:turn', { turnId: turn5 })).questions;
    expect(logged).toEqual([expect.objectContaining({ memberId: demo.members[0], questionIndex: 1, answerNote: 'Нақты мысалдармен жауап берді' })]);
  });

  it('limits the points to the band picked first, with the band’s descriptor shown', async () => {
    await go(page, sheetHash(demo.chair));
    await page.getByTestId('band-0-mid').click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('points-0');
    await page.keyboard.type('18');
    await expectText(page.getByTestId('points-error-0'), 'Таңдалған деңгейден тыс (10–15).');
    await page.getByTestId('points-0').fill('12');
    expect(await page.getByTestId('points-error-0').count()).toBe(0);
    await expectText(page.getByTestId('descriptor-0'), /.{20,}/);
    expect(await page.getByTestId('band-0-mid').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('band-0-high').getAttribute('title')).toMatch(/.{20,}/);
  });

  it('a second window on the same sheet: the conflict keeps the entries and offers a reload', async () => {
    const member = demo.members[0];
    const { page: other } = await h.open();
    // The second window misses the live update (as when its stream is reconnecting).
    await other.route((url) => url.pathname === '/api/events', (route) => route.abort());
    await go(page, sheetHash(member));
    await go(other, sheetHash(member));
    await page.getByTestId('sheet').waitFor();
    await other.getByTestId('sheet').waitFor();
    await page.getByTestId('points-0').fill('10');
    await page.getByTestId('save-state').and(page.locator('[data-state="saved"]')).waitFor();
    await other.getByTestId('points-0').fill('12');
    await other.getByTestId('sheet-conflict').waitFor();
    expect(await other.getByTestId('points-0').inputValue()).toBe('12');
    expect((await core(h, 'sheet:get', { turnId: turn5, memberId: member })).own?.scores[0]).toBe(10);
    await other.getByTestId('sheet-reload').click();
    await expectText(other.getByTestId('sheet-total'), '10');
    expect(await other.getByTestId('points-0').inputValue()).toBe('10');
    await other.getByTestId('points-1').fill('11');
    await other.getByTestId('save-state').and(other.locator('[data-state="saved"]')).waitFor();
    expect((await core(h, 'sheet:get', { turnId: turn5, memberId: member })).own?.scores.slice(0, 2)).toEqual([10, 11]);
    await other.context().close();
  });

  it('ends the defense and moves to the next listener', async () => {
    await go(page, turnHash(turn5));
    await page.getByTestId('turn-end').click();
    await expectText(page.getByTestId('turn-status'), KK.defense.status.ended);
    await page.getByTestId('turn-next').click();
    await expectText(page.getByTestId('turn-name'), demo.turns[5]!.listenerName);
    await expectText(page.getByTestId('turn-status'), KK.defense.status.in_progress);
  });

  it('shows no untranslated key on the session, sheet and board pages in kk, ru and en', async () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      await switchLang(page, lang);
      for (const hash of [turnHash(turn5), sheetHash(demo.chair), `#/defenses/${demo.ids.session}/board`, '#/defenses/sessions']) {
        await go(page, hash);
        await page.waitForTimeout(300);
        expect(await rawKeys(page), `${lang} ${hash}`).toEqual([]);
      }
    }
  });
});
