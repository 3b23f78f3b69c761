import type { ItemType } from '../../../shared/domain/bank/types';

/** One icon per item type, beside its name (never the only signal). */
export const TYPE_ICONS: Record<ItemType, string> = {
  single: '◉',
  multiple: '☑',
  truefalse: '±',
  matching: '⇄',
  short: 'Aa',
  numeric: '#',
  essay: '¶',
};

/** The item types in the editor's order. */
export const TYPE_LIST: readonly ItemType[] = ['single', 'multiple', 'truefalse', 'matching', 'short', 'numeric', 'essay'];

/** A topic path as one line. */
export function pathText(path: readonly string[]): string {
  return path.join(' / ');
}
