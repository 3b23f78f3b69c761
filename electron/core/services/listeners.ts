import type Database from 'better-sqlite3';
import type { Listener } from '../../../shared/api/channels/people-types';
import { byName } from '../../../shared/domain/collate';
import { AppError } from '../../../shared/domain/errors';
import { checkIin, type IinProblem } from '../../../shared/domain/iin';
import { listenerFieldsSchema, type ListenerFields } from '../../../shared/schemas/programme-schema';
import { recordAudit } from './audit';
import { prepared } from '../db/prepared';

type Row = { id: number; cohort_id: number; full_name: string; iin: string | null; organisation: string | null; position: string | null; topic: string | null; mentor: string | null; deleted_at: string | null; on_leave_since: string | null };

/** How long a deleted listener stays in the recycle bin. */
export const RECYCLE_DAYS = 30;

const IIN_MESSAGES: Record<IinProblem, string> = {
  not_12_digits: 'an IIN is 12 digits',
  bad_date: 'the first six digits of the IIN are not a real date',
  bad_century: 'the 7th digit of the IIN must be 1–6',
  bad_control_digit: 'the IIN control digit is wrong',
  unusable: 'this IIN cannot have a valid control digit',
};

/** The message for an IIN problem (null when the IIN is valid or empty). */
export function iinMessage(iin: string | null): string | null {
  if (!iin) return null;
  const problem = checkIin(iin);
  return problem ? IIN_MESSAGES[problem] : null;
}

function toListener(r: Row): Listener {
  return {
    id: r.id, cohortId: r.cohort_id, fullName: r.full_name, iin: r.iin, organisation: r.organisation, position: r.position,
    topic: r.topic, mentor: r.mentor, deletedAt: r.deleted_at, onLeaveSince: r.on_leave_since,
  };
}

/** Normalises a name for duplicate checks (case, spaces, ё/е). */
export function nameKey(name: string): string {
  return name.toLocaleLowerCase('kk').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** Listeners of a cohort: search by name or IIN; the recycle bin only when asked. */
export function listListeners(db: Database.Database, cohortId: number, opts: { search?: string; deleted?: boolean } = {}): Listener[] {
  const rows = db
    .prepare(
      `SELECT * FROM listener WHERE cohort_id = @c AND (deleted_at IS NOT NULL) = @deleted
       AND (@q IS NULL OR full_name LIKE '%' || @q || '%' OR iin LIKE @q || '%') ORDER BY id`,
    )
    .all({ c: cohortId, deleted: opts.deleted ? 1 : 0, q: opts.search?.trim() || null }) as Row[];
  return byName(rows, (r) => r.full_name).map(toListener);
}

/** One listener; `not_found` when missing. */
export function getListener(db: Database.Database, id: number): Listener {
  const row = prepared(db, 'SELECT * FROM listener WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw new AppError('not_found', `no listener ${id}`, 'listener');
  return toListener(row);
}

function checkFields(db: Database.Database, cohortId: number, fields: ListenerFields, exceptId: number | null): void {
  const problem = iinMessage(fields.iin);
  if (problem) throw new AppError('bad_input', `iin: ${problem}`, 'iin');
  if (fields.iin) {
    const twin = prepared(db, 'SELECT id, full_name FROM listener WHERE cohort_id = ? AND iin = ? AND deleted_at IS NULL AND id IS NOT ?').get(cohortId, fields.iin, exceptId) as
      | { id: number; full_name: string }
      | undefined;
    if (twin) throw new AppError('duplicate', `iin: ${twin.full_name} in this cohort has the same IIN`, 'iin');
  }
}

/** Adds a listener to a cohort (fields validated, IIN checked and unique in the cohort). */
export function addListener(db: Database.Database, cohortId: number, raw: unknown, actor: string, now: Date): Listener {
  const fields = listenerFieldsSchema.parse(raw);
  if (!prepared(db, 'SELECT 1 FROM cohort WHERE id = ?').get(cohortId)) throw new AppError('not_found', `no cohort ${cohortId}`, 'cohortId');
  return db.transaction(() => {
    checkFields(db, cohortId, fields, null);
    const id = Number(
      db
        .prepare('INSERT INTO listener (cohort_id, full_name, iin, organisation, position, topic, mentor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(cohortId, fields.fullName, fields.iin || null, fields.organisation, fields.position, fields.topic, fields.mentor, now.toISOString()).lastInsertRowid,
    );
    recordAudit(db, { at: now, actor, action: 'create', entity: 'listener', entityId: id, after: fields });
    return getListener(db, id);
  })();
}

/** Changes a listener's fields; the audit log keeps old → new. */
export function updateListener(db: Database.Database, id: number, raw: unknown, actor: string, now: Date): Listener {
  const fields = listenerFieldsSchema.parse(raw);
  return db.transaction(() => {
    const before = getListener(db, id);
    checkFields(db, before.cohortId, fields, id);
    prepared(db, 'UPDATE listener SET full_name = ?, iin = ?, organisation = ?, position = ?, topic = ?, mentor = ? WHERE id = ?').run(
      fields.fullName, fields.iin || null, fields.organisation, fields.position, fields.topic, fields.mentor, id,
    );
    recordAudit(db, { at: now, actor, action: 'update', entity: 'listener', entityId: id, before, after: fields });
    return getListener(db, id);
  })();
}

/** Moves a listener to the recycle bin (undo with restoreListener for 30 days). */
export function deleteListener(db: Database.Database, id: number, actor: string, now: Date): Listener {
  return db.transaction(() => {
    const before = getListener(db, id);
    prepared(db, 'UPDATE listener SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now.toISOString(), id);
    recordAudit(db, { at: now, actor, action: 'delete', entity: 'listener', entityId: id, before });
    return getListener(db, id);
  })();
}

/** Brings a listener back from the recycle bin. */
export function restoreListener(db: Database.Database, id: number, actor: string, now: Date): Listener {
  return db.transaction(() => {
    const before = getListener(db, id);
    if (before.iin) checkFields(db, before.cohortId, { ...before }, id);
    prepared(db, 'UPDATE listener SET deleted_at = NULL WHERE id = ?').run(id);
    recordAudit(db, { at: now, actor, action: 'restore', entity: 'listener', entityId: id });
    return getListener(db, id);
  })();
}

/**
 * Academic leave (002): the listener finishes with a later cohort and keeps the modules already
 * passed (module controls stay recorded); while on leave they are not admitted to defend.
 */
export function setAcademicLeave(db: Database.Database, id: number, onLeave: boolean, note: string, actor: string, now: Date): Listener {
  return db.transaction(() => {
    const before = getListener(db, id);
    prepared(db, 'UPDATE listener SET on_leave_since = ? WHERE id = ?').run(onLeave ? (before.onLeaveSince ?? now.toISOString()) : null, id);
    recordAudit(db, { at: now, actor, action: onLeave ? 'leave' : 'return', entity: 'listener', entityId: id, before: { onLeaveSince: before.onLeaveSince }, after: { note } });
    return getListener(db, id);
  })();
}
