import type Database from 'better-sqlite3';
import type { BankItem, TopicPath } from '../../../../shared/domain/bank/types';
import { AppError } from '../../../../shared/domain/errors';
import { prepared } from '../prepared';

/** A stored topic row of a bank. */
export type TopicRow = { id: number; parent_id: number | null; path: string; position: number; is_declared: number };

/** A row of the recycle bin. */
export type BinRow = { id: number; bank_id: number; item_key: string; path: string; type: BankItem['type']; position: number; body: string; deleted_at: string };

/** Every topic row of a bank (the root included). */
export function topicRows(db: Database.Database, bankId: number): TopicRow[] {
  return prepared(db, 'SELECT id, parent_id, path, position, is_declared FROM topic WHERE bank_id = ?').all(bankId) as TopicRow[];
}

/** The id of a topic, created (with its missing ancestors, declared) when the bank has none at that path. */
export function ensureTopic(db: Database.Database, bankId: number, path: TopicPath): number {
  const find = prepared(db, 'SELECT id FROM topic WHERE bank_id = ? AND path = ?');
  const next = prepared(db, 'SELECT coalesce(max(position), -1) + 1 AS p FROM topic WHERE bank_id = ?');
  const insert = prepared(db, 'INSERT INTO topic (bank_id, parent_id, name, path, position, is_declared) VALUES (?, ?, ?, ?, ?, 1)');
  let parent: number | null = null;
  for (let d = 0; d <= path.length; d += 1) {
    const p = path.slice(0, d);
    const found = find.get(bankId, JSON.stringify(p)) as { id: number } | undefined;
    if (found) parent = found.id;
    else {
      const { p: position } = next.get(bankId) as { p: number };
      parent = Number(insert.run(bankId, parent, p.at(-1) ?? '', JSON.stringify(p), position).lastInsertRowid);
    }
  }
  return parent!;
}

function bodyOf(item: BankItem): string {
  const { id: _id, topic: _topic, ...body } = item;
  return JSON.stringify(body);
}

/** The item keys a bank uses. */
export function itemKeys(db: Database.Database, bankId: number): Set<string> {
  const rows = prepared(db, 'SELECT item_key FROM item WHERE bank_id = ? UNION SELECT item_key FROM item_bin WHERE bank_id = ?').all(bankId, bankId) as { item_key: string }[];
  return new Set(rows.map((r) => r.item_key));
}

/** Adds an item at the end of the bank. */
export function insertItem(db: Database.Database, bankId: number, item: BankItem, position: number | null = null): void {
  const topicId = ensureTopic(db, bankId, item.topic);
  const free = position !== null && !prepared(db, 'SELECT 1 FROM item WHERE bank_id = ? AND position = ?').get(bankId, position);
  const at = free ? position : (prepared(db, 'SELECT coalesce(max(position), -1) + 1 AS p FROM item WHERE bank_id = ?').get(bankId) as { p: number }).p;
  prepared(db, 'INSERT INTO item (bank_id, topic_id, item_key, type, position, body) VALUES (?, ?, ?, ?, ?, ?)').run(bankId, topicId, item.id, item.type, at, bodyOf(item));
}

/** Replaces a stored item's content and topic, keeping its key and place. */
export function updateItem(db: Database.Database, bankId: number, item: BankItem): void {
  const topicId = ensureTopic(db, bankId, item.topic);
  const changed = prepared(db, 'UPDATE item SET topic_id = ?, type = ?, body = ? WHERE bank_id = ? AND item_key = ?').run(topicId, item.type, bodyOf(item), bankId, item.id).changes;
  if (changed === 0) throw new AppError('not_found', `bank ${bankId} has no item "${item.id}"`, 'itemId');
}

/** Moves an item into the recycle bin; returns the bin row's id. */
export function binItem(db: Database.Database, bankId: number, itemKey: string, now: Date): number {
  const row = prepared(db, 'SELECT i.id, i.type, i.position, i.body, t.path FROM item i JOIN topic t ON t.id = i.topic_id WHERE i.bank_id = ? AND i.item_key = ?').get(bankId, itemKey) as
    | { id: number; type: string; position: number; body: string; path: string }
    | undefined;
  if (!row) throw new AppError('not_found', `bank ${bankId} has no item "${itemKey}"`, 'itemId');
  const binId = prepared(db, 'INSERT INTO item_bin (bank_id, item_key, path, type, position, body, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(bankId, itemKey, row.path, row.type, row.position, row.body, now.toISOString()).lastInsertRowid;
  prepared(db, 'DELETE FROM item WHERE id = ?').run(row.id);
  return Number(binId);
}

/** One bin row; `not_found` when missing. */
export function binRow(db: Database.Database, binId: number): BinRow {
  const row = prepared(db, 'SELECT * FROM item_bin WHERE id = ?').get(binId) as BinRow | undefined;
  if (!row) throw new AppError('not_found', `the recycle bin has no entry ${binId}`, 'binId');
  return row;
}

/** The recycle bin of a bank, newest first. */
export function binRows(db: Database.Database, bankId: number): BinRow[] {
  return prepared(db, 'SELECT * FROM item_bin WHERE bank_id = ? ORDER BY id DESC').all(bankId) as BinRow[];
}

/** Removes a bin row (after its item went back). */
export function dropBinRow(db: Database.Database, binId: number): void {
  prepared(db, 'DELETE FROM item_bin WHERE id = ?').run(binId);
}

/** How many test sittings use a bank. */
export function sittingsUsing(db: Database.Database, bankId: number): number {
  return (prepared(db, 'SELECT count(*) AS n FROM sitting WHERE bank_id = ?').get(bankId) as { n: number }).n;
}
