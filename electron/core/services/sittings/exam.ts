import type Database from 'better-sqlite3';
import type { ExamResponse } from '../../../../shared/api/channels/sittings';
import type { ExamAck, ExamItem, ExamView, SubmittedBy } from '../../../../shared/api/channels/sittings-types';
import { AppError } from '../../../../shared/domain/errors';
import { prepared } from '../../db/prepared';
import { recordAudit } from '../audit';
import { itemRef, publicItem, toItemResponse } from './public-item';
import { examineeResult, scoreExaminee, storeTotals } from './scoring';
import { answersOf, examineeRow, examineeStatus, loadSitting, responseOf, sittingRow, statusOf, variantOf, type ExamineeDbRow, type LoadedSitting, type SittingRow } from './store';

/** Which examinee a call is for, and optionally which sitting the caller believes it is in. */
export type ExamineeRef = { examineeId: number; sittingId?: number | undefined };

/** Seconds left before the deadline (never negative), or null when the test is untimed. */
function remaining(deadline: string | null, now: Date): number | null {
  return deadline === null ? null : Math.max(0, Math.ceil((Date.parse(deadline) - now.getTime()) / 1000));
}

function isOverdue(row: ExamineeDbRow, now: Date): boolean {
  return row.started_at !== null && row.submitted_at === null && row.deadline_at !== null && now.getTime() >= Date.parse(row.deadline_at);
}

/** Ends a test (inside the caller's transaction): the submission time, who ended it, and the exact totals. */
export function finishExam(db: Database.Database, loaded: LoadedSitting, row: ExamineeDbRow, at: string, by: SubmittedBy, actor: string, now: Date): void {
  prepared(db, 'UPDATE examinee SET submitted_at = ?, submitted_by = ? WHERE id = ? AND submitted_at IS NULL').run(at, by, row.id);
  storeTotals(db, loaded, row.id, scoreExaminee(db, loaded, row));
  recordAudit(db, { at: now, actor, action: 'submit', entity: 'examinee', entityId: row.id, after: { by, at } });
}

/**
 * Submits, at the deadline, a test whose time has run out; any access after the deadline does
 * this first. It commits on its own, so call it before a transaction that may be rolled back.
 */
export function settleExaminee(db: Database.Database, examineeId: number, now: Date): void {
  const row = examineeRow(db, examineeId);
  if (!isOverdue(row, now) || sittingRow(db, row.sitting_id).released_at) return;
  const loaded = loadSitting(db, row.sitting_id);
  db.transaction(() => finishExam(db, loaded, row, row.deadline_at!, 'timeout', 'clock', now))();
}

/** Submits every overdue test of a sitting at its deadline (before the examiner looks or releases). */
export function settleSitting(db: Database.Database, sittingId: number, now: Date): void {
  const ids = prepared(db, 'SELECT id FROM examinee WHERE sitting_id = ? AND started_at IS NOT NULL AND submitted_at IS NULL AND deadline_at <= ?').all(sittingId, now.toISOString()) as { id: number }[];
  for (const { id } of ids) settleExaminee(db, id, now);
}

function access(db: Database.Database, ref: ExamineeRef): { row: ExamineeDbRow; sitting: SittingRow } {
  const row = examineeRow(db, ref.examineeId);
  if (ref.sittingId !== undefined && ref.sittingId !== row.sitting_id) throw new AppError('forbidden', `this examinee does not sit test ${ref.sittingId}`, 'sittingId');
  return { row, sitting: sittingRow(db, row.sitting_id) };
}

/** Refuses writes once a test cannot change: released, closed, submitted or out of time, or not started. */
function assertWritable(row: ExamineeDbRow, sitting: SittingRow): void {
  if (sitting.released_at || sitting.locked_at) throw new AppError('locked', 'the results of this test are released; nothing can change', 'examineeId');
  if (row.submitted_by === 'timeout') throw new AppError('locked', `the time ran out at ${row.deadline_at}; the answers saved until then were submitted`, 'examineeId');
  if (row.submitted_at) throw new AppError('locked', `this test was submitted at ${row.submitted_at}`, 'examineeId');
  if (!row.started_at) throw new AppError('bad_input', 'the test has not started yet (exam:start)', 'examineeId');
}

/** What the examinee's screen shows now: no items before the start; after release, their own result. */
export function examView(db: Database.Database, ref: ExamineeRef, now: Date): ExamView {
  settleExaminee(db, ref.examineeId, now);
  const { row, sitting } = access(db, ref);
  const loaded = loadSitting(db, sitting.id);
  const variant = variantOf(row);
  const answers = answersOf(db, row.id);
  const items: ExamItem[] = row.started_at
    ? variant.items.map((drawn, i) => {
        const saved = answers.get(drawn.id);
        return { ...publicItem(loaded.byId.get(drawn.id)!, drawn, variant.seed, i + 1), answer: responseOf(saved), flagged: saved?.flagged === 1, savedAt: saved?.saved_at ?? null };
      })
    : [];
  const isReleased = sitting.released_at !== null && row.submitted_at !== null;
  return {
    examineeId: row.id, sittingId: sitting.id, listenerName: row.full_name, title: loaded.blueprint.title, kind: sitting.kind, heldOn: sitting.held_on, place: sitting.place,
    layout: sitting.layout, timeLimitMinutes: sitting.time_limit_minutes, itemCount: variant.items.length,
    status: examineeStatus(row, sitting), sittingStatus: statusOf(sitting),
    now: now.toISOString(), startedAt: row.started_at, deadlineAt: row.deadline_at,
    remainingSeconds: row.submitted_at ? 0 : row.started_at ? remaining(row.deadline_at, now) : null,
    submittedAt: row.submitted_at, submittedBy: row.submitted_by, position: row.position,
    answered: [...answers.values()].filter((a) => a.response !== null).length,
    flagged: [...answers.values()].filter((a) => a.flagged === 1).length,
    items,
    result: isReleased ? examineeResult(loaded, scoreExaminee(db, loaded, row), (id) => itemRef(variant.seed, id)) : null,
  };
}

/** Starts the clock (once): the deadline is kept by the core from its own clock; a second start resumes. */
export function startExam(db: Database.Database, ref: ExamineeRef, now: Date): ExamView {
  settleExaminee(db, ref.examineeId, now);
  const { row, sitting } = access(db, ref);
  if (!row.started_at) {
    if (sitting.released_at || sitting.locked_at) throw new AppError('locked', 'the results of this test are already released', 'examineeId');
    const minutes = sitting.time_limit_minutes;
    const deadline = minutes === null ? null : new Date(now.getTime() + minutes * 60_000).toISOString();
    db.transaction(() => {
      prepared(db, 'UPDATE examinee SET started_at = ?, deadline_at = ? WHERE id = ? AND started_at IS NULL').run(now.toISOString(), deadline, row.id);
      recordAudit(db, { at: now, actor: `examinee:${row.id}`, action: 'start', entity: 'examinee', entityId: row.id, after: { deadline } });
    })();
  }
  return examView(db, ref, now);
}

function locate(loaded: LoadedSitting, row: ExamineeDbRow, ref: string): { index: number; itemId: string } {
  const variant = variantOf(row);
  const index = variant.items.findIndex((d) => itemRef(variant.seed, d.id) === ref);
  if (index < 0 || !loaded.byId.has(variant.items[index]!.id)) throw new AppError('forbidden', `the item ${ref} is not in this examinee's test`, 'ref');
  return { index, itemId: variant.items[index]!.id };
}

function ack(db: Database.Database, row: ExamineeDbRow, itemId: string, ref: string, now: Date): ExamAck {
  const saved = answersOf(db, row.id).get(itemId);
  return { ref, answer: responseOf(saved), flagged: saved?.flagged === 1, savedAt: saved?.saved_at ?? null, remainingSeconds: remaining(row.deadline_at, now) };
}

/** Saves one answer exactly as given (checked against the item first); refused after the deadline or submission. */
export function saveAnswer(db: Database.Database, input: ExamineeRef & { ref: string; response: ExamResponse }, now: Date): ExamAck {
  settleExaminee(db, input.examineeId, now);
  const { row, sitting } = access(db, input);
  assertWritable(row, sitting);
  const loaded = loadSitting(db, sitting.id);
  const { index, itemId } = locate(loaded, row, input.ref);
  const variant = variantOf(row);
  toItemResponse(loaded.byId.get(itemId)!, variant.items[index]!, variant.seed, input.response);
  db.transaction(() => {
    prepared(
      db,
      `INSERT INTO answer (examinee_id, item_key, response, flagged, saved_at) VALUES (?, ?, ?, 0, ?)
       ON CONFLICT (examinee_id, item_key) DO UPDATE SET response = excluded.response, saved_at = excluded.saved_at`,
    ).run(row.id, itemId, JSON.stringify(input.response), now.toISOString());
    prepared(db, 'UPDATE examinee SET position = ? WHERE id = ?').run(index, row.id);
  })();
  return ack(db, row, itemId, input.ref, now);
}

/** Flags an item for review (or clears the flag); the same rules as answers. */
export function flagItem(db: Database.Database, input: ExamineeRef & { ref: string; flagged: boolean }, now: Date): ExamAck {
  settleExaminee(db, input.examineeId, now);
  const { row, sitting } = access(db, input);
  assertWritable(row, sitting);
  const { index, itemId } = locate(loadSitting(db, sitting.id), row, input.ref);
  db.transaction(() => {
    prepared(
      db,
      `INSERT INTO answer (examinee_id, item_key, response, flagged, saved_at) VALUES (?, ?, NULL, ?, ?)
       ON CONFLICT (examinee_id, item_key) DO UPDATE SET flagged = excluded.flagged`,
    ).run(row.id, itemId, input.flagged ? 1 : 0, now.toISOString());
    prepared(db, 'UPDATE examinee SET position = ? WHERE id = ?').run(index, row.id);
  })();
  return ack(db, row, itemId, input.ref, now);
}

/** The examinee submits (after the screen's confirmation); a second submit is refused, nothing changes. */
export function submitExam(db: Database.Database, ref: ExamineeRef, now: Date): ExamView {
  settleExaminee(db, ref.examineeId, now);
  const { row, sitting } = access(db, ref);
  assertWritable(row, sitting);
  const loaded = loadSitting(db, sitting.id);
  db.transaction(() => finishExam(db, loaded, row, now.toISOString(), 'examinee', `examinee:${row.id}`, now))();
  return examView(db, ref, now);
}
