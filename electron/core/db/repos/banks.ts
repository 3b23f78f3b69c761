import type Database from 'better-sqlite3';
import type { Bank, BankItem, TopicPath } from '../../../../shared/domain/bank/types';
import { pathKey } from '../../../../shared/domain/bank/types';
import { AppError } from '../../../../shared/domain/errors';

/** Where a stored bank came from. */
export type BankSource = { programmeId: number | null; name: string; sourceFile: string | null; format: 'gift' | 'aiken' | 'moodle-xml' | 'xlsx' | 'attesta' };

/** A stored bank in a list. */
export type BankSummary = { id: number; programmeId: number | null; name: string; format: string; items: number; createdAt: string };

type ItemRow = { item_key: string; path: string; body: string };

/** True when a programme with this id exists. */
export function programmeExists(db: Database.Database, id: number): boolean {
  return db.prepare('SELECT 1 FROM programme WHERE id = ?').get(id) !== undefined;
}

/** Every topic a bank needs: the root, each declared topic and each ancestor, parents first. */
function topicTree(bank: Bank): { path: TopicPath; declared: boolean }[] {
  const declared = new Set(bank.topics.map(pathKey));
  const all = new Map<string, TopicPath>([[pathKey([]), []]]);
  for (const path of [...bank.topics, ...bank.items.map((i) => i.topic)]) {
    for (let d = 1; d <= path.length; d += 1) {
      const p = path.slice(0, d);
      if (!all.has(pathKey(p))) all.set(pathKey(p), p);
    }
  }
  return [...all.values()].sort((a, b) => a.length - b.length).map((path) => ({ path, declared: declared.has(pathKey(path)) }));
}

/** Saves a parsed bank in one transaction: all of it or, on any failure, nothing. Returns its id. */
export function saveBank(db: Database.Database, source: BankSource, bank: Bank, now: Date): number {
  if (source.programmeId !== null && !programmeExists(db, source.programmeId)) {
    throw new AppError('not_found', `there is no programme ${source.programmeId}`, 'programme');
  }
  const insertBank = db.prepare('INSERT INTO bank (programme_id, name, source_file, source_format, created_at) VALUES (?, ?, ?, ?, ?)');
  const insertTopic = db.prepare('INSERT INTO topic (bank_id, parent_id, name, path, position, is_declared) VALUES (?, ?, ?, ?, ?, ?)');
  const insertItem = db.prepare('INSERT INTO item (bank_id, topic_id, item_key, type, position, body) VALUES (?, ?, ?, ?, ?, ?)');
  return db.transaction(() => {
    const bankId = Number(insertBank.run(source.programmeId, source.name, source.sourceFile, source.format, now.toISOString()).lastInsertRowid);
    const ids = new Map<string, number>();
    const order = new Map(bank.topics.map((t, i) => [pathKey(t), i]));
    topicTree(bank).forEach(({ path, declared }, k) => {
      const parent = path.length === 0 ? null : ids.get(pathKey(path.slice(0, -1)))!;
      const position = order.get(pathKey(path)) ?? bank.topics.length + k;
      const id = insertTopic.run(bankId, parent, path.at(-1) ?? '', JSON.stringify(path), position, declared ? 1 : 0).lastInsertRowid;
      ids.set(pathKey(path), Number(id));
    });
    bank.items.forEach((item, position) => {
      const { id, topic, ...body } = item;
      insertItem.run(bankId, ids.get(pathKey(topic))!, id, item.type, position, JSON.stringify(body));
    });
    return bankId;
  })();
}

/** The stored bank with this id (topics as declared, items in their order), or null. */
export function loadBank(db: Database.Database, bankId: number): Bank | null {
  if (!db.prepare('SELECT 1 FROM bank WHERE id = ?').get(bankId)) return null;
  const topics = db
    .prepare('SELECT path FROM topic WHERE bank_id = ? AND is_declared = 1 ORDER BY position')
    .all(bankId)
    .map((r) => JSON.parse((r as { path: string }).path) as string[]);
  const rows = db
    .prepare('SELECT i.item_key, t.path, i.body FROM item i JOIN topic t ON t.id = i.topic_id WHERE i.bank_id = ? ORDER BY i.position')
    .all(bankId) as ItemRow[];
  const items = rows.map((r) => ({ ...JSON.parse(r.body), id: r.item_key, topic: JSON.parse(r.path) as string[] }) as BankItem);
  return { topics, items };
}

/** The stored banks, newest first, optionally of one programme. */
export function listBanks(db: Database.Database, programmeId: number | null = null): BankSummary[] {
  return db
    .prepare(
      `SELECT b.id, b.programme_id AS programmeId, b.name, b.source_format AS format, b.created_at AS createdAt,
              (SELECT count(*) FROM item i WHERE i.bank_id = b.id) AS items
       FROM bank b WHERE ? IS NULL OR b.programme_id = ? ORDER BY b.id DESC`,
    )
    .all(programmeId, programmeId) as BankSummary[];
}

/** Deletes a bank with its topics and items; false when there was none. */
export function deleteBank(db: Database.Database, bankId: number): boolean {
  return db.prepare('DELETE FROM bank WHERE id = ?').run(bankId).changes > 0;
}
