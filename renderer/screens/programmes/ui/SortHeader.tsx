/** Which way a column is sorted. */
export type SortDir = 'asc' | 'desc';

/** A sort: the column key and the direction. */
export type Sort<K extends string> = { key: K; dir: SortDir };

type Props<K extends string> = { label: string; column: K; sort: Sort<K>; onSort: (s: Sort<K>) => void; className?: string };

/** A column header that sorts on click (and Enter/Space), announcing its state with aria-sort. */
export function SortHeader<K extends string>({ label, column, sort, onSort, className }: Props<K>) {
  const isActive = sort.key === column;
  const dir = isActive ? sort.dir : null;
  return (
    <th className={className} aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}>
      <button
        type="button"
        className="pf-sort"
        data-testid={`sort-${column}`}
        onClick={() => onSort({ key: column, dir: isActive && sort.dir === 'asc' ? 'desc' : 'asc' })}
      >
        {label}
        <span className="pf-sort-mark" aria-hidden="true">
          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

/** The Kazakh Cyrillic alphabet in its order (Ә after А, Ғ after Г, … Һ after Х, І after Ы). */
const KAZAKH = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';

/**
 * Text in Kazakh alphabetical order, letter by letter, whatever the browser's ICU knows:
 * Chromium's trimmed ICU has no Kazakh tailoring and would sort І as И. Other characters
 * (Latin, digits) go by the UI collator.
 */
export function compareText(a: string, b: string, collator: Intl.Collator): number {
  const x = a.toLocaleLowerCase('kk');
  const y = b.toLocaleLowerCase('kk');
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    const p = KAZAKH.indexOf(x[i] ?? '');
    const q = KAZAKH.indexOf(y[i] ?? '');
    if (p >= 0 && q >= 0) {
      if (p !== q) return p - q;
    } else if (x[i] !== y[i]) {
      return collator.compare(x.slice(i), y.slice(i));
    }
  }
  return x.length - y.length;
}

/** Compares two values for a sort: text in Kazakh alphabetical order, numbers as numbers, empty last. */
export function compareValues(a: string | number | null, b: string | number | null, collator: Intl.Collator): number {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : compareText(String(a), String(b), collator);
}
