import type Database from 'better-sqlite3';
import type { BankSummary, BankView, BinEntry, TopicNode } from '../../../../shared/api/channels/banks-types';
import { hasKey } from '../../../../shared/domain/bank/scoring';
import { pathKey, type Bank, type BankItem } from '../../../../shared/domain/bank/types';
import { AppError } from '../../../../shared/domain/errors';
import { binRows, sittingsUsing, topicRows, type TopicRow } from '../../db/repos/bank-items';
import { listBanks, loadBank } from '../../db/repos/banks';

/** The stored banks, newest first (optionally of one programme), each with the sittings that use it. */
export function bankSummaries(db: Database.Database, programmeId: number | null): BankSummary[] {
  return listBanks(db, programmeId).map((b) => ({ ...b, sittings: sittingsUsing(db, b.id) }));
}

/** A stored bank as it is; `not_found` when missing. */
export function requireBank(db: Database.Database, bankId: number): Bank {
  const bank = loadBank(db, bankId);
  if (!bank) throw new AppError('not_found', `there is no bank ${bankId}`, 'bankId');
  return bank;
}

/** The tree in reading order: each topic, then its children by their position. */
function topicTree(rows: readonly TopicRow[], items: readonly BankItem[]): TopicNode[] {
  const children = new Map<number | null, TopicRow[]>();
  for (const r of rows) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);
  const direct = new Map<string, number>();
  const below = new Map<string, number>();
  for (const i of items) {
    direct.set(pathKey(i.topic), (direct.get(pathKey(i.topic)) ?? 0) + 1);
    for (let d = 0; d <= i.topic.length; d += 1) below.set(pathKey(i.topic.slice(0, d)), (below.get(pathKey(i.topic.slice(0, d))) ?? 0) + 1);
  }
  const out: TopicNode[] = [];
  const visit = (row: TopicRow): void => {
    const path = JSON.parse(row.path) as string[];
    out.push({
      path, name: path.at(-1) ?? '', depth: path.length, items: direct.get(pathKey(path)) ?? 0,
      total: below.get(pathKey(path)) ?? 0, declared: row.is_declared === 1,
    });
    for (const c of (children.get(row.id) ?? []).sort((a, b) => a.position - b.position)) visit(c);
  };
  for (const root of children.get(null) ?? []) visit(root);
  return out;
}

function binOf(db: Database.Database, bankId: number): BinEntry[] {
  return binRows(db, bankId).map((r) => ({
    id: r.id, itemId: r.item_key, type: r.type, text: (JSON.parse(r.body) as { text: string }).text, topic: JSON.parse(r.path) as string[], deletedAt: r.deleted_at,
  }));
}

/** A bank with its topic tree (counts per topic and below), items (keys included) and recycle bin. */
export function bankView(db: Database.Database, bankId: number): BankView {
  const bank = requireBank(db, bankId);
  return {
    bank: bankSummaries(db, null).find((b) => b.id === bankId)!,
    topics: topicTree(topicRows(db, bankId), bank.items),
    items: bank.items.map((i) => ({ ...i, hasKey: hasKey(i) })),
    bin: binOf(db, bankId),
  };
}
