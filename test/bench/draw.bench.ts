import { openCore } from '../../electron/core/core';
import { saveBank } from '../../electron/core/db/repos/banks';
import { dispatch } from '../../electron/core/dispatch';
import { examineeSeed, seededRng } from '../../shared/domain/bank/random';
import { tempDir } from '../helpers/temp-dir';
import { report, since, summary } from './stats';
import { benchBank, benchBlueprint, DRAWN, PER_TOPIC, TOPICS } from './variants-bank';

/**
 * Draw and store 500 examinees × 24 items from an 8 × 15 bank (goal ≤ 0.5 s): `sitting:admit`
 * of 500 listeners draws every variant (items, option order) and stores it with a token, in one
 * transaction; `variant:draw` draws the same through the channel without storing. The base is
 * the bare PRNG draw of the same numbers: sfc32 seeded per examinee, a partial Fisher–Yates
 * of 3 of 15 per topic, the 24 shuffled, each item's 4 options shuffled.
 */
const EXAMINEES = 500;
const RUNS = 9;
const t = tempDir('attesta-bench-');
const core = openCore(t.dir, { now: () => new Date('2026-11-26T09:00:00Z') });
const call = async <T>(channel: string, input: unknown): Promise<T> => {
  const e = await dispatch(core.handlers, channel, input);
  if (!e.ok) throw new Error(`${channel}: ${e.error.code}: ${e.error.message}`);
  return e.value as T;
};

const programme = await call<{ id: number }>('programme:create', { title: { kk: 'Б', ru: 'Б', en: 'B' }, hours: 80, designId: 'kz-000-roadmap-defense' });
const cohort = await call<{ id: number }>('cohort:create', { programmeId: programme.id, name: 'bench' });
const db = core.ctx.db;
const addListener = db.prepare("INSERT INTO listener (cohort_id, full_name, created_at) VALUES (?, ?, '2026-11-01T00:00:00Z')");
const listenerIds = db.transaction(() => Array.from({ length: EXAMINEES }, (_, i) => Number(addListener.run(cohort.id, `Тыңдаушы ${i + 1}`).lastInsertRowid)))();
const bankId = saveBank(db, { programmeId: programme.id, name: 'bench', sourceFile: null, format: 'attesta' }, benchBank(), new Date());

function bareDraw(seed: string): number {
  let check = 0;
  for (let e = 1; e <= EXAMINEES; e += 1) {
    const s = examineeSeed(seed, e);
    const rng = seededRng(s);
    const drawn: number[] = [];
    for (let p = 0; p < TOPICS; p += 1) {
      const pool = Array.from({ length: PER_TOPIC }, (_, k) => p * PER_TOPIC + k);
      for (let i = 0; i < DRAWN; i += 1) {
        const j = i + rng.below(PER_TOPIC - i);
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
        drawn.push(pool[i]!);
      }
    }
    for (let i = 0; i < drawn.length; i += 1) {
      const j = i + rng.below(drawn.length - i);
      [drawn[i], drawn[j]] = [drawn[j]!, drawn[i]!];
    }
    for (const id of drawn) {
      const opt = seededRng(`${s}\u0000options\u0000${id}`);
      const order = [0, 1, 2, 3];
      for (let i = 0; i < 4; i += 1) {
        const j = i + opt.below(4 - i);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      check += order[0]! + id;
    }
  }
  return check;
}

const bare: number[] = [];
const channel: number[] = [];
const admit: number[] = [];
let check = 0;
for (let run = 0; run < RUNS; run += 1) {
  const seed = `bench-${run}`;
  let start = process.hrtime.bigint();
  check += bareDraw(seed);
  bare.push(since(start));

  start = process.hrtime.bigint();
  const drawn = await call<{ variants: unknown[] }>('variant:draw', { bankId, blueprint: benchBlueprint, examinees: EXAMINEES, seed });
  channel.push(since(start));
  if (drawn.variants.length !== EXAMINEES) throw new Error('short draw');

  const sitting = await call<{ id: number }>('sitting:create', { cohortId: cohort.id, bankId, blueprint: benchBlueprint, kind: 'final', heldOn: '2026-11-26', seed });
  start = process.hrtime.bigint();
  const admitted = await call<unknown[]>('sitting:admit', { sittingId: sitting.id, listenerIds });
  admit.push(since(start));
  if (admitted.length !== EXAMINEES) throw new Error('short admission');
}
const stored = db.prepare('SELECT variant FROM examinee ORDER BY id DESC LIMIT 1').get() as { variant: string };
const items = (JSON.parse(stored.variant) as { items: unknown[] }).items.length;

const base = summary(bare);
report(`bare PRNG draw, ${EXAMINEES} × ${items} (base)`, base);
report(`variant:draw, ${EXAMINEES} × ${items} (no store)`, summary(channel), base);
report(`sitting:admit ${EXAMINEES} (draw + store)`, summary(admit), base);
const median = summary(admit).median;
process.stdout.write(`draw and store ${EXAMINEES} examinees × ${items} items from a ${TOPICS} × ${PER_TOPIC} bank: median ${median.toFixed(1)} ms — goal ≤ 500 ms ${median <= 500 ? 'met' : 'MISSED'} (checksum ${check})\n`);
core.close();
t.remove();
