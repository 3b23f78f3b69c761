import { hashHex } from './random';
import type { BankItem } from './types';

/** The base id of an item: its trimmed name, or `q-` and a hash of its text when unnamed. */
export function baseId(item: Pick<BankItem, 'name' | 'text'>): string {
  const name = item.name?.trim();
  return name ? name : `q-${hashHex(item.text.trim())}`;
}

/**
 * Gives every item its stable id, in file order: the base id, then `~2`, `~3` … for repeats
 * (skipping any that a later name already spells, so ids stay unique).
 */
export function assignIds<T extends BankItem>(items: readonly T[]): T[] {
  const taken = new Set(items.map(baseId));
  const used = new Set<string>();
  const counts = new Map<string, number>();
  return items.map((item) => {
    const base = baseId(item);
    let id = base;
    if (used.has(base)) {
      let n = counts.get(base) ?? 1;
      do {
        n += 1;
        id = `${base}~${n}`;
      } while (used.has(id) || taken.has(id));
      counts.set(base, n);
    }
    used.add(id);
    return { ...item, id };
  });
}
