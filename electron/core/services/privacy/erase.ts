import type Database from 'better-sqlite3';
import type { ErasureResult } from '../../../../shared/api/channels/privacy-types';
import { AppError } from '../../../../shared/domain/errors';
import { prepared } from '../../db/prepared';
import { recordAudit } from '../audit';
import { pseudonymOf } from './pseudonym';
import { COHORT_ENDED_ON, retentionEnds } from './retention';
import { getSetting } from './settings';

type ErasureRow = { pseudonym: string; locked_kept: number; locked_redacted_at: string | null };

const TURNS = 'SELECT id FROM defense_turn WHERE listener_id = @id';

/** Removes what identifies the person from the live tables; scores, answers and results stay. */
function eraseLive(db: Database.Database, id: number, pseudonym: string): void {
  const p = { id, pseudonym };
  const person = prepared(db, 'SELECT full_name, iin FROM listener WHERE id = ?').get(id) as { full_name: string; iin: string | null };
  // answers kept for resent device writes may echo the name or IIN back
  for (const text of [person.full_name, person.iin]) {
    if (text) prepared(db, 'UPDATE client_write SET result = replace(result, @text, @pseudonym) WHERE instr(result, @text) > 0').run({ text, pseudonym });
  }
  prepared(db, 'UPDATE listener SET full_name = @pseudonym, iin = NULL, organisation = NULL, position = NULL, topic = NULL, mentor = NULL WHERE id = @id').run(p);
  prepared(db, `UPDATE defense_turn SET notes = '' WHERE listener_id = @id`).run({ id });
  prepared(db, `UPDATE question_log SET answer_note = '' WHERE turn_id IN (${TURNS})`).run({ id });
  prepared(db, 'UPDATE module_control SET note = NULL WHERE listener_id = @id').run({ id });
  prepared(db, `UPDATE admission_override SET note = '—' WHERE listener_id = @id`).run({ id });
  prepared(db, `UPDATE recusal SET reason = '—' WHERE listener_id = @id`).run({ id });
  // what the audit log recorded of the person (their fields before and after each change)
  prepared(db, `UPDATE audit_log SET before = CASE WHEN before IS NULL THEN NULL ELSE '{"erased":true}' END,
    after = CASE WHEN after IS NULL THEN NULL ELSE '{"erased":true}' END WHERE entity = 'listener' AND entity_id = @id`).run({ id });
}

/** Replaces the name and topic in the person's locked snapshots by the pseudonym (allowed by the trigger once registered). */
function redactLocked(db: Database.Database, id: number, pseudonym: string, now: Date): number {
  prepared(db, 'UPDATE erasure SET locked_redacted_at = ? WHERE listener_id = ?').run(now.toISOString(), id);
  return prepared(
    db,
    `UPDATE defense_result SET body = json_set(body, '$.listener.name', @pseudonym, '$.listener.topic', NULL)
     WHERE turn_id IN (${TURNS}) AND json_extract(body, '$.listener.id') = @id`,
  ).run({ id, pseudonym }).changes;
}

/**
 * Erases a listener's personal data (decided in the README, "Personal data"): the live tables
 * lose name, IIN, contacts, organisation and free text at once, and the listener becomes
 * «Тыңдаушы #id» with every score, answer and result kept, so statistics and counts do not move.
 * A confirmed protocol is a legal record: its locked snapshot keeps the name until the retention
 * period after the cohort's end is over; an erasure on or after that day also replaces the name
 * there. Calling it again for an erased listener whose period has since ended does only that.
 */
export function eraseListener(db: Database.Database, input: { id: number; reason: string }, actor: string, now: Date): ErasureResult {
  return db.transaction((): ErasureResult => {
    const row = prepared(db, `SELECT l.id, ${COHORT_ENDED_ON} AS ended_on FROM listener l JOIN cohort c ON c.id = l.cohort_id WHERE l.id = ?`).get(input.id) as
      | { id: number; ended_on: string }
      | undefined;
    if (!row) throw new AppError('not_found', `no listener ${input.id}`, 'id');
    const lockedUntil = retentionEnds(row.ended_on, getSetting(db, 'retentionYears'));
    const isDue = lockedUntil !== null && lockedUntil <= now.toISOString().slice(0, 10);
    const before = prepared(db, 'SELECT pseudonym, locked_kept, locked_redacted_at FROM erasure WHERE listener_id = ?').get(input.id) as ErasureRow | undefined;
    if (before && (before.locked_redacted_at !== null || before.locked_kept === 0 || !isDue)) {
      throw new AppError('conflict', `listener ${input.id} is already erased`, 'id');
    }
    const pseudonym = before?.pseudonym ?? pseudonymOf(input.id);
    const locked = (prepared(db, `SELECT count(*) AS n FROM defense_result WHERE turn_id IN (${TURNS})`).get({ id: input.id }) as { n: number }).n;
    if (!before) {
      eraseLive(db, input.id, pseudonym);
      prepared(db, 'INSERT INTO erasure (listener_id, pseudonym, reason, erased_by, erased_at, locked_kept) VALUES (?, ?, ?, ?, ?, ?)').run(
        input.id, pseudonym, input.reason.trim(), actor, now.toISOString(), locked,
      );
    }
    const redacted = isDue && locked > 0 ? redactLocked(db, input.id, pseudonym, now) : 0;
    recordAudit(db, { at: now, actor, action: before ? 'erase_locked' : 'erase', entity: 'listener', entityId: input.id, after: { reason: input.reason.trim(), lockedKept: locked - redacted, lockedRedacted: redacted } });
    return { listenerId: input.id, pseudonym, lockedKept: locked - redacted, lockedRedacted: redacted, lockedUntil: locked - redacted > 0 ? lockedUntil : null };
  })();
}

/**
 * Merges the name search index so an erased name leaves no trigram behind in older index
 * segments (a deletion there is only a marker until the segments merge).
 */
export function purgeNameSearch(db: Database.Database): void {
  db.exec("INSERT INTO listener_name_search (listener_name_search) VALUES ('optimize')");
}
