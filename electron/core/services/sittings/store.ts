import type Database from 'better-sqlite3';
import type { ExamResponse } from '../../../../shared/api/channels/sittings';
import type { ExamineeStatus, SittingKind, SittingLayout, SittingStatus, SubmittedBy } from '../../../../shared/api/channels/sittings-types';
import { blueprintSchema, type Blueprint } from '../../../../shared/domain/bank/blueprint';
import type { DrawnItem } from '../../../../shared/domain/bank/draw';
import type { Bank, BankItem } from '../../../../shared/domain/bank/types';
import { AppError } from '../../../../shared/domain/errors';
import { frac, type Fraction } from '../../../../shared/domain/fraction';
import type { Design } from '../../../../shared/schemas/design-schema';
import { prepared } from '../../db/prepared';
import { loadBank } from '../../db/repos/banks';
import { getTemplate } from '../templates';

/** A sitting as stored. */
export type SittingRow = {
  id: number; cohort_id: number; bank_id: number; blueprint: string; grade_scale: string | null; seed: string; kind: SittingKind;
  held_on: string; place: string | null; time_limit_minutes: number | null; layout: SittingLayout; entrance_id: number | null;
  created_at: string; opened_at: string; released_at: string | null; results_hash: string | null; locked_at: string | null;
};

/** An examinee as stored, with the listener's name. */
export type ExamineeDbRow = {
  id: number; sitting_id: number; listener_id: number; full_name: string; number: number; admitted_at: string; variant: string;
  started_at: string | null; deadline_at: string | null; submitted_at: string | null; submitted_by: SubmittedBy | null; position: number;
  points_num: number | null; points_den: number | null; max_num: number | null; max_den: number | null; pending_essays: number; band: string | null;
};

/** An examinee's variant as stored: the draw's seed, and each item with the option order shown. */
export type StoredVariant = { seed: string; items: DrawnItem[] };

/** A sitting with what scoring needs: its blueprint, its bank (items by id) and its grade scale. */
export type LoadedSitting = { row: SittingRow; blueprint: Blueprint; bank: Bank; byId: ReadonlyMap<string, BankItem>; design: Design | null };

/** A bank in use by a sitting is never edited or deleted, so each is parsed once per connection (forgetBank after an edit). */
const banks = new WeakMap<Database.Database, Map<number, { bank: Bank; byId: Map<string, BankItem> }>>();

function bankOf(db: Database.Database, bankId: number): { bank: Bank; byId: Map<string, BankItem> } {
  let perDb = banks.get(db);
  if (!perDb) banks.set(db, (perDb = new Map()));
  let entry = perDb.get(bankId);
  if (!entry) {
    const bank = loadBank(db, bankId);
    if (!bank) throw new AppError('not_found', `no bank ${bankId}`, 'bankId');
    entry = { bank, byId: new Map(bank.items.map((i) => [i.id, i])) };
    perDb.set(bankId, entry);
  }
  return entry;
}

/** Drops a bank's parsed copy after its items changed (only a bank no sitting uses can change). */
export function forgetBank(db: Database.Database, bankId: number): void {
  banks.get(db)?.delete(bankId);
}

/** A stored bank with its items by id; `not_found` when missing. */
export function bankById(db: Database.Database, bankId: number): { bank: Bank; byId: ReadonlyMap<string, BankItem> } {
  return bankOf(db, bankId);
}

/** The stored sitting; `not_found` when missing. */
export function sittingRow(db: Database.Database, sittingId: number): SittingRow {
  const row = prepared(db, 'SELECT * FROM sitting WHERE id = ?').get(sittingId) as SittingRow | undefined;
  if (!row) throw new AppError('not_found', `no sitting ${sittingId}`, 'sittingId');
  return row;
}

/** A sitting with its blueprint, bank and grade scale. */
export function loadSitting(db: Database.Database, sittingId: number): LoadedSitting {
  const row = sittingRow(db, sittingId);
  const { bank, byId } = bankOf(db, row.bank_id);
  return { row, blueprint: blueprintSchema.parse(JSON.parse(row.blueprint)), bank, byId, design: row.grade_scale ? getTemplate(db, row.grade_scale) : null };
}

/** Open, released (results locked and visible) or closed (tokens stop working). */
export function statusOf(row: Pick<SittingRow, 'released_at' | 'locked_at'>): SittingStatus {
  if (row.locked_at) return 'closed';
  return row.released_at ? 'released' : 'open';
}

const EXAMINEE = 'SELECT e.*, l.full_name FROM examinee e JOIN listener l ON l.id = e.listener_id';

/** One examinee; `not_found` when missing. */
export function examineeRow(db: Database.Database, examineeId: number): ExamineeDbRow {
  const row = prepared(db, `${EXAMINEE} WHERE e.id = ?`).get(examineeId) as ExamineeDbRow | undefined;
  if (!row) throw new AppError('not_found', `no examinee ${examineeId}`, 'examineeId');
  return row;
}

/** The examinees of a sitting by number. */
export function examineesOf(db: Database.Database, sittingId: number): ExamineeDbRow[] {
  return prepared(db, `${EXAMINEE} WHERE e.sitting_id = ? ORDER BY e.number`).all(sittingId) as ExamineeDbRow[];
}

/** An examinee's stored variant. */
export function variantOf(row: Pick<ExamineeDbRow, 'variant'>): StoredVariant {
  return JSON.parse(row.variant) as StoredVariant;
}

/** Where an examinee is, given whether the sitting's results are out. */
export function examineeStatus(row: Pick<ExamineeDbRow, 'started_at' | 'submitted_at'>, sitting: Pick<SittingRow, 'released_at'>): ExamineeStatus {
  if (row.submitted_at) return 'submitted';
  if (row.started_at) return 'in_progress';
  return sitting.released_at ? 'absent' : 'ready';
}

/** One saved answer. */
export type AnswerRow = { item_key: string; response: string | null; flagged: number; saved_at: string };

/** An examinee's saved answers by item id. */
export function answersOf(db: Database.Database, examineeId: number): Map<string, AnswerRow> {
  const rows = prepared(db, 'SELECT item_key, response, flagged, saved_at FROM answer WHERE examinee_id = ?').all(examineeId) as AnswerRow[];
  return new Map(rows.map((r) => [r.item_key, r]));
}

/** The response of a saved answer, or null when only a flag was saved. */
export function responseOf(row: AnswerRow | undefined): ExamResponse | null {
  return row?.response ? (JSON.parse(row.response) as ExamResponse) : null;
}

/** An examinee's hand scores (essays) by item id, in points. */
export function handScoresOf(db: Database.Database, examineeId: number): Map<string, Fraction> {
  const rows = prepared(db, 'SELECT item_key, points_num, points_den FROM hand_score WHERE examinee_id = ?').all(examineeId) as { item_key: string; points_num: number; points_den: number }[];
  return new Map(rows.map((r) => [r.item_key, frac(r.points_num, r.points_den)]));
}

/** Refuses a change to a sitting whose results are released or that is closed. */
export function assertOpen(row: SittingRow): void {
  if (row.locked_at) throw new AppError('locked', 'this sitting is closed', 'sittingId');
  if (row.released_at) throw new AppError('locked', 'the results of this sitting are released and locked', 'sittingId');
}
