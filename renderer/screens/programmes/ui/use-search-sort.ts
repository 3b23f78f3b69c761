import { useMemo, useState } from 'react';
import type { Lang } from '../../../../shared/domain/localized';
import { compareValues, type Sort } from './SortHeader';

/** How a list is searched and sorted: the texts a query looks in, and each column's value. */
export type SearchSortSpec<T, K extends string> = {
  /** The texts a query is looked for in (case-insensitive, in the interface language). */
  haystack?: (row: T) => readonly string[];
  /** A row's value in a sortable column (null sorts last). */
  value: (row: T, key: K) => string | number | null;
  /** The collation locale; the interface language by default. */
  locale?: string;
  collatorOptions?: Intl.CollatorOptions;
  /** Anything else `value` reads that may change (e.g. data loaded later); the rows re-sort when it does. */
  also?: unknown;
};

/**
 * The search box and sortable columns of a list screen: the query, the sort, and the rows that
 * match it in order. One hook for the programme, cohort and listener lists.
 */
export function useSearchSort<T, K extends string>(items: readonly T[], initial: Sort<K>, lang: Lang, spec: SearchSortSpec<T, K>) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort<K>>(initial);
  const { haystack, value, locale, collatorOptions, also } = spec;
  const rows = useMemo(() => {
    const q = query.trim().toLocaleLowerCase(lang);
    const collator = new Intl.Collator(locale ?? (lang === 'en' ? 'en' : lang === 'kk' ? 'kk' : 'ru'), collatorOptions);
    const found = q === '' || !haystack ? items : items.filter((row) => haystack(row).some((s) => s.toLocaleLowerCase(lang).includes(q)));
    const sign = sort.dir === 'asc' ? 1 : -1;
    return [...found].sort((a, b) => sign * compareValues(value(a, sort.key), value(b, sort.key), collator));
    // the spec's functions are rebuilt each render from the same inputs: items, query, sort, lang, also
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, query, sort, lang, locale, also]);
  return { query, setQuery, sort, setSort, rows };
}
