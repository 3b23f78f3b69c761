import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../shared/i18n';
import { closeContext, core, kazakhGlyphsRender, loadDemo, PINS, type Demo } from './defense-helpers';
import { reference, switchLang } from './screen-checks';
import { joinAs, openPhone, queuedOps, until, type Phone } from './devices-helpers';
import { expectText, fillScores, startHarness, type Harness } from './harness';

/**
 * Issue 9: members score on their own phones over the (loopback) LAN. The secretary opens the
 * session for devices; three phones join with their PINs from the link; sheets stay blind;
 * the board follows live; a phone that loses the network keeps its change, survives a
 * reload and resends it once; the chair confirms; guessed tokens and borrowed PINs are refused.
 */
const KK = CATALOGS.kk;
const LAN = '127.0.0.2';
let h: Harness;
let demo: Demo;
let desk: Page;
let board: Page;
let joinUrl: string;
let turn: number;
const phones: Phone[] = [];
// The 4th listener: the chair [14,14,22,6,14] and the first member [15,14,21,7,14] are in already.
const SCORES = { m2: [14, 14, 22, 7, 14], m3: [15, 15, 22, 6, 15], m4: [14, 14, 21, 7, 14] };

beforeAll(async () => {
  process.env.ATTESTA_LAN_ADDRESS = LAN;
  h = await startHarness();
  demo = await loadDemo(h);
  turn = demo.turns[3]!.id;
  ({ page: desk } = await h.open({ hash: `#/defenses/${demo.ids.session}` }));
  board = await desk.context().newPage();
  await board.goto(h.host.url);
  await board.evaluate((s) => (window.location.hash = `#/defenses/${s}/board`), demo.ids.session);
  await board.getByTestId('board-name').waitFor();
});

afterAll(async () => {
  for (const p of phones) await closeContext(p.context);
  await h?.close();
  delete process.env.ATTESTA_LAN_ADDRESS;
});

const member = (i: 1 | 2 | 3) => demo.members[i];
const submitted = (page: Page, id: number) => page.getByTestId(`board-member-${id}`).getAttribute('data-submitted');

describe('members score on their phones (issue 9)', () => {
  it('opens the session for devices from the secretary’s page: address, QR code, members', async () => {
    await desk.getByTestId('devices-open').click();
    await expectText(desk.getByTestId('devices-url'), new RegExp(`^http://${LAN.replace(/\./g, '\\.')}:\\d+/#join=[A-Za-z0-9_-]+$`));
    joinUrl = ((await desk.getByTestId('devices-url').textContent()) ?? '').trim();
    expect(await desk.getByTestId('devices-qr').getAttribute('src')).toMatch(/^data:image\/(png|svg\+xml);base64,/);
    await expectText(desk.getByTestId('devices-connected'), /: 0$/);
  });

  it('three phones join with their own PINs from the link (join screen in kk, ru, en)', async () => {
    const first = await openPhone(h, joinUrl);
    phones.push(first);
    await first.page.getByTestId(`join-member-${member(1)}`).waitFor();
    expect(first.page.url()).toMatch(/#\/device$/);
    expect(await kazakhGlyphsRender(first.page)).toBe(true);
    await reference(first.page, 'phone-join-kk');
    for (const lang of ['ru', 'en', 'kk'] as const) {
      await switchLang(first.page, lang, 'settings-lang');
      if (lang !== 'kk') await reference(first.page, `phone-join-${lang}`);
    }
    await joinAs(first, member(1), PINS.m2);
    for (const [i, pin] of [[2, PINS.m3], [3, PINS.m4]] as const) {
      const phone = await openPhone(h, joinUrl);
      phones.push(phone);
      await joinAs(phone, member(i), pin);
    }
    for (const p of phones) await expectText(p.page.getByTestId('phone-listener'), demo.turns[3]!.listenerName);
    await expectText(desk.getByTestId('devices-connected'), /: 3$/);
  });

  it('scores blind: a phone sees others only after submitting; the board follows live', async () => {
    const [a, b] = phones as [Phone, Phone, Phone];
    await board.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await fillScores(a.page, SCORES.m2);
    await b.page.getByTestId('points-0').fill('15');
    await b.page.getByTestId('others-hidden').waitFor();
    await a.page.getByTestId('sheet-submit').click();
    await a.page.getByTestId('phone-submitted').waitFor();
    await a.page.getByTestId(`other-${demo.chair}`).waitFor();
    expect(await a.page.getByTestId('others').locator('tbody tr').count()).toBe(2);
    // The other phone is still blind, and its draft is not shown to the first.
    expect(await b.page.getByTestId('others').count()).toBe(0);
    expect(await a.page.getByTestId(`other-${member(2)}`).count()).toBe(0);
    await until(async () => (await submitted(board, member(1))) === 'true', 'the board to show the first phone as submitted');
    expect(await board.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await fillScores(b.page, SCORES.m3);
    await b.page.getByTestId('sheet-submit').click();
    await b.page.getByTestId('phone-submitted').waitFor();
    await until(async () => (await submitted(board, member(2))) === 'true', 'the board to show the second phone as submitted');
    await board.getByTestId('board-waiting').waitFor();
  });

  it('keeps a change made offline through a reload and resends it once when the network returns', async () => {
    const c = phones[2]!;
    const me = member(3);
    await fillScores(c.page, SCORES.m4.slice(0, 3));
    await until(async () => (await core(h, 'sheet:get', { turnId: turn, memberId: me })).own?.scores[2] === 21, 'the online part to be stored');
    await c.context.setOffline(true);
    await c.page.getByTestId('points-3').fill('7');
    await c.page.getByTestId('points-4').fill('14');
    await c.page.getByTestId('phone-pending').waitFor();
    await until(async () => (await c.page.getByTestId('net-state').getAttribute('data-online')) === 'false', 'the phone to notice it is offline');
    await reference(c.page, 'phone-sheet-offline-kk');
    const queued = await queuedOps(c.page, me);
    expect(queued.map((o) => o.kind)).toEqual(['save']);
    expect(queued[0]!.scores).toEqual(SCORES.m4);
    await c.page.reload().catch(() => undefined); // no network: the reload itself fails
    await c.context.setOffline(false);
    await c.page.goto(joinUrl.replace(/#join=.*$/, '#/device'));
    await c.page.getByTestId('phone-turn').waitFor();
    expect(await c.page.getByTestId('points-4').inputValue()).toBe('14');
    await until(async () => (await queuedOps(c.page, me)).length === 0, 'the queue to be sent');
    expect((await core(h, 'sheet:get', { turnId: turn, memberId: me })).own?.scores).toEqual(SCORES.m4);
    const db = h.core.ctx.db;
    expect(db.prepare('SELECT count(*) AS n FROM client_write WHERE client_id = ?').get(queued[0]!.clientId)).toEqual({ n: 1 });
    const changes = db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'score' AND actor = ? AND json_extract(after, '$.criterion') = 4")
      .get(`member:${me}`) as { n: number };
    expect(changes.n).toBe(1);
    await c.page.getByTestId('sheet-submit').click();
    await c.page.getByTestId('phone-submitted').waitFor();
    expect(c.problems).toEqual([]);
  });

  it('the board shows the aggregate once all five have submitted (kk, ru, en)', async () => {
    await board.getByTestId('aggregate').waitFor();
    // c1 14.4, c2 14.2, c3 21.6, c4 6.6, c5 14.2 → 71 «Жақсы»
    await expectText(board.getByTestId('agg-total'), '71');
    await expectText(board.getByTestId('aggregate').getByTestId('grade-label'), 'Жақсы');
    expect(await board.getByTestId('board-flags').count()).toBe(0);
    await reference(board, 'board-kk', { fullPage: false });
    for (const lang of ['ru', 'en', 'kk'] as const) {
      await board.evaluate((l) => window.localStorage.setItem('attesta.lang', l), lang);
      await board.reload();
      await board.getByTestId('aggregate').waitFor();
      if (lang !== 'kk') await reference(board, `board-${lang}`, { fullPage: false });
    }
    const a = phones[0]!.page;
    await expectText(a.getByTestId('others').locator('tbody tr').first(), /./);
    expect(await a.getByTestId('others').locator('tbody tr').count()).toBe(4);
    await reference(a, 'phone-sheet-kk');
    for (const lang of ['ru', 'en'] as const) {
      await switchLang(a, lang, 'settings-lang');
      await reference(a, `phone-sheet-${lang}`);
    }
    await switchLang(a, 'kk', 'settings-lang');
  });

  it('the chair confirms on the secretary’s page; the board shows the grade at once', async () => {
    await desk.getByTestId('confirm-pin').fill(PINS.chair);
    await desk.getByTestId('confirm-button').click();
    await desk.getByTestId('result-card').waitFor();
    await expectText(board.getByTestId('board-total'), '71');
    // The phones follow too: the confirmed listener leaves, no one else is being scored yet.
    await expectText(phones[0]!.page.getByTestId('phone-waiting'), KK.defense.phone.waiting);
  });

  it('refuses a guessed token and a member using another member’s PIN', async () => {
    const joinKey = joinUrl.replace(/^.*#join=/, '');
    const guessed = JSON.stringify({ token: 'A'.repeat(43), memberId: member(1), memberName: 'x', sessionId: demo.ids.session, joinKey });
    const intruder = await openPhone(h, joinUrl.replace(/#join=.*$/, '#/device'), { storage: { 'attesta.device': guessed } });
    phones.push(intruder);
    await intruder.page.getByTestId('join-revoked').waitFor();
    expect(await intruder.page.getByTestId('phone-turn').count()).toBe(0);
    const status = await intruder.page.evaluate(async () => {
      const res = await fetch('/api/defense:queue', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${'A'.repeat(43)}` }, body: '{}' });
      return res.status;
    });
    expect(status).toBe(401);
    await intruder.page.getByTestId(`join-member-${member(1)}`).click();
    await intruder.page.getByTestId('join-pin').fill(PINS.m3);
    await intruder.page.getByTestId('join-submit').click();
    await expectText(intruder.page.getByTestId('join-error'), KK.errors.wrong_pin);
    expect(await intruder.page.getByTestId('phone-turn').count()).toBe(0);
  });

  it('Close revokes every device at once', async () => {
    await desk.getByTestId('devices-close').click();
    await desk.getByTestId('devices-close-yes').click();
    await desk.getByTestId('devices-open').waitFor();
    const live = h.core.ctx.db.prepare('SELECT count(*) AS n FROM device_token WHERE revoked_at IS NULL').get() as { n: number };
    expect(live.n).toBe(0);
  });
});
