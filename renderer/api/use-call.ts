import { useEffect, useRef, useState } from 'react';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/api/contract';
import { call } from './client';

/** Where one call stands. `idle` when there is nothing to ask yet. */
export type CallState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; value: T }
  | { status: 'failed'; error: unknown };

/**
 * Calls a channel whenever its input changes (compared as JSON), or when `refresh` changes
 * (a live view loading again), and keeps only the answer to the latest call, so a slow early
 * answer never overwrites a later one. A reload keeps the last answer on screen meanwhile,
 * and a failed reload of the same input keeps it too (a live view survives a dropped link).
 */
export function useCall<C extends Channel>(channel: C, input: ChannelInput<C> | null, refresh = 0): CallState<ChannelResult<C>> {
  const [state, setState] = useState<CallState<ChannelResult<C>>>(input === null ? { status: 'idle' } : { status: 'loading' });
  const key = input === null ? null : JSON.stringify(input);
  const doneKey = useRef<string | null>(null);
  useEffect(() => {
    if (key === null || input === null) {
      setState({ status: 'idle' });
      return;
    }
    let isCurrent = true;
    setState((s) => (s.status === 'done' ? s : { status: 'loading' }));
    call(channel, input).then(
      (value) => {
        if (!isCurrent) return;
        doneKey.current = `${channel}|${key}`;
        setState({ status: 'done', value });
      },
      (error: unknown) => {
        if (!isCurrent) return;
        const isReload = doneKey.current === `${channel}|${key}`;
        setState((s) => (isReload && s.status === 'done' ? s : { status: 'failed', error }));
      },
    );
    return () => {
      isCurrent = false;
    };
    // `key` stands for `input`: a new object with the same content must not call again.
  }, [channel, key, refresh]);
  return state;
}
