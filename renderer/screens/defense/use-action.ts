import { useCallback, useState } from 'react';
import { errorCode, type CallErrorCode } from '../../api/client';

/** One button's call: whether it runs, and the code of its last error (shown beside it). */
export type Action = { isBusy: boolean; error: CallErrorCode | null; run: (work: () => Promise<unknown>) => Promise<boolean>; clear: () => void };

/** Runs a write, remembering its error code until the next run; resolves true on success. */
export function useAction(onDone?: () => void): Action {
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<CallErrorCode | null>(null);
  const run = useCallback(
    async (work: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        await work();
        onDone?.();
        return true;
      } catch (e) {
        setError(errorCode(e));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onDone],
  );
  return { isBusy, error, run, clear: useCallback(() => setError(null), []) };
}
