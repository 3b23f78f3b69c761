import type { TFunction } from 'i18next';
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

/** Where in a file the core found something (`line 12`, `row 5`), in the UI language. */
export function whereText(t: TFunction, where: string): string {
  const m = /^(line|row) (\d+)(.*)$/.exec(where);
  return m ? `${t(m[1] === 'line' ? 'banks.import.line' : 'banks.import.row', { n: m[2] })}${m[3]}` : where;
}
