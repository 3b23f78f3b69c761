/** Kazakh alphabetical order for names (Ә after А, Қ after К, … І near the end). */
export const KAZAKH_ORDER = new Intl.Collator('kk', { sensitivity: 'base', numeric: true });

/** Sorts a copy of `items` by a name, in Kazakh alphabetical order. */
export function byName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => KAZAKH_ORDER.compare(name(a), name(b)));
}
