import { useEffect, useState } from 'react';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/api/contract';
import { call } from './client';

/** Where one call stands. `idle` when there is nothing to ask yet. */
export type CallState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; value: T }
  | { status: 'failed'; error: unknown };

/**
 * Calls a channel whenever its input changes (compared as JSON) and keeps only the answer
 * to the latest input, so a slow early answer never overwrites a later one.
 */
export function useCall<C extends Channel>(channel: C, input: ChannelInput<C> | null): CallState<ChannelResult<C>> {
  const [state, setState] = useState<CallState<ChannelResult<C>>>(input === null ? { status: 'idle' } : { status: 'loading' });
  const key = input === null ? null : JSON.stringify(input);
  useEffect(() => {
    if (key === null || input === null) {
      setState({ status: 'idle' });
      return;
    }
    let isCurrent = true;
    setState((s) => (s.status === 'done' ? s : { status: 'loading' }));
    call(channel, input).then(
      (value) => isCurrent && setState({ status: 'done', value }),
      (error: unknown) => isCurrent && setState({ status: 'failed', error }),
    );
    return () => {
      isCurrent = false;
    };
    // `key` stands for `input`: a new object with the same content must not call again.
  }, [channel, key]);
  return state;
}
