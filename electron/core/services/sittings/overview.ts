import type Database from 'better-sqlite3';
import type { ExamineeRow, SittingDetail, SittingSummary } from '../../../../shared/api/channels/sittings-types';
import { checkBlueprint } from '../../../../shared/domain/bank/blueprint-check';
import { AppError } from '../../../../shared/domain/errors';
import { frac } from '../../../../shared/domain/fraction';
import { prepared } from '../../db/prepared';
import { recordAudit } from '../audit';
import { settleSitting } from './exam';
import { exact, gradeOf } from './scoring';
import { examineesOf, examineeStatus, loadSitting, sittingRow, statusOf, type ExamineeDbRow, type LoadedSitting } from './store';

type Counts = { admitted: number; ready: number; in_progress: number; submitted: number };

function summaryOf(db: Database.Database, loaded: LoadedSitting): SittingSummary {
  const r = loaded.row;
  const cohort = prepared(db, 'SELECT name FROM cohort WHERE id = ?').get(r.cohort_id) as { name: string };
  const c = prepared(
    db,
    `SELECT count(*) AS admitted, coalesce(sum(started_at IS NULL), 0) AS ready, coalesce(sum(started_at IS NOT NULL AND submitted_at IS NULL), 0) AS in_progress,
       coalesce(sum(submitted_at IS NOT NULL), 0) AS submitted FROM examinee WHERE sitting_id = ?`,
  ).get(r.id) as Counts;
  return {
    id: r.id, cohortId: r.cohort_id, cohortName: cohort.name, bankId: r.bank_id, blueprintId: loaded.blueprint.id, title: loaded.blueprint.title, kind: r.kind,
    heldOn: r.held_on, place: r.place, timeLimitMinutes: r.time_limit_minutes, layout: r.layout, gradeScale: r.grade_scale,
    itemCount: checkBlueprint(loaded.blueprint, loaded.bank).total, entranceId: r.entrance_id, status: statusOf(r),
    createdAt: r.created_at, releasedAt: r.released_at, lockedAt: r.locked_at, hash: r.results_hash?.slice(0, 12) ?? null,
    counts: { admitted: c.admitted, ready: c.ready, inProgress: c.in_progress, submitted: c.submitted },
  };
}

/** A sitting in a list (`not_found` when missing). */
export function sittingSummary(db: Database.Database, sittingId: number): SittingSummary {
  return summaryOf(db, loadSitting(db, sittingId));
}

/** The sittings, newest first, optionally of one cohort. */
export function listSittings(db: Database.Database, cohortId?: number): SittingSummary[] {
  const ids = prepared(db, 'SELECT id FROM sitting WHERE (@c IS NULL OR cohort_id = @c) ORDER BY id DESC').all({ c: cohortId ?? null }) as { id: number }[];
  return ids.map(({ id }) => sittingSummary(db, id));
}

/** One examinee as the examiner sees them, from the stored exact totals. */
export function examineeRowOf(db: Database.Database, loaded: LoadedSitting, e: ExamineeDbRow): ExamineeRow {
  const answered = (prepared(db, 'SELECT count(*) AS n FROM answer WHERE examinee_id = ? AND response IS NOT NULL').get(e.id) as { n: number }).n;
  const points = e.points_num === null ? null : frac(e.points_num, e.points_den!);
  const max = e.max_num === null ? null : frac(e.max_num, e.max_den!);
  const g = points && max ? gradeOf(loaded, points, max, e.pending_essays) : null;
  return {
    id: e.id, listenerId: e.listener_id, listenerName: e.full_name, number: e.number, status: examineeStatus(e, loaded.row),
    startedAt: e.started_at, deadlineAt: e.deadline_at, submittedAt: e.submitted_at, submittedBy: e.submitted_by, answered, pendingEssays: e.pending_essays,
    points: points && exact(points), max: max && exact(max), percent: g?.percent ? exact(g.percent) : null,
    band: e.band, grade: g?.grade ?? null, pass: g?.pass ?? null, certificate: g?.certificate ?? null,
  };
}

/** A sitting with its examinees; overdue tests are submitted at their deadline first. */
export function sittingDetail(db: Database.Database, sittingId: number, now: Date): SittingDetail {
  sittingRow(db, sittingId);
  settleSitting(db, sittingId, now);
  const loaded = loadSitting(db, sittingId);
  return {
    ...summaryOf(db, loaded),
    seed: loaded.row.seed,
    blueprint: loaded.blueprint,
    warnings: checkBlueprint(loaded.blueprint, loaded.bank).warnings,
    examinees: examineesOf(db, sittingId).map((e) => examineeRowOf(db, loaded, e)),
  };
}

/** Closes a released sitting: kiosk tokens stop working; nothing in it changes afterwards. */
export function closeSitting(db: Database.Database, sittingId: number, actor: string, now: Date): SittingSummary {
  const row = sittingRow(db, sittingId);
  if (row.locked_at) throw new AppError('locked', 'this sitting is already closed', 'sittingId');
  if (!row.released_at) throw new AppError('conflict', 'release the results before closing the sitting', 'sittingId');
  db.transaction(() => {
    prepared(db, 'UPDATE sitting SET locked_at = ? WHERE id = ?').run(now.toISOString(), sittingId);
    recordAudit(db, { at: now, actor, action: 'close', entity: 'sitting', entityId: sittingId });
  })();
  return sittingSummary(db, sittingId);
}

/** Links an exit sitting to the entrance sitting of the same cohort (003), for the gain. */
export function linkSittings(db: Database.Database, input: { exitId: number; entranceId: number }, actor: string, now: Date): SittingSummary {
  const exit = sittingRow(db, input.exitId);
  const entrance = sittingRow(db, input.entranceId);
  if (exit.kind !== 'exit') throw new AppError('bad_input', `sitting ${exit.id} is a ${exit.kind} test, not an exit test`, 'exitId');
  if (entrance.kind !== 'entrance') throw new AppError('bad_input', `sitting ${entrance.id} is a ${entrance.kind} test, not an entrance test`, 'entranceId');
  if (exit.cohort_id !== entrance.cohort_id) throw new AppError('bad_input', 'the entrance and exit tests are of different cohorts', 'entranceId');
  db.transaction(() => {
    prepared(db, 'UPDATE sitting SET entrance_id = ? WHERE id = ?').run(entrance.id, exit.id);
    recordAudit(db, { at: now, actor, action: 'link', entity: 'sitting', entityId: exit.id, before: { entrance: exit.entrance_id }, after: { entrance: entrance.id } });
  })();
  return sittingSummary(db, exit.id);
}
