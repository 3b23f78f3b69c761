import type Database from 'better-sqlite3';
import type { BankView } from '../../../../shared/api/channels/banks-types';
import { baseId } from '../../../../shared/domain/bank/ids';
import { checkItem } from '../../../../shared/domain/bank/item-check';
import type { BankItem } from '../../../../shared/domain/bank/types';
import { AppError } from '../../../../shared/domain/errors';
import type { ItemDraftInput } from '../../../../shared/schemas/bank-item-schema';
import { binItem, binRow, dropBinRow, insertItem, itemKeys, sittingsUsing, updateItem } from '../../db/repos/bank-items';
import { deleteBank } from '../../db/repos/banks';
import { forgetBank } from '../sittings/store';
import { bankView, requireBank } from './view';

/**
 * Refuses any change to a bank a test sitting uses: sittings score from the bank's items and
 * keep only their ids, so a changed key would change results already given (released or not).
 */
function assertEditable(db: Database.Database, bankId: number): void {
  requireBank(db, bankId);
  const n = sittingsUsing(db, bankId);
  if (n > 0) throw new AppError('locked', `bank ${bankId} is used by ${n} test sitting(s): its items cannot change. Import the file again as a new bank to edit it`, 'bankId');
}

/** A fresh id for a new item: its name (or a hash of its text), then `~2`, `~3` … if taken. */
function newId(taken: ReadonlySet<string>, draft: ItemDraftInput): string {
  const base = baseId(draft);
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}~${n}`;
  return id;
}

/** What `bank:item-save` takes. */
export type ItemSaveInput = { bankId: number; itemId?: string | undefined; topic: string[]; item: ItemDraftInput };

/** Creates or replaces one item after checking it (checkItem); the first problem is the error, on its field. */
export function saveItem(db: Database.Database, input: ItemSaveInput): { itemId: string; bank: BankView } {
  assertEditable(db, input.bankId);
  const problem = checkItem(input.item)[0];
  if (problem) throw new AppError('bad_input', `the item cannot be saved: ${problem.code} (${problem.field})`, `item.${problem.field}`);
  const itemId = db.transaction(() => {
    const taken = itemKeys(db, input.bankId);
    if (input.itemId !== undefined && !taken.has(input.itemId)) throw new AppError('not_found', `bank ${input.bankId} has no item "${input.itemId}"`, 'itemId');
    const id = input.itemId ?? newId(taken, input.item);
    const item = { ...input.item, id, topic: input.topic } satisfies BankItem;
    if (input.itemId === undefined) insertItem(db, input.bankId, item);
    else updateItem(db, input.bankId, item);
    return id;
  })();
  forgetBank(db, input.bankId);
  return { itemId, bank: bankView(db, input.bankId) };
}

/** Moves an item to the bank's recycle bin. */
export function deleteItem(db: Database.Database, bankId: number, itemId: string, now: Date): { binId: number; bank: BankView } {
  assertEditable(db, bankId);
  const binId = db.transaction(() => binItem(db, bankId, itemId, now))();
  forgetBank(db, bankId);
  return { binId, bank: bankView(db, bankId) };
}

/** Puts a binned item back where it was (its place, when still free) under its own id. */
export function restoreItem(db: Database.Database, binId: number): { itemId: string; bank: BankView } {
  const row = binRow(db, binId);
  assertEditable(db, row.bank_id);
  db.transaction(() => {
    const item = { ...(JSON.parse(row.body) as Omit<BankItem, 'id' | 'topic'>), id: row.item_key, topic: JSON.parse(row.path) as string[] } as BankItem;
    dropBinRow(db, binId);
    insertItem(db, row.bank_id, item, row.position);
  })();
  forgetBank(db, row.bank_id);
  return { itemId: row.item_key, bank: bankView(db, row.bank_id) };
}

/** Deletes a whole bank (topics, items, bin); refused while a sitting uses it. */
export function deleteWholeBank(db: Database.Database, bankId: number): { deleted: number } {
  assertEditable(db, bankId);
  deleteBank(db, bankId);
  forgetBank(db, bankId);
  return { deleted: bankId };
}
