import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../shared/i18n';
import { core, kazakhGlyphsRender, loadDemo, PINS, type Demo } from './defense-helpers';
import { reference, switchLang } from './screen-checks';
import { expectText, fillScores, startHarness, type Harness } from './harness';

/**
 * Issue 5 on the demo cohort: the 4th listener (chair and one member have submitted) gets
 * three more sheets — one typed with the keyboard, one by mouse, one a paper sheet entered
 * on behalf — blind until submitted; criterion 1 diverges and is resolved with a dissent;
 * the chair confirms with PIN 1111; afterwards the result is locked (UI, API, SQL trigger)
 * and only an amendment changes what shows.
 */
const KK = CATALOGS.kk;
let h: Harness;
let demo: Demo;
let page: Page;
let session: number;
let turn: number;
let problems: string[];

const go = (hash: string) => page.evaluate((x) => (window.location.hash = x), hash);
const sheetHash = (member: number, paper = false) => `#/defenses/${session}/turn/${turn}/sheet/${member}${paper ? '/paper' : ''}`;

beforeAll(async () => {
  h = await startHarness();
  demo = await loadDemo(h);
  session = demo.ids.session;
  turn = demo.turns[3]!.id;
  ({ page, problems } = await h.open());
});

afterAll(async () => {
  await h?.close();
});

describe('defense day on the desktop (issue 5)', () => {
  it('lists the session and opens it on the listener being scored, the first three confirmed', async () => {
    await go('#/defenses');
    await page.getByTestId(`session-${session}`).click();
    await page.getByTestId('turn-pane').waitFor();
    expect(await page.getByTestId('queue').locator('li').count()).toBe(12);
    expect(await page.getByTestId('queue-4').getAttribute('aria-current')).toBe('true');
    await expectText(page.getByTestId('turn-status'), KK.defense.status.in_progress);
    for (const n of [1, 2, 3]) expect(await page.getByTestId(`queue-${n}`).getAttribute('data-status')).toBe('confirmed');
    await expectText(page.getByTestId('queue-grade-1'), /85.*Өте жақсы/);
    await expectText(page.getByTestId('submitted-count'), '5 мүшенің 2 тапсырды');
    await page.getByTestId('aggregate-hidden').waitFor();
    expect(await kazakhGlyphsRender(page)).toBe(true);
  });

  it('scores a sheet with digits, Tab and Enter only; others stay hidden until it is submitted', async () => {
    const [, m2] = demo.members;
    await page.getByTestId(`sheet-link-${m2}`).click();
    await page.getByTestId('sheet').waitFor();
    await page.getByTestId('others-hidden').waitFor();
    expect(await page.getByTestId('others').count()).toBe(0);
    await page.getByTestId('points-0').focus();
    for (const [i, s] of ['8', '15', '24', '8', '15'].entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      await page.keyboard.type(s);
    }
    await expectText(page.getByTestId('sheet-total'), '70');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('sheet-submit');
    await page.keyboard.press('Enter');
    await page.getByTestId('sheet-submitted').waitFor();
    // Only now the chair's and the first member's submitted sheets show.
    await page.getByTestId(`other-${demo.chair}`).waitFor();
    await page.getByTestId(`other-${demo.members[0]}`).waitFor();
    expect(await page.getByTestId('others').locator('tbody tr').count()).toBe(2);
    expect(await page.getByTestId('points-0').getAttribute('readonly')).not.toBeNull();
  });

  it('keeps a draft blind: a member who has not submitted sees no one else', async () => {
    const m3 = demo.members[2];
    await go(sheetHash(m3));
    await page.getByTestId('others-hidden').waitFor();
    await fillScores(page, [14, 14, 22, 6, 14]);
    await expectText(page.getByTestId('save-state'), new RegExp(KK.defense.sheet.saved));
    expect((await core(h, 'sheet:get', { turnId: turn, memberId: m3 })).visible.map((s) => s.memberId)).toEqual([m3]);
    await reference(page, 'member-sheet-kk');
    for (const lang of ['ru', 'en'] as const) {
      await switchLang(page, lang);
      await reference(page, `member-sheet-${lang}`);
    }
    await switchLang(page, 'kk');
    await page.getByTestId('sheet-submit').click();
    await page.getByTestId('sheet-submitted').waitFor();
  });

  it('enters a paper sheet on the member’s behalf, marked as such', async () => {
    const m4 = demo.members[3];
    await go(sheetHash(m4, true));
    await page.getByTestId('paper-banner').waitFor();
    await fillScores(page, [15, 13, 21, 7, 14]);
    await page.getByTestId('sheet-submit').click();
    await expectText(page.getByTestId('sheet-submitted'), new RegExp(KK.defense.sheet.paperMark));
    const own = (await core(h, 'sheet:get', { turnId: turn, memberId: m4 })).own;
    expect(own).toMatchObject({ isOnBehalf: true, isSubmitted: true, scores: [15, 13, 21, 7, 14] });
  });

  it('shows the aggregate once all have submitted, flags criterion 1, and explains refusals in place', async () => {
    await go(`#/defenses/${session}/turn/${turn}`);
    await expectText(page.getByTestId('submitted-count'), '5 мүшенің 5 тапсырды');
    // c1 (14+15+8+14+15)/5 = 13.2, c2 14, c3 22, c4 6.8, c5 14.2 → 70.2 → 70 «Жақсы»
    await expectText(page.getByTestId('agg-total'), '70');
    await expectText(page.getByTestId('agg-exact'), '70,20');
    expect(await page.getByTestId('agg-1').getAttribute('data-divergent')).toBe('true');
    expect(await page.getByTestId('agg-2').getAttribute('data-divergent')).toBe('false');
    await page.getByTestId('flag-1').waitFor();
    await expectText(page.getByTestId('quorum'), /5 тапсырды, қажеті — 3/);
    await page.getByTestId('confirm-pin').fill('1234');
    await page.getByTestId('confirm-button').click();
    await expectText(page.getByTestId('confirm-error'), KK.errors.wrong_pin);
    await page.getByTestId('confirm-pin').fill(PINS.chair);
    await page.getByTestId('confirm-button').click();
    await expectText(page.getByTestId('confirm-error'), KK.errors.unresolved_divergence);
    await page.getByTestId('confirm-pin').fill('');
    expect(await kazakhGlyphsRender(page)).toBe(true);
    await reference(page, 'defense-session-kk');
    for (const lang of ['ru', 'en'] as const) {
      await switchLang(page, lang);
      await reference(page, `defense-session-${lang}`);
    }
    await switchLang(page, 'kk');
  });

  it('resolves the divergence with a dissenting opinion', async () => {
    const m2 = demo.members[1];
    await page.getByTestId('resolve-0-dissent').check();
    await page.getByTestId('resolve-0-member').selectOption(String(m2));
    await page.getByTestId('resolve-0-text').fill('Талдау үстірт деп есептеймін.');
    await page.getByTestId('resolve-0-record').click();
    await page.getByTestId('divergence-resolved').waitFor();
    await expectText(page.locator('[data-testid="resolutions"] li[data-resolution="dissent"]'), /Талдау үстірт деп есептеймін/);
    expect((await core(h, 'board:get', { turnId: turn })).unresolved).toEqual([]);
  });

  it('confirms with the chair’s PIN: the locked result with exact and rounded total, grade and rule', async () => {
    await page.getByTestId('confirm-pin').fill(PINS.chair);
    await page.getByTestId('confirm-button').click();
    await page.getByTestId('result-card').waitFor();
    await page.getByTestId('locked').waitFor();
    await expectText(page.getByTestId('result-total'), '70');
    await expectText(page.getByTestId('result-exact'), '70,20');
    await expectText(page.getByTestId('result-card').getByTestId('grade-label'), 'Жақсы');
    await expectText(page.getByTestId('rule-sentence'), /арифметикалық орташа/);
    await expectText(page.getByTestId('queue-grade-4'), /70.*Жақсы/);
    expect(await page.getByTestId('confirm').count()).toBe(0);
    expect(await page.locator('[data-testid^="sheet-link-"]').count()).toBe(0);
  });

  it('cannot be edited afterwards: the sheet is read-only, the API answers locked, SQL is refused', async () => {
    const m2 = demo.members[1];
    await go(sheetHash(m2));
    await page.getByTestId('sheet-submitted').waitFor();
    expect(await page.getByTestId('sheet-submit').count()).toBe(0);
    expect(await page.getByTestId('points-0').getAttribute('readonly')).not.toBeNull();
    const answer = await page.evaluate(
      async ([t, m]) => {
        const token = window.sessionStorage.getItem('attesta.token') ?? '';
        const res = await fetch('/api/sheet:save', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ turnId: t, memberId: m, scores: [20, 20, 30, 10, 20], version: 3, onBehalf: false }),
        });
        return (await res.json()) as { ok: boolean; error?: { code: string } };
      },
      [turn, m2],
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'locked' } });
    const db = new Database(join(h.dataDir, 'attesta.sqlite'));
    try {
      expect(() => db.prepare('UPDATE defense_result SET total_x100 = 10000 WHERE turn_id = ?').run(turn)).toThrow(/locked/);
      expect(() => db.prepare('UPDATE sheet_score SET points_x100 = 2000 WHERE sheet_id IN (SELECT id FROM member_sheet WHERE turn_id = ?)').run(turn)).toThrow(/locked/);
    } finally {
      db.close();
    }
    expect((await core(h, 'result:get', { turnId: turn }))?.aggregate.total).toBe(70);
  });

  it('changes only by an amendment (chair’s PIN, reason, new total), which shows beside the locked record', async () => {
    await go(`#/defenses/${session}/turn/${turn}`);
    await page.getByTestId('amend-open').click();
    await page.getByTestId('amend-reason').fill('Есептеу қатесі түзетілді');
    await page.getByTestId('amend-total').fill('72,5');
    await page.getByTestId('amend-pin').fill('4321');
    await page.getByTestId('amend-submit').click();
    await expectText(page.getByTestId('amend-error'), KK.errors.wrong_pin);
    await page.getByTestId('amend-pin').fill(PINS.chair);
    await page.getByTestId('amend-submit').click();
    await expectText(page.locator('[data-testid="amendments"] li').first(), /70 → 73.*Есептеу қатесі түзетілді/);
    await expectText(page.getByTestId('result-total'), '73');
    await page.getByTestId('amended-note').waitFor();
    const stored = await core(h, 'result:get', { turnId: turn });
    expect(stored?.aggregate.total).toBe(70);
    expect(stored?.amendments.map((a) => a.after.total)).toEqual([73]);
  });

  it('the board shows the confirmed, amended grade in large type', async () => {
    await go(`#/defenses/${session}/board`);
    await expectText(page.getByTestId('board-total'), '73');
    await expectText(page.getByTestId('board-name'), demo.turns[3]!.listenerName);
    expect(problems).toEqual([]);
  });

  it('signs the secretary in as the operator with her PIN, so what follows is audited under her name', async () => {
    await go(`#/defenses/${session}`);
    await page.getByTestId('operator-open').click();
    await page.getByTestId('operator-member').selectOption(String(demo.secretary));
    await page.getByTestId('operator-pin').fill('0000');
    await page.getByTestId('operator-sign-in').click();
    await expect.poll(() => page.getByTestId('operator-form').getByRole('alert').getAttribute('data-code')).toBe('wrong_pin');
    await page.getByTestId('operator-pin').fill(PINS.secretary);
    await page.getByTestId('operator-sign-in').click();
    await expectText(page.getByTestId('operator'), /Оператор: .+\(Хатшы\)/);
    expect(await core(h, 'operator:get', {})).toMatchObject({ memberId: demo.secretary, role: 'secretary' });
  });

  it('records a member’s recusal at the table for the next listener, with the reason', async () => {
    const m4 = demo.members[3];
    await go(`#/defenses/${session}`);
    await page.getByTestId('queue-5').click();
    await expectText(page.getByTestId('turn-name'), demo.turns[4]!.listenerName);
    await expectText(page.getByTestId('submitted-count'), '5 мүшенің 0 тапсырды');
    await page.getByTestId(`recuse-${m4}`).click();
    expect(await page.getByTestId(`recuse-confirm-${m4}`).isDisabled()).toBe(true);
    await page.getByTestId(`recuse-reason-${m4}`).fill('Тыңдаушының туысы');
    await page.getByTestId(`recuse-confirm-${m4}`).click();
    await expect.poll(() => page.getByTestId(`member-${m4}`).getAttribute('data-status')).toBe('recused');
    await expectText(page.getByTestId('submitted-count'), '4 мүшенің 0 тапсырды');
    const { recusals } = await core(h, 'session:get', { id: session });
    expect(recusals).toContainEqual({ memberId: m4, listenerId: demo.turns[4]!.listenerId, reason: 'Тыңдаушының туысы' });
    const audit = await core(h, 'audit:list', { entity: 'commission_member', entityId: m4 });
    expect(audit.at(-1)).toMatchObject({ action: 'recuse', actor: `member:${demo.secretary}` });
    expect(problems).toEqual([]);
  });

  it('closes the session with who was present; nothing can start afterwards', async () => {
    await go(`#/defenses/${session}`);
    await page.getByTestId('close-open').click();
    await page.getByTestId(`present-${demo.members[3]}`).uncheck();
    await page.getByTestId('close-confirm').click();
    await page.getByTestId('session-closed').waitFor();
    expect((await core(h, 'session:get', { id: session })).closedAt).not.toBeNull();
    const present = h.core.ctx.db.prepare('SELECT member_id FROM session_presence WHERE session_id = ? ORDER BY member_id').all(session) as { member_id: number }[];
    expect(present.map((r) => r.member_id)).not.toContain(demo.members[3]);
    expect(present).toHaveLength(5);
    await page.getByTestId('queue-5').click();
    await expectText(page.getByTestId('turn-name'), demo.turns[4]!.listenerName);
    expect(await page.getByTestId('turn-start').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
