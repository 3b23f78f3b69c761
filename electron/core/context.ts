import type { JobRegistry } from './services/jobs';
import type Database from 'better-sqlite3';
import { AsyncLocalStorage } from 'node:async_hooks';
import { EventEmitter } from 'node:events';
import type { Operator } from '../../shared/api/channels/people-types';

/** What a host that can listen on the local network offers the core (null in the CLI). */
export type LanControl = {
  open: () => Promise<{ address: string; port: number }>;
  close: () => Promise<void>;
  current: () => { address: string; port: number } | null;
};

/** A change others should see at once (the board, members' devices). */
export type ChangeEvent = { sessionId: number; turnId: number | null; kind: string };

/** What every service needs: the store, where it lives, the clock, and who is acting. */
export type CoreContext = {
  db: Database.Database;
  dataDir: string;
  now: () => Date;
  /** The operator signed in on this desktop (PIN-checked), or null. */
  operator: Operator;
  /** Changes announced to live views (server-sent events). */
  events: EventEmitter<{ change: [ChangeEvent] }>;
  /** Where the PDF fonts are (the packaged app's resources/fonts); the source tree's by default. */
  fontDir?: string;
  /** Set by the HTTP host; null where nothing can listen on the network. */
  lan: LanControl | null;
  /** Long work (printing, exports) a caller can follow and cancel by its job id. */
  jobs: JobRegistry;
};

/** The actor of the request being served, when a host knows it (a member's device). */
export const requestActor = new AsyncLocalStorage<string>();

/** How the audit log names whoever acts now. */
export function actorOf(ctx: CoreContext): string {
  return requestActor.getStore() ?? (ctx.operator ? `member:${ctx.operator.memberId}` : 'desktop');
}
