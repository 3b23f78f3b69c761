import type Database from 'better-sqlite3';
import type { SheetResponse } from '../../../../shared/api/channels/defense-types';
import { fromHundredths, toHundredths, visibleSheets, type SheetView } from '../../../../shared/domain/defense';
import { AppError } from '../../../../shared/domain/errors';
import { fromNumber, toNumber } from '../../../../shared/domain/fraction';
import { checkScore } from '../../../../shared/domain/sheet';
import type { Design } from '../../../../shared/schemas/design-schema';
import { recordAudit } from '../audit';
import { getMember, getSession } from '../commission';
import { getProgramme } from '../programmes';
import { getTemplate } from '../templates';
import { assertOpen, getTurn, programmeOfTurn } from './turns';
import { prepared } from '../../db/prepared';

type SheetRow = { id: number; member_id: number; full_name: string; version: number; entered_by: string; on_behalf: number; submitted_at: string | null };

/** The design a turn is scored on. */
export function designOfTurn(db: Database.Database, turnId: number): Design {
  return getTemplate(db, getProgramme(db, programmeOfTurn(db, turnId)).designId);
}

/** Every current (not superseded) sheet of a turn. */
export function currentSheets(db: Database.Database, turnId: number): SheetView[] {
  const design = designOfTurn(db, turnId);
  const rows = db
    .prepare(
      `SELECT s.id, s.member_id, m.full_name, s.version, s.entered_by, s.on_behalf, s.submitted_at FROM member_sheet s
       JOIN commission_member m ON m.id = s.member_id WHERE s.turn_id = ? AND s.superseded_at IS NULL ORDER BY m.id`,
    )
    .all(turnId) as SheetRow[];
  const score = prepared(db, 'SELECT criterion, points_x100 FROM sheet_score WHERE sheet_id = ?');
  return rows.map((r) => {
    const scores: (number | null)[] = design.criteria.map(() => null);
    for (const s of score.all(r.id) as { criterion: number; points_x100: number }[]) scores[s.criterion - 1] = toNumber(fromHundredths(s.points_x100));
    return { sheetId: r.id, memberId: r.member_id, memberName: r.full_name, version: r.version, scores, isSubmitted: r.submitted_at !== null, isOnBehalf: r.on_behalf === 1, enteredBy: r.entered_by };
  });
}

function checkScorer(db: Database.Database, turnId: number, memberId: number) {
  const turn = getTurn(db, turnId);
  assertOpen(db, turn);
  const member = getMember(db, memberId);
  if (member.sessionId !== turn.sessionId) throw new AppError('forbidden', `${member.fullName} is not on this commission`, 'memberId');
  if (member.role === 'secretary') throw new AppError('forbidden', 'the secretary does not score', 'memberId');
  if (getSession(db, turn.sessionId).recusals.some((r) => r.memberId === memberId && r.listenerId === turn.listenerId)) {
    throw new AppError('recused', `${member.fullName} is recused from ${turn.listenerName}'s defense`, 'memberId');
  }
  return { turn, member };
}

/** A member's sheet plus what the blind rule lets them see. */
export function sheetFor(db: Database.Database, turnId: number, memberId: number): SheetResponse {
  getTurn(db, turnId);
  const sheets = currentSheets(db, turnId);
  return { own: sheets.find((s) => s.memberId === memberId) ?? null, visible: visibleSheets(sheets, memberId) };
}

/**
 * Saves a draft sheet (null = not yet scored). `version` is the version the editor loaded
 * (0 for a new sheet): a stale version means another window changed it, and nothing is overwritten.
 */
export function saveSheet(
  db: Database.Database,
  input: { turnId: number; memberId: number; scores: (number | null)[]; version: number; onBehalf: boolean },
  actor: string,
  now: Date,
): SheetView {
  return db.transaction(() => {
    const { member } = checkScorer(db, input.turnId, input.memberId);
    const design = designOfTurn(db, input.turnId);
    if (input.scores.length !== design.criteria.length) {
      throw new AppError('wrong_count', `scores has ${input.scores.length} values; ${design.id} has ${design.criteria.length} criteria`, 'scores');
    }
    const exact = input.scores.map((v, i) => (v === null ? null : checkScore(design.criteria[i]!, i, fromNumber(v))));
    const existing = currentSheets(db, input.turnId).find((s) => s.memberId === input.memberId);
    if ((existing?.version ?? 0) !== input.version) {
      throw new AppError('conflict', `${member.fullName}'s sheet was changed elsewhere (version ${existing?.version ?? 0}, yours ${input.version}); reload it — your entries are kept on screen`, 'version');
    }
    if (existing?.isSubmitted) throw new AppError('locked', `${member.fullName}'s sheet is submitted; ask for a re-vote to change it`, 'memberId');
    let sheetId = existing?.sheetId;
    if (sheetId === undefined) {
      sheetId = Number(
        prepared(db, 'INSERT INTO member_sheet (turn_id, member_id, entered_by, on_behalf, created_at) VALUES (?, ?, ?, ?, ?)').run(input.turnId, input.memberId, actor, input.onBehalf ? 1 : 0, now.toISOString()).lastInsertRowid,
      );
    } else {
      prepared(db, 'UPDATE member_sheet SET version = version + 1, entered_by = ?, on_behalf = ? WHERE id = ?').run(actor, input.onBehalf ? 1 : 0, sheetId);
    }
    const upsert = prepared(db, 'INSERT INTO sheet_score (sheet_id, criterion, points_x100) VALUES (?, ?, ?) ON CONFLICT (sheet_id, criterion) DO UPDATE SET points_x100 = excluded.points_x100');
    const remove = prepared(db, 'DELETE FROM sheet_score WHERE sheet_id = ? AND criterion = ?');
    exact.forEach((v, i) => {
      const old = existing?.scores[i] ?? null;
      const value = v === null ? null : toNumber(v);
      if (old === value) return;
      if (v === null) remove.run(sheetId, i + 1);
      else upsert.run(sheetId, i + 1, toHundredths(v));
      recordAudit(db, {
        at: now, actor, onBehalfOf: input.onBehalf ? `member:${input.memberId}` : null, action: 'score', entity: 'member_sheet', entityId: sheetId!,
        before: { criterion: i + 1, points: old }, after: { criterion: i + 1, points: value },
      });
    });
    return currentSheets(db, input.turnId).find((s) => s.sheetId === sheetId)!;
  })();
}

/** Submits a complete sheet; from then on the member sees the others' submitted sheets. */
export function submitSheet(db: Database.Database, input: { turnId: number; memberId: number; version: number }, actor: string, now: Date): SheetView {
  return db.transaction(() => {
    const { member } = checkScorer(db, input.turnId, input.memberId);
    const sheet = currentSheets(db, input.turnId).find((s) => s.memberId === input.memberId);
    if (!sheet) throw new AppError('not_found', `${member.fullName} has no sheet yet`, 'memberId');
    if (sheet.version !== input.version) throw new AppError('conflict', `${member.fullName}'s sheet was changed elsewhere; reload it before submitting`, 'version');
    if (sheet.isSubmitted) throw new AppError('locked', 'this sheet is already submitted', 'memberId');
    const missing = sheet.scores.flatMap((v, i) => (v === null ? [i + 1] : []));
    if (missing.length > 0) throw new AppError('not_submitted', `criteria ${missing.join(', ')} have no points yet`, `scores[${missing[0]}]`);
    prepared(db, 'UPDATE member_sheet SET submitted_at = ?, version = version + 1 WHERE id = ?').run(now.toISOString(), sheet.sheetId);
    recordAudit(db, { at: now, actor, onBehalfOf: sheet.isOnBehalf ? `member:${input.memberId}` : null, action: 'submit', entity: 'member_sheet', entityId: sheet.sheetId });
    return currentSheets(db, input.turnId).find((s) => s.sheetId === sheet.sheetId)!;
  })();
}

/** A re-vote: the submitted sheet is kept (superseded, in the audit) and a new draft opens with its points. */
export function revote(db: Database.Database, input: { turnId: number; memberId: number }, actor: string, now: Date): SheetView {
  return db.transaction(() => {
    checkScorer(db, input.turnId, input.memberId);
    const old = currentSheets(db, input.turnId).find((s) => s.memberId === input.memberId);
    if (!old?.isSubmitted) throw new AppError('not_submitted', 'only a submitted sheet can be re-voted', 'memberId');
    prepared(db, 'UPDATE member_sheet SET superseded_at = ? WHERE id = ?').run(now.toISOString(), old.sheetId);
    const id = Number(
      prepared(db, 'INSERT INTO member_sheet (turn_id, member_id, entered_by, on_behalf, created_at) VALUES (?, ?, ?, ?, ?)').run(input.turnId, input.memberId, actor, old.isOnBehalf ? 1 : 0, now.toISOString()).lastInsertRowid,
    );
    prepared(db, 'INSERT INTO sheet_score (sheet_id, criterion, points_x100) SELECT ?, criterion, points_x100 FROM sheet_score WHERE sheet_id = ?').run(id, old.sheetId);
    recordAudit(db, { at: now, actor, action: 'revote', entity: 'member_sheet', entityId: id, before: { sheet: old.sheetId, scores: old.scores } });
    return currentSheets(db, input.turnId).find((s) => s.sheetId === id)!;
  })();
}
