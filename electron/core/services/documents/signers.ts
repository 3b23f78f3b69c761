import type Database from 'better-sqlite3';
import type { Role } from '../../../../shared/api/channels/people-types';
import { listSessions } from '../commission';

/**
 * Who signs a cohort's test documents: the chair and the secretary of the cohort's latest
 * defense session (sittings have no commission of their own); none when it has no session.
 */
export function cohortSignatories(db: Database.Database, cohortId: number): { role: Role; fullName: string }[] {
  const latest = listSessions(db, cohortId)[0];
  return (latest?.members ?? []).filter((m) => m.role !== 'member').map((m) => ({ role: m.role, fullName: m.fullName }));
}
