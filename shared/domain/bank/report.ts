import { pathKey, type Bank, type ItemType, type ParsedBank, type TopicPath } from './types';

/** What `attesta import-bank` prints (decisions §4). */
export type ImportReport = {
  items: number;
  byType: Record<ItemType, number>;
  topics: { path: string[]; items: number }[];
  handScored: { where: string; name: string }[];
  errors: { where: string; message: string }[];
  unsupported: { where: string; type: string }[];
};

/** Every topic of a parse: the declared ones, then any an item uses that was not declared. */
export function allTopics(parsed: Pick<ParsedBank, 'topics' | 'entries'>): TopicPath[] {
  const seen = new Map<string, TopicPath>();
  for (const t of parsed.topics) if (!seen.has(pathKey(t))) seen.set(pathKey(t), t);
  for (const { item } of parsed.entries) if (!seen.has(pathKey(item.topic))) seen.set(pathKey(item.topic), item.topic);
  return [...seen.values()];
}

/** The bank a parse describes (items in file order, topics in first-seen order). */
export function bankOf(parsed: ParsedBank): Bank {
  return { topics: allTopics(parsed), items: parsed.entries.map((e) => e.item) };
}

/** Summarises a parse as the import report: counts by type and topic, essays, errors, unsupported. */
export function importReport(parsed: ParsedBank): ImportReport {
  const byType = { single: 0, multiple: 0, truefalse: 0, matching: 0, short: 0, numeric: 0, essay: 0 } satisfies Record<ItemType, number>;
  const perTopic = new Map<string, number>();
  for (const { item } of parsed.entries) {
    byType[item.type] += 1;
    perTopic.set(pathKey(item.topic), (perTopic.get(pathKey(item.topic)) ?? 0) + 1);
  }
  return {
    items: parsed.entries.length,
    byType,
    topics: allTopics(parsed).map((path) => ({ path: [...path], items: perTopic.get(pathKey(path)) ?? 0 })),
    handScored: parsed.entries.filter((e) => e.item.type === 'essay').map((e) => ({ where: e.where, name: e.item.id })),
    errors: parsed.errors.map((e) => ({ where: e.where, message: e.message })),
    unsupported: parsed.unsupported.map((u) => ({ where: u.where, type: u.type })),
  };
}
