import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallState } from '../../../api/use-call';

/** A loaded value, a way to load it again, and a way to replace it with a fresher answer. */
export type Loaded<T> = { state: CallState<T>; reload: () => void; replace: (value: T) => void };

/**
 * Runs `load` when `key` changes and on `reload()`; only the latest answer is kept. Unlike
 * useCall it can load several channels at once and be refreshed after a change.
 */
export function useLoad<T>(load: () => Promise<T>, key: string | null): Loaded<T> {
  const [state, setState] = useState<CallState<T>>(key === null ? { status: 'idle' } : { status: 'loading' });
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  // Declared before the loading effect, so it runs first: the load below is always the latest.
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    let isCurrent = true;
    setState((s) => (s.status === 'done' ? s : { status: 'loading' }));
    loadRef.current().then(
      (value) => isCurrent && setState({ status: 'done', value }),
      (error: unknown) => isCurrent && setState({ status: 'failed', error }),
    );
    return () => {
      isCurrent = false;
    };
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const replace = useCallback((value: T) => setState({ status: 'done', value }), []);
  return { state, reload, replace };
}
