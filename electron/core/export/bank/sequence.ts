import { pathKey, type Bank, type BankItem, type TopicPath } from '../../../../shared/domain/bank/types';

/** What an export writes, in order: a category switch or an item. */
export type ExportStep = { kind: 'topic'; path: TopicPath } | { kind: 'item'; item: BankItem };

/**
 * Items in their own order, with a category written whenever the topic changes and declared
 * empty topics written where they were first seen, so that reading the export back gives the
 * same topics in the same order and the same items (hence the same ids).
 */
export function exportSequence(bank: Bank): ExportStep[] {
  const steps: ExportStep[] = [];
  const emitted = new Set<string>();
  const order = bank.topics.map(pathKey);
  let current: string | null = null;
  const emit = (path: TopicPath): void => {
    steps.push({ kind: 'topic', path });
    emitted.add(pathKey(path));
    current = pathKey(path);
  };
  const emitDeclaredBefore = (limit: number): void => {
    bank.topics.slice(0, limit).forEach((t) => {
      if (!emitted.has(pathKey(t))) emit(t);
    });
  };
  for (const item of bank.items) {
    const key = pathKey(item.topic);
    if (key !== current) {
      const at = order.indexOf(key);
      emitDeclaredBefore(at < 0 ? 0 : at);
      emit(item.topic);
    }
    steps.push({ kind: 'item', item });
  }
  emitDeclaredBefore(bank.topics.length);
  return steps;
}
