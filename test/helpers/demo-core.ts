import { afterAll, beforeAll } from 'vitest';
import { openCore, type Core } from '../../electron/core/core';
import { dispatch } from '../../electron/core/dispatch';
import type { Channel, DemoIds } from '../../shared/api/contract';
import { tempDir } from './temp-dir';

/** A core over a temp data folder with the demo loaded once for the test file, and a channel caller. */
export type DemoCore = {
  readonly core: Core;
  readonly ids: { programme: number; cohort: number; session: number; sitting: number };
  readonly dir: string;
  /** Calls a channel as a host would; a refusal throws an Error "code: message" carrying the error's fields. */
  call: (channel: Channel, input: unknown) => Promise<unknown>;
};

/** Opens the core and loads the demo before the file's tests (`now` fixes the clock), closes and removes it after. */
export function useDemoCore(options: { now?: () => Date } = {}): DemoCore {
  const t = tempDir();
  const state = {} as { core: Core; ids: DemoCore['ids'] };
  const call = async (channel: Channel, input: unknown): Promise<unknown> => {
    const e = await dispatch(state.core.handlers, channel, input);
    if (!e.ok) throw Object.assign(new Error(`${e.error.code}: ${e.error.message}`), e.error);
    return e.value;
  };
  beforeAll(async () => {
    state.core = openCore(t.dir, options.now ? { now: options.now } : {});
    const ids = (await call('demo:load', {})) as DemoIds;
    if (ids.sitting === null) throw new Error('the demo has no test sitting');
    state.ids = { ...ids, sitting: ids.sitting };
  });
  afterAll(() => {
    state.core.close();
    t.remove();
  });
  return {
    get core() {
      return state.core;
    },
    get ids() {
      return state.ids;
    },
    dir: t.dir,
    call,
  };
}
