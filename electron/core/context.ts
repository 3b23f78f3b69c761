import type Database from 'better-sqlite3';
import type { Operator } from '../../shared/api/channels/people-types';

/** What every service needs: the store, where it lives, the clock, and who is acting. */
export type CoreContext = {
  db: Database.Database;
  dataDir: string;
  now: () => Date;
  /** The operator signed in on this desktop (PIN-checked), or null. */
  operator: Operator;
};

/** How the audit log names whoever acts now. */
export function actorOf(ctx: CoreContext): string {
  return ctx.operator ? `member:${ctx.operator.memberId}` : 'desktop';
}
