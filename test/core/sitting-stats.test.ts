import { afterEach, describe, expect, it } from 'vitest';
import { blueprintSchema } from '../../shared/domain/bank/blueprint';
import type { ExamItem } from '../../shared/api/channels/sittings-types';
import { examineeScope, scopeExamineeRequest } from '../../electron/core/host/examinee-access';
import { bankOfTopics } from '../fixtures/banks/items';
import { cohortWithBank, harness, shown, type Harness } from './sitting-fixture';

let h: Harness;
afterEach(() => h?.close());

/** Four single-choice items (T-1 … T-4, «дұрыс» is right), all in every variant, 001's scale. */
const FOUR = bankOfTopics([[['T'], 4]]);
const blueprint = blueprintSchema.parse({
  id: 'four', title: { kk: 'Төрт', ru: 'Четыре', en: 'Four' }, quotas: [{ target: { kind: 'topic', path: ['T'] }, count: 4 }], gradeScale: 'kz-001-test-percent',
});
type Pick = 'дұрыс' | 'қате' | 'теріс' | null;

async function setup(names: string[]) {
  const c = await cohortWithBank(h, names, FOUR);
  const sitting = async (kind: 'entrance' | 'exit' | 'final', seed: string) => {
    const s = await h.call('sitting:create', { cohortId: c.cohort.id, bankId: c.bankId, blueprint, kind, heldOn: '2026-11-26', seed });
    return { id: s.id, admitted: await h.call('sitting:admit', { sittingId: s.id, listenerIds: c.listeners.map((l) => l.id) }) };
  };
  return { ...c, sitting };
}

/** One examinee answers T-1 … T-4 with these picks (null: left blank) and submits. */
async function sit(examineeId: number, picks: Pick[]) {
  const view = await h.call('exam:start', { examineeId });
  for (const [k, pick] of picks.entries()) {
    const item = view.items.find((i) => i.text === `T-${k + 1}?`) as ExamItem;
    if (pick) await h.call('exam:answer', { examineeId, ref: item.ref, response: { type: 'single', choice: shown(item, pick) } });
  }
  await h.call('exam:submit', { examineeId, confirm: true });
}

describe('item analysis of a sitting against the hand-worked fixture', () => {
  it('facility, corrected item–total r, option counts, mean, population SD, KR-20 = 8/11, SEM = √0.48, small-sample warning', async () => {
    h = harness();
    const { sitting } = await setup(['А', 'Б', 'В', 'Г', 'Д']);
    const s = await sitting('final', 'analysis');
    // the 5 × 4 matrix of test/unit/stats-classical.test.ts: 1111, 1110, 1100, 1010, 0000
    const picks: Pick[][] = [
      ['дұрыс', 'дұрыс', 'дұрыс', 'дұрыс'],
      ['дұрыс', 'дұрыс', 'дұрыс', 'қате'],
      ['дұрыс', 'дұрыс', 'қате', 'қате'],
      ['дұрыс', 'қате', 'дұрыс', null],
      ['теріс', 'қате', null, 'теріс'],
    ];
    for (const [e, p] of picks.entries()) await sit(s.admitted[e]!.examineeId, p);
    const a = await h.call('sitting:analysis', { sittingId: s.id });
    expect(a).toMatchObject({ n: 5, sdKind: 'population', meanPercent: 55, reliability: { kind: 'kr20', method: 'common_items', k: 4 } });
    expect(a.mean).toBeCloseTo(2.2, 9);
    expect(a.sd).toBeCloseTo(Math.sqrt(1.76), 9);
    expect(a.reliability.alpha).toBeCloseTo(8 / 11, 9);
    expect(a.reliability.sem).toBeCloseTo(Math.sqrt(0.48), 9);
    expect(a.warnings.map((w) => w.code)).toEqual(['small_sample']);
    expect(a.items.map((i) => i.id)).toEqual(['T-1', 'T-2', 'T-3', 'T-4']);
    [0.8, 0.6, 0.6, 0.2].forEach((p, i) => expect(a.items[i]!.facility).toBeCloseTo(p, 9));
    [1.4 / Math.sqrt(4.16), 1.2 / Math.sqrt(6.24), 1.2 / Math.sqrt(6.24), 1 / Math.sqrt(4.8)].forEach((r, i) => expect(a.items[i]!.discrimination).toBeCloseTo(r, 9));
    // options in stored order: дұрыс (key), қате, жартылай, теріс
    expect(a.items[0]!.options!.map((o) => [o.text, o.isKey, o.count])).toEqual([['дұрыс', true, 4], ['қате', false, 0], ['жартылай', false, 0], ['теріс', false, 1]]);
    expect(a.items[3]!.options!.map((o) => o.count)).toEqual([1, 2, 0, 1]);
    expect(a.items[3]!.omitted).toBe(1);
    expect(a.items[2]!.options![0]!.share).toBeCloseTo(0.6, 9);
  });
});

describe('entrance and exit (003)', () => {
  it('links two sittings of one cohort; gain per listener and for the cohort, on released results only', async () => {
    h = harness();
    const { sitting } = await setup(['Әлиева Гүлнәр', 'Бекова Дана', 'Қасымов Нұрлан']);
    const entrance = await sitting('entrance', 'in');
    const exit = await sitting('exit', 'out');
    const final = await sitting('final', 'fin');
    expect((await h.failure('sitting:link', { exitId: final.id, entranceId: entrance.id })).code).toBe('bad_input');
    expect((await h.failure('sitting:link', { exitId: exit.id, entranceId: final.id })).code).toBe('bad_input');
    expect((await h.failure('sitting:gain', { exitId: exit.id })).code).toBe('bad_input');
    expect((await h.call('sitting:link', { exitId: exit.id, entranceId: entrance.id })).entranceId).toBe(entrance.id);
    const [a, b, c] = [0, 1, 2];
    await sit(entrance.admitted[a]!.examineeId, ['дұрыс', 'қате', 'қате', null]); // 25 %
    await sit(entrance.admitted[b]!.examineeId, ['дұрыс', 'дұрыс', 'қате', 'қате']); // 50 %
    await sit(entrance.admitted[c]!.examineeId, [null, null, null, null]); // 0 %
    await sit(exit.admitted[a]!.examineeId, ['дұрыс', 'дұрыс', 'дұрыс', 'қате']); // 75 %
    await sit(exit.admitted[b]!.examineeId, ['дұрыс', 'дұрыс', 'дұрыс', 'дұрыс']); // 100 %
    await h.call('sitting:release', { sittingId: entrance.id });
    expect((await h.failure('sitting:gain', { exitId: exit.id })).code).toBe('not_submitted');
    await h.call('sitting:release', { sittingId: exit.id });
    const gain = await h.call('sitting:gain', { exitId: exit.id });
    expect(gain.rows.map((r) => [r.listenerName, r.entrance, r.exit, r.gain])).toEqual([
      ['Әлиева Гүлнәр', 25, 75, 50],
      ['Бекова Дана', 50, 100, 50],
      ['Қасымов Нұрлан', 0, null, null],
    ]);
    // the cohort: the two who sat both; Hake's g = 50 / (100 − 37.5) = 0.8
    expect(gain.cohort).toEqual({ paired: 2, meanEntrance: 37.5, meanExit: 87.5, meanGain: 50, normalizedGain: 0.8 });
  });
});

describe('kiosk tokens', () => {
  it('reach only their own test in their own sitting, only exam:* channels, while the sitting is open', async () => {
    h = harness();
    const { sitting } = await setup(['Әлиева Гүлнәр', 'Қасымов Нұрлан']);
    const one = await sitting('final', 'one');
    const two = await sitting('final', 'two');
    const db = h.core.ctx.db;
    const [mine, neighbour] = one.admitted;
    const scope = examineeScope(db, mine!.token)!;
    expect(scope).toEqual({ examineeId: mine!.examineeId, sittingId: one.id });
    expect(examineeScope(db, 'x'.repeat(32))).toBeNull();
    expect(scopeExamineeRequest(db, 'exam:get', {}, scope)).toEqual({ input: { examineeId: mine!.examineeId, sittingId: one.id } });
    const refusals = [
      scopeExamineeRequest(db, 'exam:get', { sittingId: two.id }, scope),
      scopeExamineeRequest(db, 'exam:get', { examineeId: neighbour!.examineeId }, scope),
      scopeExamineeRequest(db, 'exam:get', { examineeId: two.admitted[0]!.examineeId }, scope),
      scopeExamineeRequest(db, 'sitting:results', { sittingId: one.id }, scope),
      scopeExamineeRequest(db, 'essay:score', { examineeId: mine!.examineeId, itemId: 'T-1', points: 1 }, scope),
    ];
    expect(refusals.map((r) => ('status' in r ? r.status : 200))).toEqual([403, 403, 403, 403, 403]);
    // a token of sitting one, used with sitting two's examinee id in the core itself, is refused too
    expect((await h.failure('exam:get', { examineeId: two.admitted[0]!.examineeId, sittingId: one.id })).code).toBe('forbidden');
    // a replaced token stops at once; a closed sitting's tokens stop
    const fresh = await h.call('sitting:reissue', { examineeId: neighbour!.examineeId });
    expect(examineeScope(db, neighbour!.token)).toBeNull();
    expect(examineeScope(db, fresh.token)).toEqual({ examineeId: neighbour!.examineeId, sittingId: one.id });
    await h.call('sitting:release', { sittingId: one.id });
    expect(examineeScope(db, mine!.token)).not.toBeNull();
    await h.call('sitting:close', { sittingId: one.id });
    expect(examineeScope(db, mine!.token)).toBeNull();
    // only hashes are stored
    const stored = db.prepare('SELECT token_hash FROM examinee').all() as { token_hash: string }[];
    expect(stored.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash) && r.token_hash !== mine!.token)).toBe(true);
  });
});
