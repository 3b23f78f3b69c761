import type Database from 'better-sqlite3';
import { getSetting } from './settings';

/** The day a cohort ended: its end date, else its start, else the day it was created (SQL). */
export const COHORT_ENDED_ON = 'coalesce(c.ends_on, c.starts_on, substr(c.created_at, 1, 10))';

/** The first day personal data may go: `years` after the cohort ended; null when kept forever (0). */
export function retentionEnds(endedOn: string, years: number): string | null {
  if (years === 0) return null;
  const d = new Date(`${endedOn.slice(0, 10)}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/** A listener whose retention period has ended: not erased yet, or erased with locked records still naming them. */
export type DueRow = { id: number; cohort_id: number; cohort_name: string; full_name: string; ended_on: string; is_erased: 0 | 1 };

/** Listeners due for erasure on `now` under the retention setting (none when it is 0: keep forever). */
export function dueRows(db: Database.Database, now: Date, ids?: readonly number[]): DueRow[] {
  const years = getSetting(db, 'retentionYears');
  if (years === 0) return [];
  // cohorts first (thousands), then their listeners through the cohort index (tens of thousands)
  return db
    .prepare(
      `WITH ended AS (
         SELECT c.id, c.name, ${COHORT_ENDED_ON} AS ended_on FROM cohort c
         WHERE date(${COHORT_ENDED_ON}, '+' || @years || ' years') <= @today
       )
       SELECT l.id, l.cohort_id, c.name AS cohort_name, l.full_name, c.ended_on, e.listener_id IS NOT NULL AS is_erased
       FROM ended c JOIN listener l ON l.cohort_id = c.id LEFT JOIN erasure e ON e.listener_id = l.id
       WHERE (e.listener_id IS NULL OR (e.locked_kept > 0 AND e.locked_redacted_at IS NULL))
         AND (@ids IS NULL OR l.id IN (SELECT value FROM json_each(@ids)))
       ORDER BY c.ended_on, l.id`,
    )
    .all({ years, today: now.toISOString().slice(0, 10), ids: ids ? JSON.stringify(ids) : null }) as DueRow[];
}
