import type Database from 'better-sqlite3';
import type { EssayEntry, ResultRow, SittingResultSet } from '../../../../shared/api/channels/sittings-types';
import { AppError } from '../../../../shared/domain/errors';
import { compare, fromNumber, toNumber, type Fraction } from '../../../../shared/domain/fraction';
import { snapshotHash } from '../../export/snapshot-hash';
import { prepared } from '../../db/prepared';
import { recordAudit } from '../audit';
import { finishExam, settleSitting } from './exam';
import { examineeRowOf } from './overview';
import { scoreExaminee, storeTotals, type ScoredVariant } from './scoring';
import { answersOf, assertOpen, examineeRow, examineesOf, loadSitting, responseOf, sittingRow, variantOf, type LoadedSitting } from './store';

const num = (x: Fraction | null): number | null => (x === null ? null : toNumber(x));

function resultRows(db: Database.Database, loaded: LoadedSitting): { rows: ResultRow[]; scored: Map<number, ScoredVariant> } {
  const scored = new Map<number, ScoredVariant>();
  const rows = examineesOf(db, loaded.row.id).map((e): ResultRow => {
    const s = e.submitted_at ? scoreExaminee(db, loaded, e) : null;
    if (s) scored.set(e.id, s);
    const items = (s?.items ?? []).map((i) => ({ itemId: i.item.id, type: i.item.type, earned: num(i.earned), max: toNumber(i.max), isPending: i.earned === null }));
    return { ...examineeRowOf(db, loaded, e), items };
  });
  return { rows, scored };
}

/** A sitting's results: provisional while open (overdue tests submitted first), locked once released. */
export function sittingResults(db: Database.Database, sittingId: number, now: Date): SittingResultSet {
  sittingRow(db, sittingId);
  settleSitting(db, sittingId, now);
  const loaded = loadSitting(db, sittingId);
  const { rows } = resultRows(db, loaded);
  const graded = rows.filter((r) => r.percent !== null && r.pendingEssays === 0);
  return {
    sittingId, isFinal: loaded.row.released_at !== null, releasedAt: loaded.row.released_at, hash: loaded.row.results_hash,
    gradeScale: loaded.row.grade_scale, passPercent: loaded.blueprint.passPercent, rows,
    summary: {
      admitted: rows.length,
      sat: rows.filter((r) => r.status === 'submitted').length,
      absent: rows.filter((r) => r.status === 'absent').length,
      passed: rows.filter((r) => r.pass === true).length,
      certificates: rows.filter((r) => r.certificate === true).length,
      meanPercent: graded.length === 0 ? null : graded.reduce((s, r) => s + r.percent!.value, 0) / graded.length,
    },
  };
}

/**
 * The examiner releases the results: every test is scored again from the answers as given, the
 * exact totals are written, and the result set is locked with its SHA-256 (triggers refuse any
 * later change). Refused while someone is still writing (unless `force`, which first ends those
 * tests, now, as the examiner) or while an essay waits for its hand score. Those who never
 * started are absent.
 */
export function releaseResults(db: Database.Database, input: { sittingId: number; force: boolean }, actor: string, now: Date): SittingResultSet {
  settleSitting(db, input.sittingId, now);
  const loaded = loadSitting(db, input.sittingId);
  assertOpen(loaded.row);
  const writing = examineesOf(db, input.sittingId).filter((e) => e.started_at && !e.submitted_at);
  if (writing.length > 0 && !input.force) {
    throw new AppError('not_submitted', `still writing: ${writing.map((e) => e.full_name).join(', ')} (release with force to end their tests now)`, 'sittingId');
  }
  db.transaction(() => writing.forEach((e) => finishExam(db, loaded, e, now.toISOString(), 'examiner', actor, now)))();
  db.transaction(() => {
    const { rows, scored } = resultRows(db, loaded);
    const pending = rows.reduce((s, r) => s + (scored.get(r.id)?.pending ?? 0), 0);
    if (pending > 0) throw new AppError('not_submitted', `${pending} essays wait for a hand score (sitting:essays)`, 'sittingId');
    for (const [id, s] of scored) storeTotals(db, loaded, id, s);
    const body = {
      sitting: loaded.row.id, blueprint: loaded.blueprint.id, gradeScale: loaded.row.grade_scale, releasedAt: now.toISOString(),
      rows: examineesOf(db, loaded.row.id).map((e) => ({
        examinee: e.id, listener: e.listener_id, name: e.full_name, number: e.number, submittedAt: e.submitted_at, submittedBy: e.submitted_by,
        points: e.points_num === null ? null : [e.points_num, e.points_den], max: e.max_num === null ? null : [e.max_num, e.max_den], band: e.band,
        items: (scored.get(e.id)?.items ?? []).map((i) => [i.item.id, i.earned ? [i.earned.num, i.earned.den] : null]),
      })),
    };
    const hash = snapshotHash(JSON.parse(JSON.stringify(body)));
    prepared(db, 'UPDATE sitting SET released_at = ?, results_hash = ? WHERE id = ?').run(now.toISOString(), hash.full, loaded.row.id);
    recordAudit(db, { at: now, actor, action: 'release', entity: 'sitting', entityId: loaded.row.id, after: { hash: hash.full, examinees: body.rows.length } });
  })();
  return sittingResults(db, input.sittingId, now);
}

function essayEntries(db: Database.Database, loaded: LoadedSitting, examineeId: number): EssayEntry[] {
  const e = examineeRow(db, examineeId);
  const answers = answersOf(db, e.id);
  return variantOf(e).items.flatMap((drawn): EssayEntry[] => {
    const item = loaded.byId.get(drawn.id);
    if (item?.type !== 'essay') return [];
    const hand = prepared(db, 'SELECT points_num, points_den, note, scored_by, scored_at FROM hand_score WHERE examinee_id = ? AND item_key = ?').get(e.id, item.id) as
      | { points_num: number; points_den: number; note: string; scored_by: string; scored_at: string }
      | undefined;
    const given = responseOf(answers.get(item.id));
    const text = given?.type === 'essay' ? given.text : '';
    if (!hand && text.trim() === '') return [];
    return [{
      examineeId: e.id, number: e.number, itemId: item.id, question: item.text, response: text, max: item.points,
      points: hand ? hand.points_num / hand.points_den : null, note: hand?.note ?? '', scoredBy: hand?.scored_by ?? null, scoredAt: hand?.scored_at ?? null,
    }];
  });
}

/** The essays of submitted tests, by examinee number (names left out: marking is blind); blank ones earn 0 and are left out. */
export function essayQueue(db: Database.Database, sittingId: number, now: Date): EssayEntry[] {
  sittingRow(db, sittingId);
  settleSitting(db, sittingId, now);
  const loaded = loadSitting(db, sittingId);
  return examineesOf(db, sittingId).filter((e) => e.submitted_at).flatMap((e) => essayEntries(db, loaded, e.id));
}

/** A hand score for one essay (0 … the item's points, exact); the examinee's totals follow. */
export function scoreEssay(db: Database.Database, input: { examineeId: number; itemId: string; points: number; note?: string | undefined }, actor: string, now: Date): EssayEntry {
  const e = examineeRow(db, input.examineeId);
  const loaded = loadSitting(db, e.sitting_id);
  assertOpen(loaded.row);
  if (!variantOf(e).items.some((d) => d.id === input.itemId)) throw new AppError('forbidden', `the item ${input.itemId} is not in this examinee's test`, 'itemId');
  const item = loaded.byId.get(input.itemId);
  if (item?.type !== 'essay') throw new AppError('bad_input', `${input.itemId} is scored automatically, not by hand`, 'itemId');
  if (!e.submitted_at) throw new AppError('not_submitted', 'this test is not submitted yet', 'examineeId');
  let points: Fraction;
  try {
    points = fromNumber(input.points);
  } catch {
    throw new AppError('bad_input', `${input.points} has more than 6 decimals`, 'points');
  }
  if (compare(points, fromNumber(item.points)) > 0) throw new AppError('out_of_range', `${input.points} is above the item's ${item.points} points`, 'points');
  const before = essayEntries(db, loaded, e.id).find((x) => x.itemId === item.id)?.points ?? null;
  db.transaction(() => {
    prepared(
      db,
      `INSERT INTO hand_score (examinee_id, item_key, points_num, points_den, note, scored_by, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (examinee_id, item_key) DO UPDATE SET points_num = excluded.points_num, points_den = excluded.points_den, note = excluded.note,
         scored_by = excluded.scored_by, scored_at = excluded.scored_at`,
    ).run(e.id, item.id, points.num, points.den, input.note?.trim() ?? '', actor, now.toISOString());
    storeTotals(db, loaded, e.id, scoreExaminee(db, loaded, e));
    recordAudit(db, { at: now, actor, action: 'hand_score', entity: 'examinee', entityId: e.id, before: { item: item.id, points: before }, after: { item: item.id, points: input.points } });
  })();
  return essayEntries(db, loaded, e.id).find((x) => x.itemId === item.id)!;
}
