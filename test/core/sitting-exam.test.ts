import { afterEach, describe, expect, it } from 'vitest';
import type { ExamView } from '../../shared/api/channels/sittings-types';
import { ALL_TYPES, MINUTE, T0, allItemsBlueprint, byText, cohortWithBank, harness, shown, type Harness } from './sitting-fixture';

let h: Harness;
afterEach(() => h?.close());

async function sitting(names = ['Әлиева Гүлнәр', 'Қасымов Нұрлан']) {
  const { cohort, listeners, bankId } = await cohortWithBank(h, names);
  const created = await h.call('sitting:create', { cohortId: cohort.id, bankId, blueprint: allItemsBlueprint(true), kind: 'final', heldOn: '2026-11-26', seed: 'exam-test' });
  const admitted = await h.call('sitting:admit', { sittingId: created.id, listenerIds: listeners.map((l) => l.id) });
  return { sittingId: created.id, cohortId: cohort.id, bankId, admitted };
}

/** Everything an examinee's screen was ever sent, as one string to search for keys. */
const seen: string[] = [];
const keep = <T>(value: T): T => (seen.push(JSON.stringify(value)), value);

describe('taking a test', () => {
  it('shows nothing before the start, then the variant without keys; the core keeps the clock', async () => {
    h = harness();
    const { admitted } = await sitting();
    const id = admitted[0]!.examineeId;
    const before = keep(await h.call('exam:get', { examineeId: id }));
    expect(before).toMatchObject({ status: 'ready', items: [], itemCount: 7, remainingSeconds: null, timeLimitMinutes: 30, result: null });
    const view = keep(await h.call('exam:start', { examineeId: id }));
    expect(view.status).toBe('in_progress');
    expect(view.deadlineAt).toBe(new Date(T0 + 30 * MINUTE).toISOString());
    expect(view.remainingSeconds).toBe(30 * 60);
    expect(view.items.map((i) => i.type).sort()).toEqual(['essay', 'matching', 'multiple', 'numeric', 'short', 'single', 'truefalse']);
    const matching = byText(view.items, 'Қаланы');
    // stored without shuffling, shown shuffled anyway: in stored order the rights would be the key
    expect(matching).toMatchObject({ lefts: ['Астана', 'Өскемен', 'Орал'] });
    if (matching.type === 'matching') expect(matching.rights).not.toEqual(['Есіл', 'Ертіс', 'Жайық', 'Нева']);
    h.clock.at = T0 + 12 * MINUTE + 30_000;
    expect((await h.call('exam:get', { examineeId: id })).remainingSeconds).toBe(17 * 60 + 30);
    // a second start resumes; the deadline does not move
    expect((await h.call('exam:start', { examineeId: id })).deadlineAt).toBe(view.deadlineAt);
  });

  it('saves every answer as given, flags for review, resumes after a crash with the time that remains', async () => {
    h = harness();
    const { admitted } = await sitting();
    const id = admitted[0]!.examineeId;
    const view = keep(await h.call('exam:start', { examineeId: id }));
    const single = byText(view.items, 'Қазақстанның');
    const short = byText(view.items, 'Қара сөздердің');
    h.clock.at = T0 + 2 * MINUTE;
    keep(await h.call('exam:answer', { examineeId: id, ref: single.ref, response: { type: 'single', choice: shown(single, 'Алматы') } }));
    const ack = keep(await h.call('exam:answer', { examineeId: id, ref: single.ref, response: { type: 'single', choice: shown(single, 'Астана') }, clientId: 'answer-0001' }));
    expect(ack).toMatchObject({ ref: single.ref, answer: { type: 'single', choice: shown(single, 'Астана') }, remainingSeconds: 28 * 60 });
    // a resend of the same write (same client id) counts once
    keep(await h.call('exam:answer', { examineeId: id, ref: single.ref, response: { type: 'single', choice: shown(single, 'Астана') }, clientId: 'answer-0001' }));
    keep(await h.call('exam:answer', { examineeId: id, ref: short.ref, response: { type: 'short', text: '  абай  ' } }));
    keep(await h.call('exam:flag', { examineeId: id, ref: short.ref, flagged: true }));
    const dir = h.dir;
    h.core.close();
    // the app crashes and starts again on the same data folder, 10 minutes later
    const clock = h.clock.at + 10 * MINUTE;
    h = harness(dir);
    h.clock.at = clock;
    const resumed = keep(await h.call('exam:get', { examineeId: id }));
    expect(resumed).toMatchObject({ status: 'in_progress', answered: 2, flagged: 1, remainingSeconds: 18 * 60, position: view.items.findIndex((i) => i.ref === short.ref) });
    expect(byText(resumed.items, 'Қара сөздердің')).toMatchObject({ answer: { type: 'short', text: '  абай  ' }, flagged: true });
    expect(byText(resumed.items, 'Қазақстанның').answer).toEqual({ type: 'single', choice: shown(single, 'Астана') });
  });

  it('auto-submits at the deadline on any access after it; answers after time-out are refused, nothing lost', async () => {
    h = harness();
    const { admitted, sittingId } = await sitting();
    const [a, b] = admitted;
    const view = keep(await h.call('exam:start', { examineeId: a!.examineeId }));
    await h.call('exam:start', { examineeId: b!.examineeId });
    const tf = byText(view.items, 'Жер жалпақ');
    h.clock.at = T0 + 29 * MINUTE + 59_000;
    keep(await h.call('exam:answer', { examineeId: a!.examineeId, ref: tf.ref, response: { type: 'truefalse', answer: false } }));
    h.clock.at = T0 + 31 * MINUTE;
    const late = await h.failure('exam:answer', { examineeId: a!.examineeId, ref: tf.ref, response: { type: 'truefalse', answer: true } });
    expect(late).toMatchObject({ code: 'locked' });
    expect(late.message).toMatch(/time ran out/);
    const after = keep(await h.call('exam:get', { examineeId: a!.examineeId }));
    expect(after).toMatchObject({ status: 'submitted', submittedBy: 'timeout', submittedAt: new Date(T0 + 30 * MINUTE).toISOString(), remainingSeconds: 0, result: null });
    expect(byText(after.items, 'Жер жалпақ').answer).toEqual({ type: 'truefalse', answer: false });
    expect((await h.failure('exam:flag', { examineeId: a!.examineeId, ref: tf.ref, flagged: true })).code).toBe('locked');
    expect((await h.failure('exam:submit', { examineeId: a!.examineeId, confirm: true })).code).toBe('locked');
    // the examiner's view submits the other overdue test, also at its deadline
    const detail = await h.call('sitting:get', { sittingId });
    expect(detail.examinees.map((e) => [e.status, e.submittedBy, e.submittedAt])).toEqual([
      ['submitted', 'timeout', new Date(T0 + 30 * MINUTE).toISOString()],
      ['submitted', 'timeout', new Date(T0 + 30 * MINUTE).toISOString()],
    ]);
    // the true/false answer (1 point of 8) was scored at the deadline
    expect(detail.examinees[0]!.points).toMatchObject({ value: 1 });
    expect(detail.examinees[0]!.max).toMatchObject({ value: 8 });
  });

  it('submits with a confirmation; a second submit is refused and changes nothing', async () => {
    h = harness();
    const { admitted } = await sitting();
    const id = admitted[0]!.examineeId;
    const view = keep(await h.call('exam:start', { examineeId: id }));
    expect((await h.failure('exam:submit', { examineeId: id })).code).toBe('bad_input');
    const num = byText(view.items, 'Ақын');
    await h.call('exam:answer', { examineeId: id, ref: num.ref, response: { type: 'numeric', text: '1845' } });
    h.clock.at = T0 + 5 * MINUTE;
    const done = keep(await h.call('exam:submit', { examineeId: id, confirm: true, clientId: 'submit-0001' }));
    expect(done).toMatchObject({ status: 'submitted', submittedBy: 'examinee', submittedAt: new Date(T0 + 5 * MINUTE).toISOString(), answered: 1, result: null });
    // a resend of the same submit answers as the first did; a new one is refused
    expect((await h.call('exam:submit', { examineeId: id, confirm: true, clientId: 'submit-0001' })).submittedAt).toBe(done.submittedAt);
    h.clock.at = T0 + 6 * MINUTE;
    const again = await h.failure('exam:submit', { examineeId: id, confirm: true });
    expect(again.code).toBe('locked');
    expect(again.message).toMatch(/submitted at/);
    expect((await h.failure('exam:answer', { examineeId: id, ref: num.ref, response: { type: 'numeric', text: '1' } })).code).toBe('locked');
    const still = await h.call('exam:get', { examineeId: id });
    expect(still.submittedAt).toBe(done.submittedAt);
    expect(byText(still.items, 'Ақын').answer).toEqual({ type: 'numeric', text: '1845' });
  });
});

describe('bad input is refused clearly and loses nothing', () => {
  it('items not in the variant, wrong types and indexes, another sitting, before the start', async () => {
    h = harness();
    const { admitted, sittingId } = await sitting();
    const [a, b] = admitted;
    expect((await h.failure('exam:answer', { examineeId: a!.examineeId, ref: '0123456789ab', response: { type: 'truefalse', answer: true } })).code).toBe('bad_input');
    const va = await h.call('exam:start', { examineeId: a!.examineeId });
    const vb = await h.call('exam:start', { examineeId: b!.examineeId });
    const single = byText(va.items, 'Қазақстанның');
    await h.call('exam:answer', { examineeId: a!.examineeId, ref: single.ref, response: { type: 'single', choice: 1 } });
    const theirs = byText(vb.items, 'Қазақстанның').ref;
    expect(theirs).not.toBe(single.ref);
    const refusals = [
      await h.failure('exam:answer', { examineeId: a!.examineeId, ref: theirs, response: { type: 'single', choice: 0 } }),
      await h.failure('exam:answer', { examineeId: a!.examineeId, ref: '0123456789ab', response: { type: 'single', choice: 0 } }),
      await h.failure('exam:answer', { examineeId: a!.examineeId, ref: 'key-single-capital', response: { type: 'single', choice: 0 } }),
      await h.failure('exam:answer', { examineeId: a!.examineeId, ref: single.ref, response: { type: 'multiple', choices: [0] } }),
      await h.failure('exam:answer', { examineeId: a!.examineeId, ref: single.ref, response: { type: 'single', choice: 4 } }),
      await h.failure('exam:answer', { examineeId: a!.examineeId, ref: byText(va.items, 'Қаланы').ref, response: { type: 'matching', rights: [0, 1] } }),
      await h.failure('exam:answer', { examineeId: a!.examineeId, ref: byText(va.items, 'Қай өзендер').ref, response: { type: 'multiple', choices: [1, 1] } }),
      await h.failure('exam:get', { examineeId: a!.examineeId, sittingId: sittingId + 1 }),
      await h.failure('exam:answer', { examineeId: a!.examineeId, ref: single.ref, response: { type: 'single', choice: 0, weight: 1 } }),
    ];
    expect(refusals.map((r) => r.code)).toEqual(['forbidden', 'forbidden', 'bad_input', 'bad_input', 'out_of_range', 'bad_input', 'bad_input', 'forbidden', 'bad_input']);
    expect(byText((await h.call('exam:get', { examineeId: a!.examineeId })).items, 'Қазақстанның').answer).toEqual({ type: 'single', choice: 1 });
    expect((await h.failure('exam:get', { examineeId: 9999 })).code).toBe('not_found');
  });
});

describe('answer keys never reach the examinee before release', () => {
  it('no weight, key, pair, feedback or bank item id in anything an exam:* call returned', async () => {
    h = harness();
    seen.length = 0;
    const { admitted } = await sitting();
    const id = admitted[1]!.examineeId;
    const view: ExamView = keep(await h.call('exam:start', { examineeId: id }));
    for (const item of view.items) {
      keep(await h.call('exam:flag', { examineeId: id, ref: item.ref, flagged: true }));
    }
    keep(await h.call('exam:submit', { examineeId: id, confirm: true }));
    keep(await h.call('exam:get', { examineeId: id }));
    const all = seen.join('\n');
    expect(seen.length).toBe(10);
    for (const secret of ['weight', 'feedback', 'pairs', 'distractors', 'tolerance', 'earned', '1845', 'Абай', 'Ибраһим', 'Құнанбайұлы', 'Жоқ!', 'Дұрыс.', 'key-', '"answers"']) {
      expect(all, secret).not.toContain(secret);
    }
    expect(ALL_TYPES.items.every((i) => !all.includes(`"${i.id}"`))).toBe(true);
  });
});
