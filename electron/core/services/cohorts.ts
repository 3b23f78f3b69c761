import type Database from 'better-sqlite3';
import type { Cohort } from '../../../shared/api/channels/people-types';
import { AppError } from '../../../shared/domain/errors';
import { prepared } from '../db/prepared';

type CohortRow = { id: number; programme_id: number; name: string; starts_on: string | null; ends_on: string | null; format: string | null; place: string | null; listeners: number };

/** A cohort with its live listeners counted from the partial index listener_live_cohort alone. */
const SELECT = `SELECT c.*, (SELECT count(*) FROM listener l WHERE l.cohort_id = c.id AND l.deleted_at IS NULL) AS listeners FROM cohort c`;

function toCohort(r: CohortRow): Cohort {
  return { id: r.id, programmeId: r.programme_id, name: r.name, startsOn: r.starts_on, endsOn: r.ends_on, format: r.format, place: r.place, listeners: r.listeners };
}

/** Cohorts, optionally of one programme, newest first. */
export function listCohorts(db: Database.Database, programmeId?: number): Cohort[] {
  const rows = prepared(db, `${SELECT} WHERE (@p IS NULL OR c.programme_id = @p) ORDER BY c.id DESC`).all({ p: programmeId ?? null }) as CohortRow[];
  return rows.map(toCohort);
}

/** One cohort; `not_found` when missing. */
export function getCohort(db: Database.Database, id: number): Cohort {
  const row = prepared(db, `${SELECT} WHERE c.id = ?`).get(id) as CohortRow | undefined;
  if (!row) throw new AppError('not_found', `no cohort ${id}`, 'cohort');
  return toCohort(row);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Creates a cohort; dates are ISO (yyyy-mm-dd) and the end is not before the start. */
export function createCohort(
  db: Database.Database,
  input: { programmeId: number; name: string; startsOn?: string | null; endsOn?: string | null; format?: string | null; place?: string | null },
  now: Date,
): Cohort {
  for (const [field, v] of [['startsOn', input.startsOn], ['endsOn', input.endsOn]] as const) {
    if (v && !DATE.test(v)) throw new AppError('bad_input', `${field} must be a date yyyy-mm-dd`, field);
  }
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) throw new AppError('bad_input', 'the cohort ends before it starts', 'endsOn');
  if (!prepared(db, 'SELECT 1 FROM programme WHERE id = ?').get(input.programmeId)) throw new AppError('not_found', `no programme ${input.programmeId}`, 'programmeId');
  const id = Number(
    db
      .prepare('INSERT INTO cohort (programme_id, name, starts_on, ends_on, format, place, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(input.programmeId, input.name.trim(), input.startsOn ?? null, input.endsOn ?? null, input.format ?? null, input.place ?? null, now.toISOString()).lastInsertRowid,
  );
  return getCohort(db, id);
}
