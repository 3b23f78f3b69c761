import { describe, expect, it } from 'vitest';
import { COMMISSION, useTestCore } from '../helpers/test-core';

let clock = Date.parse('2026-11-27T09:00:00Z');
const tc = useTestCore({ now: () => new Date((clock += 1000)) });
const { call, failure } = tc;

/** A programme on the roadmap rubric, 3 listeners, a commission: chair + 4 members + secretary. */
async function day(quorum = 3) {
  const programme = await call('programme:create', { title: { kk: 'Б', ru: 'Б', en: 'B' }, hours: 320, designId: 'kz-000-roadmap-defense', settings: { quorum } });
  const cohort = await call('cohort:create', { programmeId: programme.id, name: 'ББ-01' });
  for (const name of ['Әлиева Гүлнәр', 'Қасымов Нұрлан', 'Өмірзақова Айгүл']) await call('listener:add', { cohortId: cohort.id, fields: { fullName: name } });
  const session = await call('session:create', {
    cohortId: cohort.id,
    heldOn: '2026-11-27',
    members: [...COMMISSION],
  });
  const [chair, m1, m2, m3, m4, secretary] = session.members;
  await call('member:set-pin', { memberId: chair!.id, pin: '4821' });
  const turns = await call('defense:queue', { sessionId: session.id });
  return { programme, session, turns, chair: chair!, m1: m1!, m2: m2!, m3: m3!, m4: m4!, secretary: secretary! };
}

async function scoreAndSubmit(turnId: number, memberId: number, scores: number[], onBehalf = false) {
  const sheet = await call('sheet:save', { turnId, memberId, scores, version: 0, onBehalf });
  return call('sheet:submit', { turnId, memberId, version: sheet.version });
}

describe('the queue and the live defense', () => {
  it('queues the cohort by name, records start/pitch/end and questions by member', async () => {
    const { turns, m1 } = await day();
    expect(turns.map((t) => [t.position, t.listenerName, t.status])).toEqual([
      [1, 'Әлиева Гүлнәр', 'waiting'],
      [2, 'Қасымов Нұрлан', 'waiting'],
      [3, 'Өмірзақова Айгүл', 'waiting'],
    ]);
    const t = turns[0]!;
    expect((await call('defense:pitch', { turnId: t.id, action: 'start' })).status).toBe('in_progress');
    expect((await call('defense:pitch', { turnId: t.id, action: 'stop' })).pitchEndedAt).not.toBeNull();
    const qs = await call('defense:ask', { turnId: t.id, memberId: m1.id, questionIndex: 2, text: 'Қаржы көздері?', answerNote: 'демеушілер' });
    expect(qs).toEqual([expect.objectContaining({ memberName: 'Омаров Қайрат', questionIndex: 2, answerNote: 'демеушілер' })]);
    const detail = await call('defense:turn', { turnId: t.id });
    expect(detail.interviewQuestions).toHaveLength(7);
    expect(detail.scoringMembers).toHaveLength(5);
  });
});

describe('member sheets', () => {
  it('are blind until the member submits; a paper sheet entered on behalf is marked', async () => {
    const { turns, m1, m2, m3 } = await day();
    const t = turns[0]!.id;
    await scoreAndSubmit(t, m1.id, [16, 16, 25, 8, 16]);
    const draft = await call('sheet:save', { turnId: t, memberId: m2.id, scores: [15, null, null, null, null], version: 0, onBehalf: false });
    expect((await call('sheet:get', { turnId: t, memberId: m2.id })).visible.map((s) => s.memberId)).toEqual([m2.id]);
    expect((await call('sheet:get', { turnId: t, memberId: m3.id })).visible).toEqual([]);
    await call('sheet:save', { turnId: t, memberId: m2.id, scores: [15, 15, 24, 7, 15], version: draft.version, onBehalf: false });
    expect((await failure('sheet:submit', { turnId: t, memberId: m2.id, version: draft.version })).code).toBe('conflict');
    const own = (await call('sheet:get', { turnId: t, memberId: m2.id })).own!;
    await call('sheet:submit', { turnId: t, memberId: m2.id, version: own.version });
    const seen = await call('sheet:get', { turnId: t, memberId: m2.id });
    expect(seen.visible.map((s) => [s.memberId, s.scores])).toEqual([
      [m1.id, [16, 16, 25, 8, 16]],
      [m2.id, [15, 15, 24, 7, 15]],
    ]);
    const paper = await scoreAndSubmit(t, m3.id, [17, 17, 26, 9, 17], true);
    expect(paper).toMatchObject({ isOnBehalf: true, enteredBy: 'desktop', isSubmitted: true });
  });

  it('refuses out-of-range points, a recused member, the secretary, and a stale second window', async () => {
    const { turns, m1, m3, secretary, session } = await day();
    const t = turns[0]!;
    expect(await failure('sheet:save', { turnId: t.id, memberId: m1.id, scores: [21, 0, 0, 0, 0], version: 0 })).toMatchObject({ code: 'out_of_range', field: 'scores[1]' });
    expect((await failure('sheet:save', { turnId: t.id, memberId: secretary.id, scores: [1, 1, 1, 1, 1], version: 0 })).code).toBe('forbidden');
    await call('member:recuse', { memberId: m3.id, listenerId: t.listenerId, reason: 'өз ментиі' });
    expect((await failure('sheet:save', { turnId: t.id, memberId: m3.id, scores: [1, 1, 1, 1, 1], version: 0 })).code).toBe('recused');
    expect((await call('defense:turn', { turnId: t.id })).scoringMembers.map((m) => m.id)).not.toContain(m3.id);
    // two windows load version 1; the first saves; the second is refused, the first's points stay
    const v1 = await call('sheet:save', { turnId: t.id, memberId: m1.id, scores: [10, null, null, null, null], version: 0 });
    await call('sheet:save', { turnId: t.id, memberId: m1.id, scores: [12, null, null, null, null], version: v1.version });
    expect((await failure('sheet:save', { turnId: t.id, memberId: m1.id, scores: [19, null, null, null, null], version: v1.version })).code).toBe('conflict');
    expect((await call('sheet:get', { turnId: t.id, memberId: m1.id })).own!.scores[0]).toBe(12);
    expect(session.id).toBeGreaterThan(0);
  });

  it('keeps every score change in the audit log (who, when, old → new)', async () => {
    const { turns, m1 } = await day();
    const s = await call('sheet:save', { turnId: turns[0]!.id, memberId: m1.id, scores: [10, null, null, null, null], version: 0 });
    await call('sheet:save', { turnId: turns[0]!.id, memberId: m1.id, scores: [12, null, null, null, null], version: s.version });
    const log = (await call('audit:list', { entity: 'member_sheet', entityId: s.sheetId })).filter((r) => r.action === 'score');
    expect(log.map((r) => [r.actor, r.before, r.after])).toEqual([
      ['desktop', { criterion: 1, points: 10 }, { criterion: 1, points: 12 }],
      ['desktop', { criterion: 1, points: null }, { criterion: 1, points: 10 }],
    ]);
    expect(log[0]!.at).toMatch(/^2026-11-27T/);
  });
});

describe('aggregation, divergence, confirmation and the lock', () => {
  it('shows aggregates only when all have submitted, flags divergence, needs a resolution, quorum and the chair PIN', async () => {
    const { turns, chair, m1, m2, m3, m4 } = await day();
    const t = turns[0]!.id;
    await scoreAndSubmit(t, chair.id, [16, 16, 25, 8, 16]);
    await scoreAndSubmit(t, m1.id, [16, 16, 25, 8, 16]);
    await scoreAndSubmit(t, m2.id, [17, 16, 26, 8, 16]);
    await scoreAndSubmit(t, m3.id, [10, 16, 25, 8, 16]); // criterion 1 spread 7 > 5: divergent
    expect((await call('board:get', { turnId: t })).state.aggregate).toBeNull();
    await scoreAndSubmit(t, m4.id, [16, 16, 24, 8, 16]);
    const b = await call('board:get', { turnId: t });
    // c1 (16+16+17+10+16)/5 = 15; c3 (25+25+26+25+24)/5 = 25 → 15 + 16 + 25 + 8 + 16 = 80
    expect(b.state.aggregate).toMatchObject({ totalExact: 80, total: 80, band: 'good' });
    expect(b.unresolved).toEqual([{ criterion: 1, reason: 'spread' }]);
    expect((await failure('result:confirm', { turnId: t, chairId: chair.id, pin: '4821' })).code).toBe('unresolved_divergence');
    await call('divergence:resolve', { turnId: t, criterion: 1, reason: 'spread', resolution: 'dissent', memberId: m3.id, text: 'Талдау үстірт деп есептеймін.' });
    expect((await call('board:get', { turnId: t })).unresolved).toEqual([]);
    expect((await failure('result:confirm', { turnId: t, chairId: chair.id, pin: '0000' })).code).toBe('wrong_pin');
    expect((await failure('result:confirm', { turnId: t, chairId: m1.id, pin: '4821' })).code).toBe('forbidden');
    const r = await call('result:confirm', { turnId: t, chairId: chair.id, pin: '4821' });
    expect(r.aggregate).toMatchObject({ total: 80, grade: { kk: 'Жақсы' } });
    expect(r.resolutions).toEqual([expect.objectContaining({ resolution: 'dissent', memberId: m3.id })]);
    expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.ruleSentence.en).toMatch(/arithmetic mean/);
    expect((await call('defense:queue', { sessionId: turns[0]!.sessionId }))[0]).toMatchObject({ status: 'confirmed', result: { total: 80, band: 'good' } });
  });

  it('refuses to confirm without quorum (recusals count)', async () => {
    const { turns, chair, m1, m2, m3, m4 } = await day(4);
    const t = turns[1]!;
    for (const m of [m2, m3, m4]) await call('member:recuse', { memberId: m.id, listenerId: t.listenerId, reason: 'мүдделер қақтығысы' });
    await scoreAndSubmit(t.id, chair.id, [16, 16, 25, 8, 16]);
    await scoreAndSubmit(t.id, m1.id, [16, 16, 25, 8, 16]);
    const e = await failure('result:confirm', { turnId: t.id, chairId: chair.id, pin: '4821' });
    expect(e).toMatchObject({ code: 'no_quorum', message: '2 of the required 4 members have scored' });
  });

  it('after locking: UI/API writes, and direct SQL UPDATE/DELETE, are refused; an amendment shows', async () => {
    const { turns, chair, m1, m2 } = await day();
    const t = turns[2]!.id;
    for (const m of [chair, m1, m2]) await scoreAndSubmit(t, m.id, [16, 16, 25, 8, 16]);
    const r = await call('result:confirm', { turnId: t, chairId: chair.id, pin: '4821' });
    expect((await failure('sheet:save', { turnId: t, memberId: m1.id, scores: [20, 20, 30, 10, 20], version: 2 })).code).toBe('locked');
    expect((await failure('sheet:revote', { turnId: t, memberId: m1.id })).code).toBe('locked');
    const db = tc.core.ctx.db;
    expect(() => db.prepare('UPDATE defense_result SET total_x100 = 10000 WHERE id = ?').run(r.id)).toThrow(/locked/);
    expect(() => db.prepare('DELETE FROM defense_result WHERE id = ?').run(r.id)).toThrow(/locked/);
    expect(() => db.prepare('UPDATE sheet_score SET points_x100 = 2000 WHERE sheet_id IN (SELECT id FROM member_sheet WHERE turn_id = ?)').run(t)).toThrow(/locked/);
    expect(() => db.prepare('UPDATE member_sheet SET submitted_at = NULL WHERE turn_id = ?').run(t)).toThrow(/locked/);
    expect(() => db.prepare("INSERT INTO member_sheet (turn_id, member_id, entered_by, created_at) VALUES (?, ?, 'x', 'x')").run(t, m1.id)).toThrow(/locked/);
    expect((await failure('result:amend', { resultId: r.id, chairId: chair.id, pin: '1111', reason: 'x', totalExact: 90 })).code).toBe('wrong_pin');
    const amended = await call('result:amend', { resultId: r.id, chairId: chair.id, pin: '4821', reason: 'Есептеу қатесі түзетілді', totalExact: 84.5 });
    expect(amended.aggregate.total).toBe(81);
    expect(amended.amendments).toEqual([
      expect.objectContaining({ reason: 'Есептеу қатесі түзетілді', author: `member:${chair.id}`, before: { total: 81, band: 'good' }, after: expect.objectContaining({ total: 85, band: 'excellent' }) }),
    ]);
    expect(() => db.prepare('DELETE FROM amendment').run()).toThrow(/locked/);
  });

  it('a re-vote replaces the sheet and keeps the old one', async () => {
    const { turns, m1 } = await day();
    const t = turns[0]!.id;
    const first = await scoreAndSubmit(t, m1.id, [10, 16, 25, 8, 16]);
    const again = await call('sheet:revote', { turnId: t, memberId: m1.id });
    expect(again).toMatchObject({ isSubmitted: false, scores: [10, 16, 25, 8, 16] });
    expect(again.sheetId).not.toBe(first.sheetId);
    const rows = tc.core.ctx.db.prepare('SELECT id, superseded_at FROM member_sheet WHERE turn_id = ? ORDER BY id').all(t) as { id: number; superseded_at: string | null }[];
    expect(rows.map((r) => r.superseded_at === null)).toEqual([false, true]);
  });

  it('a recusal tells live views, and can no longer change a submitted sheet, a confirmed result or a closed session', async () => {
    const { session, turns, chair, m1, m2, m3 } = await day();
    const events: { sessionId: number; turnId: number | null; kind: string }[] = [];
    tc.core.ctx.events.on('change', (e) => events.push(e));
    const [first, , last] = turns;
    await scoreAndSubmit(first!.id, m1.id, [16, 16, 25, 8, 16]);
    expect(await failure('member:recuse', { memberId: m1.id, listenerId: first!.listenerId, reason: 'туысы' })).toMatchObject({ code: 'conflict', field: 'memberId' });
    await call('sheet:revote', { turnId: first!.id, memberId: m1.id });
    await call('member:recuse', { memberId: m1.id, listenerId: first!.listenerId, reason: 'туысы' });
    expect(events.at(-1)).toEqual({ sessionId: session.id, turnId: first!.id, kind: 'recuse' });
    expect((await call('board:get', { turnId: first!.id })).members.find((m) => m.memberId === m1.id)?.isRecused).toBe(true);
    for (const m of [chair, m1, m2]) await scoreAndSubmit(last!.id, m.id, [16, 16, 25, 8, 16]);
    await call('result:confirm', { turnId: last!.id, chairId: chair.id, pin: '4821' });
    expect(await failure('member:recuse', { memberId: m3.id, listenerId: last!.listenerId, reason: 'кеш айтты' })).toMatchObject({ code: 'locked', field: 'listenerId' });
    await call('session:close', { sessionId: session.id, presentMemberIds: [chair.id, m1.id, m2.id] });
    expect((await failure('member:recuse', { memberId: m3.id, listenerId: turns[1]!.listenerId, reason: 'кеш айтты' })).code).toBe('locked');
    expect((await call('session:get', { id: session.id })).recusals).toEqual([{ memberId: m1.id, listenerId: first!.listenerId, reason: 'туысы' }]);
  });

  it('closing the session records who was present and freezes it', async () => {
    const { session, turns, chair, m1, m2 } = await day();
    const closed = await call('session:close', { sessionId: session.id, presentMemberIds: [chair.id, m1.id, m2.id] });
    expect(closed.present).toEqual([chair.id, m1.id, m2.id]);
    expect((await failure('sheet:save', { turnId: turns[0]!.id, memberId: m1.id, scores: [1, 1, 1, 1, 1], version: 0 })).code).toBe('locked');
    expect((await failure('session:close', { sessionId: session.id, presentMemberIds: [] })).code).toBe('locked');
  });
});

describe('confirming with a member absent', () => {
  it('still requires the divergence among the submitted sheets to be resolved', async () => {
    const { turns, chair, m1, m2 } = await day();
    const t = turns[0]!.id;
    await scoreAndSubmit(t, chair.id, [16, 16, 25, 8, 16]);
    await scoreAndSubmit(t, m1.id, [16, 16, 25, 8, 16]);
    await scoreAndSubmit(t, m2.id, [9, 16, 25, 8, 16]); // criterion 1 spread 7 > 5
    expect((await call('board:get', { turnId: t })).state.aggregate).toBeNull(); // two members have not scored
    expect((await failure('result:confirm', { turnId: t, chairId: chair.id, pin: '4821' })).code).toBe('unresolved_divergence');
    await call('divergence:resolve', { turnId: t, criterion: 1, reason: 'spread', resolution: 'keep', text: 'талқыланды' });
    const r = await call('result:confirm', { turnId: t, chairId: chair.id, pin: '4821' });
    expect(r.absent.map((a) => a.fullName)).toEqual(['Есенов Мұрат', 'Байжанова Ләззат']);
  });
});
