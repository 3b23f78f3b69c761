import { JobRegistry } from './services/jobs';
import { EventEmitter } from 'node:events';
import { openStore, type OpenOptions } from './db/open';
import type { CoreContext } from './context';
import { createHandlers, type Handlers } from './handlers';

/** An open core: its context, its handlers, and how to close it. */
export type Core = { ctx: CoreContext; handlers: Handlers; close: () => void };

/** Opens the store in `dataDir` and builds the handlers every host serves. */
export function openCore(dataDir: string, options: OpenOptions = {}): Core {
  const now = options.now ?? (() => new Date());
  const db = openStore(dataDir, { ...options, now });
  const ctx: CoreContext = { db, dataDir, now, operator: null, events: new EventEmitter(), lan: null, jobs: new JobRegistry(), ...(options.fontDir ? { fontDir: options.fontDir } : {}) };
  return { ctx, handlers: createHandlers(ctx), close: () => db.close() };
}
