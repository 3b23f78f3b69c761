import { useEffect, useState } from 'react';
import type { Admission } from '../../../../shared/api/channels/people-types';
import { call } from '../../../api/client';

/** How many admissions are asked for at once. */
const BATCH = 16;

/**
 * Admissions of the listeners in `ids`, asked for only once each (null while loading or when
 * unavailable). A long list asks only for the rows in sight; `round` forgets them all (after a change).
 */
export function useAdmissions(ids: readonly number[], round: unknown): ReadonlyMap<number, Admission | null> {
  const [known, setKnown] = useState<{ round: unknown; map: ReadonlyMap<number, Admission | null> }>({ round, map: new Map() });
  const map = known.round === round ? known.map : new Map<number, Admission | null>();
  const missing = ids.filter((id) => !map.has(id));
  const key = missing.join(',');
  useEffect(() => {
    if (missing.length === 0) return;
    let isCurrent = true;
    void (async () => {
      for (let i = 0; i < missing.length && isCurrent; i += BATCH) {
        const part = missing.slice(i, i + BATCH);
        const got = await Promise.all(part.map((listenerId) => call('admission:get', { listenerId }).catch(() => null)));
        if (!isCurrent) return;
        setKnown((k) => {
          const next = new Map(k.round === round ? k.map : []);
          part.forEach((id, j) => next.set(id, got[j] ?? null));
          return { round, map: next };
        });
      }
    })();
    return () => {
      isCurrent = false;
    };
    // `missing` is named by `key`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round]);
  return map;
}
