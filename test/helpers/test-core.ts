import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/envelope';
import { openCore, type Core } from '../../electron/core/core';
import { dispatch } from '../../electron/core/dispatch';
import { tempDir } from './temp-dir';

/** A core over a real SQLite file in a temp folder, called through dispatch as every host calls it. */
export type TestCore = {
  /** The open core (a new one per test, or one per file). */
  readonly core: Core;
  /** Calls a channel; a refusal throws an Error "code: message" carrying the error's fields. */
  call: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelResult<C>>;
  /** Calls a channel that must refuse, and returns the refusal. */
  failure: (channel: Channel, input: unknown) => Promise<ApiError>;
};

/** The commission most tests sit: a chair, four members and a secretary, with Kazakh names. */
export const COMMISSION = [
  { fullName: 'Тәжібаева Сәуле', role: 'chair' },
  { fullName: 'Омаров Қайрат', role: 'member' },
  { fullName: 'Ғабдуллина Нәзира', role: 'member' },
  { fullName: 'Есенов Мұрат', role: 'member' },
  { fullName: 'Байжанова Ләззат', role: 'member' },
  { fullName: 'Серікова Аружан', role: 'secretary' },
] as const satisfies readonly { fullName: string; role: 'chair' | 'member' | 'secretary' }[];

/**
 * Opens a core in a fresh temp data folder before each test (or once for the file, `perFile`)
 * and closes and removes it after.
 */
export function useTestCore(options: { now?: () => Date; perFile?: boolean } = {}): TestCore {
  let core: Core | null = null;
  let remove = (): void => undefined;
  const [before, after] = options.perFile ? [beforeAll, afterAll] : [beforeEach, afterEach];
  before(() => {
    const t = tempDir();
    remove = t.remove;
    core = openCore(t.dir, options.now ? { now: options.now } : {});
  });
  after(() => {
    core?.close();
    core = null;
    remove();
  });
  const open = (): Core => {
    if (!core) throw new Error('the test core is not open (use it inside a test)');
    return core;
  };
  return {
    get core() {
      return open();
    },
    call: async (channel, input) => {
      const e = await dispatch(open().handlers, channel, input);
      if (!e.ok) throw Object.assign(new Error(`${e.error.code}: ${e.error.message}`), e.error);
      return e.value as never;
    },
    failure: async (channel, input) => {
      const e = await dispatch(open().handlers, channel, input);
      if (e.ok) throw new Error(`expected ${channel} to be refused`);
      return e.error;
    },
  };
}
