import { afterEach, describe, expect, it } from 'vitest';
import type { ExamResponse } from '../../shared/api/channels/sittings';
import type { ExamItem } from '../../shared/api/channels/sittings-types';
import { MINUTE, T0, allItemsBlueprint, byText, cohortWithBank, harness, shown, type Harness } from './sitting-fixture';

let h: Harness;
afterEach(() => h?.close());

/** Partly right answers to every type: what each earns is worked out in the test that uses them. */
function partlyRight(items: ExamItem[]): [string, ExamResponse][] {
  const single = byText(items, 'Қазақстанның');
  const multiple = byText(items, 'Қай өзендер');
  const matching = byText(items, 'Қаланы');
  return [
    [single.ref, { type: 'single', choice: shown(single, 'Ақтөбе') }],
    [multiple.ref, { type: 'multiple', choices: [shown(multiple, 'Ертіс'), shown(multiple, 'Жайық')] }],
    [byText(items, 'Жер жалпақ').ref, { type: 'truefalse', answer: false }],
    [matching.ref, { type: 'matching', rights: [shown(matching, 'Есіл'), shown(matching, 'Ертіс'), shown(matching, 'Нева')] }],
    [byText(items, 'Қара сөздердің').ref, { type: 'short', text: 'ибраһим' }],
    [byText(items, 'Ақын').ref, { type: 'numeric', text: '1843' }],
    [byText(items, 'Болашақ').ref, { type: 'essay', text: 'Цифрлық, инклюзивті, қауіпсіз мектеп.' }],
  ];
}

/** A sitting of one examinee who gives the partly right answers and submits. */
async function oneSubmitted(partialCredit: boolean) {
  const { cohort, listeners, bankId } = await cohortWithBank(h, ['Әлиева Гүлнәр', 'Қасымов Нұрлан', 'Өмірзақова Айгүл']);
  const s = await h.call('sitting:create', { cohortId: cohort.id, bankId, blueprint: allItemsBlueprint(partialCredit), kind: 'final', heldOn: '2026-11-26', seed: `results-${partialCredit}` });
  const admitted = await h.call('sitting:admit', { sittingId: s.id, listenerIds: listeners.map((l) => l.id) });
  const id = admitted[0]!.examineeId;
  const view = await h.call('exam:start', { examineeId: id });
  for (const [ref, response] of partlyRight(view.items)) await h.call('exam:answer', { examineeId: id, ref, response });
  await h.call('exam:submit', { examineeId: id, confirm: true });
  return { sittingId: s.id, admitted, id };
}

describe('scoring every type through a sitting', () => {
  it('with partial credit: ½ + ⅔ + 1 + ⅔ + ½ + ½ + essay 1.5 of 2 = 16/3 of 8 = 66.67 % → satisfactory, certificate', async () => {
    h = harness();
    const { sittingId, id } = await oneSubmitted(true);
    let row = (await h.call('sitting:results', { sittingId })).rows.find((r) => r.id === id)!;
    // single Ақтөбе ½; multiple Ертіс + Жайық ⅓ + ⅓; false 1; matching 2 of 3 pairs ⅔; short Ибраһим ½; numeric 1843 within ±5 ½
    // = 23/6 before the essay is scored (no grade yet); + 1.5 = 16/3
    expect(row.items.map((i) => [i.type, i.earned])).toEqual(
      expect.arrayContaining([['single', 0.5], ['multiple', 2 / 3], ['truefalse', 1], ['matching', 2 / 3], ['short', 0.5], ['numeric', 0.5], ['essay', null]]),
    );
    expect(row).toMatchObject({ pendingEssays: 1, points: { num: 23, den: 6 }, max: { num: 8, den: 1 }, band: null, grade: null });
    const queue = await h.call('sitting:essays', { sittingId });
    expect(queue).toEqual([expect.objectContaining({ examineeId: id, number: 1, itemId: 'key-essay-school', response: 'Цифрлық, инклюзивті, қауіпсіз мектеп.', max: 2, points: null })]);
    expect((await h.failure('essay:score', { examineeId: id, itemId: 'key-essay-school', points: 2.5 })).code).toBe('out_of_range');
    expect((await h.failure('essay:score', { examineeId: id, itemId: 'key-single-capital', points: 1 })).code).toBe('bad_input');
    expect((await h.call('essay:score', { examineeId: id, itemId: 'key-essay-school', points: 1.5, note: 'жақсы' })).points).toBe(1.5);
    row = (await h.call('sitting:results', { sittingId })).rows.find((r) => r.id === id)!;
    expect(row).toMatchObject({ pendingEssays: 0, points: { num: 16, den: 3 }, percent: { num: 200, den: 3 }, band: 'satisfactory', pass: true, certificate: true });
  });

  it('all-or-nothing: multiple and matching earn 0 → 4 of 8 = exactly 50 % → certificate (lower-inclusive)', async () => {
    h = harness();
    const { sittingId, id } = await oneSubmitted(false);
    await h.call('essay:score', { examineeId: id, itemId: 'key-essay-school', points: 1.5 });
    const row = (await h.call('sitting:results', { sittingId })).rows.find((r) => r.id === id)!;
    expect(row.items.filter((i) => i.type === 'multiple' || i.type === 'matching').map((i) => i.earned)).toEqual([0, 0]);
    expect(row).toMatchObject({ points: { value: 4 }, percent: { num: 50, den: 1 }, band: 'satisfactory', certificate: true });
  });
});

describe('release and the locked result set', () => {
  it('refuses while someone writes (unless forced) or an essay waits; then locks, shows results to examinees, closes', async () => {
    h = harness();
    const { sittingId, admitted, id } = await oneSubmitted(true);
    const writing = admitted[1]!.examineeId;
    await h.call('exam:start', { examineeId: writing });
    expect((await h.failure('sitting:release', { sittingId })).code).toBe('not_submitted');
    h.clock.at = T0 + 10 * MINUTE;
    expect((await h.failure('sitting:release', { sittingId, force: true })).message).toMatch(/essays wait/);
    // force ended the second test, as the examiner, even though the release was refused
    expect((await h.call('exam:get', { examineeId: writing })).submittedBy).toBe('examiner');
    // the second examinee left the essay blank: it earns 0 and waits for nobody
    expect((await h.call('sitting:essays', { sittingId })).map((e) => e.examineeId)).toEqual([id]);
    await h.call('essay:score', { examineeId: id, itemId: 'key-essay-school', points: 1.5 });
    const released = await h.call('sitting:release', { sittingId });
    expect(released).toMatchObject({ isFinal: true, releasedAt: new Date(T0 + 10 * MINUTE).toISOString(), summary: { admitted: 3, sat: 2, absent: 1, passed: 1, certificates: 1 } });
    expect(released.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(released.rows.map((r) => r.status)).toEqual(['submitted', 'submitted', 'absent']);
    const mine = await h.call('exam:get', { examineeId: id });
    expect(mine.result).toMatchObject({ points: { num: 16, den: 3 }, percent: { num: 200, den: 3 }, grade: { kk: 'қанағаттанарлық' }, certificate: true });
    expect(mine.result!.items).toHaveLength(7);
    expect(JSON.stringify(mine)).not.toContain('weight');
    // nothing changes afterwards, through the services …
    const absent = admitted[2]!.examineeId;
    expect((await h.failure('exam:start', { examineeId: absent })).code).toBe('locked');
    expect((await h.failure('essay:score', { examineeId: id, itemId: 'key-essay-school', points: 2 })).code).toBe('locked');
    expect((await h.failure('sitting:release', { sittingId })).code).toBe('locked');
    expect((await h.failure('sitting:admit', { sittingId, listenerIds: [1] })).code).toBe('locked');
    expect((await h.call('sitting:results', { sittingId })).hash).toBe(released.hash);
    // … and closing ends the kiosk tokens; a closed sitting cannot reopen
    expect((await h.call('sitting:close', { sittingId })).status).toBe('closed');
    expect((await h.failure('sitting:close', { sittingId })).code).toBe('locked');
  });

  it('lock triggers: after release, SQL cannot change examinees, answers, hand scores or the sitting', async () => {
    h = harness();
    const { sittingId, id } = await oneSubmitted(true);
    const db = h.core.ctx.db;
    // answers are fixed at submission already, before any release
    expect(() => db.prepare("UPDATE answer SET response = '{\"type\":\"truefalse\",\"answer\":true}' WHERE examinee_id = ?").run(id)).toThrow(/locked/);
    expect(() => db.prepare("INSERT INTO answer (examinee_id, item_key, response, saved_at) VALUES (?, 'x', NULL, 't')").run(id)).toThrow(/locked/);
    await h.call('essay:score', { examineeId: id, itemId: 'key-essay-school', points: 1 });
    db.prepare('UPDATE hand_score SET points_num = 2 WHERE examinee_id = ?').run(id);
    db.prepare('UPDATE hand_score SET points_num = 1 WHERE examinee_id = ?').run(id);
    await h.call('sitting:release', { sittingId });
    const refused = [
      'UPDATE examinee SET points_num = 8, points_den = 1 WHERE id = ?',
      "UPDATE examinee SET band = 'excellent' WHERE id = ?",
      'DELETE FROM examinee WHERE id = ?',
      'DELETE FROM answer WHERE examinee_id = ?',
      'UPDATE hand_score SET points_num = 2 WHERE examinee_id = ?',
      'DELETE FROM hand_score WHERE examinee_id = ?',
      "INSERT INTO hand_score (examinee_id, item_key, points_num, points_den, scored_by, scored_at) VALUES (?, 'x', 1, 1, 'sql', 't')",
    ];
    for (const sql of refused) expect(() => db.prepare(sql).run(id), sql).toThrow(/locked/);
    expect(() => db.prepare("UPDATE sitting SET seed = 'other' WHERE id = ?").run(sittingId)).toThrow(/locked/);
    expect(() => db.prepare('UPDATE sitting SET released_at = NULL, results_hash = NULL WHERE id = ?').run(sittingId)).toThrow(/locked/);
    expect(() => db.prepare('DELETE FROM sitting WHERE id = ?').run(sittingId)).toThrow(/locked/);
    expect(() => db.prepare("INSERT INTO examinee (sitting_id, listener_id, number, admitted_at, token_hash, variant) VALUES (?, 3, 9, 't', 'h', '{}')").run(sittingId)).toThrow(/locked/);
    // a lost kiosk token can still be replaced (the result set does not include it)
    expect((await h.call('sitting:reissue', { examineeId: id })).token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const row = (await h.call('sitting:results', { sittingId })).rows.find((r) => r.id === id)!;
    expect(row.points).toMatchObject({ num: 29, den: 6 });
  });
});
