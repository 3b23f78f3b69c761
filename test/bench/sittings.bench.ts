import { openCore } from '../../electron/core/core';
import { saveBank } from '../../electron/core/db/repos/banks';
import { dispatch } from '../../electron/core/dispatch';
import { toItemResponse } from '../../electron/core/services/sittings/public-item';
import type { ExamResponse } from '../../shared/api/channels/sittings';
import type { AdmittedExaminee, ExamItem, ExamView } from '../../shared/api/channels/sittings-types';
import { blueprintSchema } from '../../shared/domain/bank/blueprint';
import { seededRng, type Rng } from '../../shared/domain/bank/random';
import { scoreResponse, type ItemResponse } from '../../shared/domain/bank/scoring';
import { baseItem, type Bank, type BankItem } from '../../shared/domain/bank/types';
import { frac } from '../../shared/domain/fraction';
import { tempDir } from '../helpers/temp-dir';
import { report, since, summary } from './stats';

/**
 * A test sitting at scale: 500 examinees, 20 items each drawn from a 60-item bank of every
 * automatically scored type, partial credit on. Measures each exam:submit (the core scores the
 * variant from the stored answers and writes exact totals) and the release of all 500 (scored
 * again, locked, hashed), beside bare `scoreResponse` over the same answers in a loop.
 */
const EXAMINEES = 500;
const t = tempDir('attesta-bench-');
const core = openCore(t.dir, { now: () => new Date('2026-11-26T09:05:00Z') });
const call = async <T>(channel: string, input: unknown): Promise<T> => {
  const e = await dispatch(core.handlers, channel, input);
  if (!e.ok) throw new Error(`${channel}: ${e.error.code}: ${e.error.message}`);
  return e.value as T;
};

function bankItem(k: number): BankItem {
  const base = { ...baseItem(`Сұрақ ${k + 1}`, [`Тақырып ${(k % 6) + 1}`], `q${k + 1}`), id: `q${k + 1}` };
  const o = (text: string, num: number, den = 1) => ({ text, weight: frac(num, den), feedback: '' });
  switch (k % 6) {
    case 0: return { ...base, type: 'single', shuffle: true, options: [o('A', 1), o('B', 0), o('C', 0), o('D', 0)] };
    case 1: return { ...base, type: 'multiple', shuffle: true, options: [o('A', 1, 2), o('B', 1, 2), o('C', -1, 2), o('D', -1, 2)] };
    case 2: return { ...base, type: 'truefalse', answer: k % 4 === 0, feedbackTrue: '', feedbackFalse: '' };
    case 3: return { ...base, type: 'matching', shuffle: true, distractors: ['x'], pairs: [1, 2, 3].map((n) => ({ left: `L${n}`, right: `R${n}` })) };
    case 4: return { ...base, type: 'short', ignoreCase: true, ignoreSpaces: true, answers: [{ text: 'жауап*', weight: frac(1), feedback: '' }] };
    default: return { ...base, type: 'numeric', answers: [{ value: '42', tolerance: '0.5', weight: frac(1), feedback: '' }] };
  }
}
const bank: Bank = { topics: [1, 2, 3, 4, 5, 6].map((n) => [`Тақырып ${n}`]), items: Array.from({ length: 60 }, (_, k) => bankItem(k)) };
const byText = new Map(bank.items.map((i) => [i.text, i]));

/** A random answer in the examinee's terms, right about half the time. */
function answer(item: ExamItem, rng: Rng): ExamResponse {
  switch (item.type) {
    case 'single': return { type: 'single', choice: rng.below(item.options.length) };
    case 'multiple': return { type: 'multiple', choices: [...new Set([rng.below(4), rng.below(4)])] };
    case 'truefalse': return { type: 'truefalse', answer: rng.below(2) === 0 };
    case 'matching': return { type: 'matching', rights: item.lefts.map(() => rng.below(item.rights.length)) };
    case 'short': return { type: 'short', text: rng.below(2) === 0 ? 'Жауап дұрыс' : 'қате' };
    case 'numeric': return { type: 'numeric', text: rng.below(2) === 0 ? '42.3' : '40' };
    default: return { type: 'essay', text: '' };
  }
}

const programme = await call<{ id: number }>('programme:create', { title: { kk: 'Б', ru: 'Б', en: 'B' }, hours: 80, designId: 'kz-000-roadmap-defense' });
const cohort = await call<{ id: number }>('cohort:create', { programmeId: programme.id, name: 'bench' });
const db = core.ctx.db;
const addListener = db.prepare("INSERT INTO listener (cohort_id, full_name, created_at) VALUES (?, ?, '2026-11-01T00:00:00Z')");
const listenerIds = db.transaction(() => Array.from({ length: EXAMINEES }, (_, i) => Number(addListener.run(cohort.id, `Тыңдаушы ${i + 1}`).lastInsertRowid)))();
const bankId = saveBank(db, { programmeId: programme.id, name: 'bench', sourceFile: null, format: 'attesta' }, bank, new Date());
const blueprint = blueprintSchema.parse({
  id: 'bench', title: { kk: 'Б', ru: 'Б', en: 'B' }, quotas: [{ target: { kind: 'topic', path: [] }, count: 20 }], partialCredit: true, timeLimitMinutes: 60, gradeScale: 'kz-001-test-percent',
});
const sitting = await call<{ id: number }>('sitting:create', { cohortId: cohort.id, bankId, blueprint, kind: 'final', heldOn: '2026-11-26', seed: 'bench' });
let start = process.hrtime.bigint();
const admitted = await call<AdmittedExaminee[]>('sitting:admit', { sittingId: sitting.id, listenerIds });
process.stdout.write(`admit ${EXAMINEES} examinees (draw, tokens) in one call: ${since(start).toFixed(1)} ms\n`);

const answerTimings: number[] = [];
const given: { item: BankItem; response: ItemResponse }[][] = [];
for (const a of admitted) {
  const view = await call<ExamView>('exam:start', { examineeId: a.examineeId });
  const rng = seededRng(`bench\u0000${a.examineeId}`);
  const mine: { item: BankItem; response: ItemResponse }[] = [];
  for (const item of view.items) {
    const response = answer(item, rng);
    const s = process.hrtime.bigint();
    await call('exam:answer', { examineeId: a.examineeId, ref: item.ref, response });
    answerTimings.push(since(s));
    const bankItem = byText.get(item.text)!;
    const row = db.prepare('SELECT variant FROM examinee WHERE id = ?').get(a.examineeId) as { variant: string };
    const variant = JSON.parse(row.variant) as { seed: string; items: { id: string; optionOrder: number[] | null }[] };
    mine.push({ item: bankItem, response: toItemResponse(bankItem, variant.items.find((d) => d.id === bankItem.id)!, variant.seed, response) });
  }
  given.push(mine);
}

const submitTimings: number[] = [];
start = process.hrtime.bigint();
for (const a of admitted) {
  const s = process.hrtime.bigint();
  await call('exam:submit', { examineeId: a.examineeId, confirm: true });
  submitTimings.push(since(s));
}
const submitTotal = since(start);
start = process.hrtime.bigint();
const released = await call<{ rows: unknown[]; hash: string }>('sitting:release', { sittingId: sitting.id });
const releaseTotal = since(start);

const bareTimings: number[] = [];
let credit = 0;
start = process.hrtime.bigint();
for (const mine of given) {
  const s = process.hrtime.bigint();
  for (const { item, response } of mine) {
    const r = scoreResponse(item, response, { partialCredit: true });
    if (r.kind === 'auto') credit += r.credit.num / r.credit.den;
  }
  bareTimings.push(since(s));
}
const bareTotal = since(start);

const base = summary(bareTimings);
report('bare scoreResponse, 20 answers (base)', base);
report('exam:submit (score 20 answers + store)', summary(submitTimings), base);
report('exam:answer (check + save one answer)', summary(answerTimings));
process.stdout.write(`release ${released.rows.length} results (scored again, locked, hashed): ${releaseTotal.toFixed(1)} ms\n`);
process.stdout.write(
  `500 submissions scored and released: ${(submitTotal + releaseTotal).toFixed(1)} ms  vs bare scoring of the same ${EXAMINEES * 20} answers: ${bareTotal.toFixed(2)} ms  (×${((submitTotal + releaseTotal) / bareTotal).toFixed(0)}; mean credit ${(credit / (EXAMINEES * 20)).toFixed(3)})\n`,
);
core.close();
t.remove();
