import type Database from 'better-sqlite3';
import type { ExamResponse } from '../../../shared/api/channels/sittings';
import { KZ_001_FINAL_TEST } from '../../../shared/domain/bank/blueprints-builtin';
import type { DrawnItem } from '../../../shared/domain/bank/draw';
import { seededRng } from '../../../shared/domain/bank/random';
import { assertNever, type BankItem } from '../../../shared/domain/bank/types';
import { compare, frac } from '../../../shared/domain/fraction';
import { prepared } from '../db/prepared';
import { saveBank } from '../db/repos/banks';
import { admit, createSitting } from './sittings/create';
import { demoBank } from './sittings/demo-bank';
import { saveAnswer, startExam, submitExam } from './sittings/exam';
import { rightsOrder, shownRights } from '../../../shared/domain/bank/matching';
import { itemRef } from './sittings/public-item';
import { examineeRow, variantOf } from './sittings/store';

/** How likely each finished demo examinee is to answer an item right: a spread over the four grades. */
const ABILITY = [0.97, 0.9, 0.8, 0.72, 0.6, 0.52, 0.4, 0.25];
const MINUTE = 60_000;

/** The answer an examinee gives, right or wrong, in the order they see the options. */
function demoResponse(item: BankItem, drawn: DrawnItem, seed: string, isRight: boolean): ExamResponse {
  const shown = (n: number): number[] => drawn.optionOrder ?? [...Array(n).keys()];
  switch (item.type) {
    case 'single': {
      const order = shown(item.options.length);
      const key = order.findIndex((k) => compare(item.options[k]!.weight, frac(1)) === 0);
      return { type: 'single', choice: isRight ? key : (key + 1) % order.length };
    }
    case 'multiple': {
      const order = shown(item.options.length);
      const keys = order.flatMap((k, d) => (compare(item.options[k]!.weight, frac(0)) > 0 ? [d] : []));
      return { type: 'multiple', choices: isRight ? keys : [keys[0]!, order.findIndex((k) => item.options[k]!.weight.num < 0)] };
    }
    case 'truefalse':
      return { type: 'truefalse', answer: isRight ? item.answer : !item.answer };
    case 'matching': {
      const rights = shownRights(item, rightsOrder(item, seed, drawn.optionOrder));
      const right = item.pairs.map((p) => rights.indexOf(p.right));
      return { type: 'matching', rights: isRight ? right : right.map((_, i) => right[(i + 1) % right.length]!) };
    }
    case 'short':
      return { type: 'short', text: isRight ? item.answers[0]!.text.toLowerCase() : 'білмеймін' };
    case 'numeric':
      return { type: 'numeric', text: isRight ? item.answers[0]!.value : '75' };
    case 'essay':
      return { type: 'essay', text: 'Демо жауап.' };
    default:
      return assertNever(item);
  }
}

/** One examinee answers `count` items of their variant (all when null), minute by minute from `from`. */
function answerSome(db: Database.Database, examineeId: number, bank: Map<string, BankItem>, ability: number, count: number | null, from: Date): Date {
  const variant = variantOf(examineeRow(db, examineeId));
  const rng = seededRng(`demo-sitting\u0000${examineeId}`);
  const items = variant.items.slice(0, count ?? variant.items.length);
  let at = from;
  for (const drawn of items) {
    at = new Date(at.getTime() + MINUTE + rng.below(40) * 1000);
    const isRight = rng.below(1000) < ability * 1000;
    saveAnswer(db, { examineeId, ref: itemRef(variant.seed, drawn.id), response: demoResponse(bank.get(drawn.id)!, drawn, variant.seed, isRight) }, at);
  }
  return at;
}

/**
 * The demo's test sitting: 001's final test (20 items drawn from a 24-item demo bank, 40
 * minutes) for the demo cohort's listeners, admitted in name order: 8 finished and scored,
 * 2 still writing, 2 not started. Returns the sitting id.
 */
export function loadDemoSitting(db: Database.Database, cohortId: number, now: Date): number {
  return db.transaction(() => {
    const { programme_id: programmeId } = prepared(db, 'SELECT programme_id FROM cohort WHERE id = ?').get(cohortId) as { programme_id: number };
    const bank = demoBank();
    const start = new Date(now.getTime() - 70 * MINUTE);
    const bankId = saveBank(db, { programmeId, name: '001: қорытынды тест (демо банк)', sourceFile: null, format: 'attesta' }, bank, start);
    const sittingId = createSitting(
      db,
      { cohortId, bankId, blueprint: KZ_001_FINAL_TEST, kind: 'final', heldOn: now.toISOString().slice(0, 10), place: 'Астана, 105-компьютерлік сынып', timeLimitMinutes: 40, layout: 'one', seed: 'demo-001-final' },
      'demo',
      start,
    );
    const listeners = prepared(db, 'SELECT id FROM listener WHERE cohort_id = ? AND deleted_at IS NULL ORDER BY id').all(cohortId) as { id: number }[];
    const admitted = admit(db, { sittingId, listenerIds: listeners.map((l) => l.id) }, 'demo', new Date(start.getTime() + 5 * MINUTE));
    const byId = new Map(bank.items.map((i) => [i.id, i]));
    admitted.forEach((a, i) => {
      if (i < ABILITY.length) {
        const began = new Date(start.getTime() + (10 + i) * MINUTE);
        startExam(db, { examineeId: a.examineeId }, began);
        const last = answerSome(db, a.examineeId, byId, ABILITY[i]!, null, began);
        submitExam(db, { examineeId: a.examineeId }, new Date(last.getTime() + MINUTE));
      } else if (i < ABILITY.length + 2) {
        const began = new Date(now.getTime() - (20 - 3 * (i - ABILITY.length)) * MINUTE);
        startExam(db, { examineeId: a.examineeId }, began);
        answerSome(db, a.examineeId, byId, 0.7, 6 + i - ABILITY.length, began);
      }
    });
    return sittingId;
  })();
}
