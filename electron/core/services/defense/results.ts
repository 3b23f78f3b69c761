import type Database from 'better-sqlite3';
import type { Board, DefenseResult, Resolution } from '../../../../shared/api/channels/defense-types';
import { boardState, effectiveDesign, ruleSentence } from '../../../../shared/domain/defense';
import { AppError } from '../../../../shared/domain/errors';
import { fromNumber } from '../../../../shared/domain/fraction';
import { gradeTotal } from '../../../../shared/domain/grade';
import type { Design } from '../../../../shared/schemas/design-schema';
import { snapshotHash } from '../../export/snapshot-hash';
import { recordAudit } from '../audit';
import { getMember, getSession, requirePin, scoringMembers } from '../commission';
import { getProgramme } from '../programmes';
import { currentSheets, designOfTurn } from './sheets';
import { assertOpen, getTurn, programmeOfTurn } from './turns';
import { prepared } from '../../db/prepared';

type ResolutionRow = { id: number; criterion: number | null; reason: Resolution['reason']; resolution: Resolution['resolution']; member_id: number | null; text: string; actor: string; at: string };

function resolutions(db: Database.Database, turnId: number): Resolution[] {
  return (prepared(db, 'SELECT * FROM divergence_resolution WHERE turn_id = ? ORDER BY id').all(turnId) as ResolutionRow[]).map((r) => ({
    id: r.id, criterion: r.criterion, reason: r.reason, resolution: r.resolution, memberId: r.member_id, text: r.text, actor: r.actor, at: r.at,
  }));
}

function scoringDesign(db: Database.Database, turnId: number): { design: Design; quorum: number } {
  const programme = getProgramme(db, programmeOfTurn(db, turnId));
  return { design: effectiveDesign(designOfTurn(db, turnId), programme.settings.aggregationRule, programme.settings.divergenceThreshold), quorum: programme.settings.quorum };
}

/** Divergences of an aggregate with no keep/dissent recorded since the last submitted sheet. */
function unresolvedOf(db: Database.Database, turnId: number, aggregate: { divergence: { criterion: number | null; reason: Resolution['reason'] }[] } | null, done: Resolution[]): Board['unresolved'] {
  const lastSubmit = (prepared(db, 'SELECT max(submitted_at) AS at FROM member_sheet WHERE turn_id = ? AND superseded_at IS NULL').get(turnId) as { at: string | null }).at ?? '';
  return (aggregate?.divergence ?? [])
    .filter((d) => !done.some((r) => r.criterion === d.criterion && r.reason === d.reason && r.resolution !== 'revote' && r.at >= lastSubmit))
    .map((d) => ({ criterion: d.criterion, reason: d.reason }));
}

/** The board for one listener: who submitted, and once all have, aggregates, spread and flags. */
export function board(db: Database.Database, turnId: number): Board {
  const turn = getTurn(db, turnId);
  const session = getSession(db, turn.sessionId);
  const scoring = scoringMembers(db, turn.sessionId, turn.listenerId);
  const { design, quorum } = scoringDesign(db, turnId);
  const sheets = currentSheets(db, turnId);
  const state = boardState(design, scoring.map((m) => m.id), sheets, quorum);
  const done = resolutions(db, turnId);
  const unresolved = unresolvedOf(db, turnId, state.aggregate, done);
  const recused = new Set(session.recusals.filter((r) => r.listenerId === turn.listenerId).map((r) => r.memberId));
  return {
    turn,
    members: session.members
      .filter((m) => m.role !== 'secretary')
      .map((m) => ({ memberId: m.id, fullName: m.fullName, role: m.role, isSubmitted: sheets.some((s) => s.memberId === m.id && s.isSubmitted), isRecused: recused.has(m.id) })),
    state,
    resolutions: done,
    unresolved,
  };
}

/** Records how a divergence was dealt with: re-vote, keep, or a member's dissenting opinion. */
export function resolveDivergence(
  db: Database.Database,
  input: { turnId: number; criterion: number | null; reason: Resolution['reason']; resolution: Resolution['resolution']; memberId?: number | null; text?: string },
  actor: string,
  now: Date,
): Resolution[] {
  const turn = getTurn(db, input.turnId);
  assertOpen(db, turn);
  if (input.resolution === 'dissent') {
    if (!input.memberId || !input.text?.trim()) throw new AppError('bad_input', 'a dissenting opinion names the member and has a text', 'text');
    if (getMember(db, input.memberId).sessionId !== turn.sessionId) throw new AppError('forbidden', 'this member is not on this commission', 'memberId');
  }
  db.transaction(() => {
    prepared(db, 'INSERT INTO divergence_resolution (turn_id, criterion, reason, resolution, member_id, text, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      input.turnId, input.criterion, input.reason, input.resolution, input.memberId ?? null, input.text?.trim() ?? '', actor, now.toISOString(),
    );
    recordAudit(db, { at: now, actor, action: 'resolve', entity: 'defense_turn', entityId: input.turnId, after: input });
  })();
  return resolutions(db, input.turnId);
}

type ResultRow = { id: number; turn_id: number; design_id: string; rule: string; body: string; confirmed_by: number; locked_at: string; snapshot_hash: string };
type AmendmentRow = { id: number; reason: string; author: string; at: string; before: string; after: string };

/** The locked result of a turn with its amendments, or null before confirmation. */
export function resultOf(db: Database.Database, turnId: number): DefenseResult | null {
  const r = prepared(db, 'SELECT * FROM defense_result WHERE turn_id = ?').get(turnId) as ResultRow | undefined;
  if (!r) return null;
  const body = JSON.parse(r.body) as Pick<DefenseResult, 'aggregate' | 'scorers' | 'absent' | 'resolutions' | 'ruleSentence'>;
  const amendments = (prepared(db, 'SELECT * FROM amendment WHERE result_id = ? ORDER BY id').all(r.id) as AmendmentRow[]).map((a) => ({
    id: a.id, reason: a.reason, author: a.author, at: a.at, before: JSON.parse(a.before) as DefenseResult['amendments'][number]['before'], after: JSON.parse(a.after) as DefenseResult['amendments'][number]['after'],
  }));
  return { id: r.id, turnId: r.turn_id, designId: r.design_id, rule: r.rule, ...body, confirmedBy: r.confirmed_by, lockedAt: r.locked_at, hash: r.snapshot_hash, amendments };
}

/** The chair confirms with their PIN: quorum, no pending drafts, divergences resolved; then the result is locked. */
export function confirmResult(db: Database.Database, input: { turnId: number; chairId: number; pin: string }, now: Date): DefenseResult {
  return db.transaction(() => {
    const turn = getTurn(db, input.turnId);
    assertOpen(db, turn);
    const chair = requirePin(db, input.chairId, input.pin, 'chair');
    if (chair.sessionId !== turn.sessionId) throw new AppError('forbidden', 'this chair is not on this commission', 'chairId');
    const state = board(db, input.turnId);
    const scoring = scoringMembers(db, turn.sessionId, turn.listenerId);
    const sheets = currentSheets(db, input.turnId).filter((s) => scoring.some((m) => m.id === s.memberId));
    const drafts = sheets.filter((s) => !s.isSubmitted);
    if (drafts.length > 0) throw new AppError('not_submitted', `${drafts.map((d) => d.memberName).join(', ')}: the sheet is not submitted yet`, 'sheets');
    const { design, quorum } = scoringDesign(db, input.turnId);
    if (sheets.length < quorum) throw new AppError('no_quorum', `${sheets.length} of the required ${quorum} members have scored`, 'sheets');
    const aggregate = boardState(design, sheets.map((s) => s.memberId), sheets, quorum).aggregate;
    if (!aggregate) throw new AppError('too_few_for_trimmed', 'the trimmed mean needs at least 5 sheets', 'sheets');
    // divergence among the sheets actually submitted (a member may be absent: the board then shows none)
    const unresolved = unresolvedOf(db, input.turnId, aggregate, state.resolutions);
    if (unresolved.length > 0) {
      throw new AppError('unresolved_divergence', `resolve the divergence first: ${unresolved.map((u) => (u.criterion ? `criterion ${u.criterion}` : 'band straddle')).join(', ')}`, 'divergence');
    }
    const body = {
      listener: { id: turn.listenerId, name: turn.listenerName, topic: turn.topic },
      aggregate,
      scorers: sheets.map((s) => ({ memberId: s.memberId, fullName: s.memberName, isOnBehalf: s.isOnBehalf, scores: s.scores.map((v) => v ?? 0) })),
      absent: scoring.filter((m) => !sheets.some((s) => s.memberId === m.id)).map((m) => ({ memberId: m.id, fullName: m.fullName })),
      resolutions: state.resolutions,
      ruleSentence: ruleSentence(design.aggregation.rule, design.precision),
    };
    const hash = snapshotHash(JSON.parse(JSON.stringify({ ...body, designId: design.id, confirmedBy: chair.id, lockedAt: now.toISOString() })));
    const id = Number(
      db
        .prepare('INSERT INTO defense_result (turn_id, design_id, rule, body, total_x100, band, confirmed_by, locked_at, snapshot_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(input.turnId, design.id, design.aggregation.rule, JSON.stringify(body), Math.round((aggregate.total ?? 0) * 100), aggregate.band, chair.id, now.toISOString(), hash.full).lastInsertRowid,
    );
    prepared(db, 'UPDATE defense_turn SET ended_at = coalesce(ended_at, ?) WHERE id = ?').run(now.toISOString(), input.turnId);
    recordAudit(db, { at: now, actor: `member:${chair.id}`, action: 'confirm', entity: 'defense_result', entityId: id, after: { total: aggregate.total, band: aggregate.band, hash: hash.full } });
    return resultOf(db, input.turnId)!;
  })();
}

/** A correction after locking: a new exact total with a reason, by the chair; the locked record stays. */
export function amendResult(db: Database.Database, input: { resultId: number; chairId: number; pin: string; reason: string; totalExact: number }, now: Date): DefenseResult {
  const row = prepared(db, 'SELECT turn_id FROM defense_result WHERE id = ?').get(input.resultId) as { turn_id: number } | undefined;
  if (!row) throw new AppError('not_found', `no result ${input.resultId}`, 'resultId');
  const chair = requirePin(db, input.chairId, input.pin, 'chair');
  const current = resultOf(db, row.turn_id)!;
  const { design } = scoringDesign(db, row.turn_id);
  if (input.totalExact > design.max) throw new AppError('out_of_range', `the total ${input.totalExact} is above the maximum ${design.max}`, 'totalExact');
  const graded = gradeTotal(design, fromNumber(input.totalExact));
  const last = current.amendments.at(-1)?.after ?? { total: current.aggregate.total ?? 0, band: current.aggregate.band };
  db.transaction(() => {
    prepared(db, 'INSERT INTO amendment (result_id, reason, author, at, before, after) VALUES (?, ?, ?, ?, ?, ?)').run(
      input.resultId, input.reason.trim(), `member:${chair.id}`, now.toISOString(),
      JSON.stringify({ total: last.total, band: last.band }),
      JSON.stringify({ total: graded.total, band: graded.band, totalExact: graded.totalExact, grade: graded.grade }),
    );
    recordAudit(db, { at: now, actor: `member:${chair.id}`, action: 'amend', entity: 'defense_result', entityId: input.resultId, before: last, after: { total: graded.total, band: graded.band, reason: input.reason } });
  })();
  return resultOf(db, row.turn_id)!;
}

/** Closes a session: its end time and who was present; nothing in it changes afterwards. */
export function closeSession(db: Database.Database, input: { sessionId: number; presentMemberIds: number[] }, actor: string, now: Date): { sessionId: number; closedAt: string; present: number[] } {
  const session = getSession(db, input.sessionId);
  if (session.closedAt) throw new AppError('locked', 'the session is already closed', 'sessionId');
  const unknown = input.presentMemberIds.filter((id) => !session.members.some((m) => m.id === id));
  if (unknown.length > 0) throw new AppError('bad_input', `members ${unknown.join(', ')} are not on this commission`, 'presentMemberIds');
  db.transaction(() => {
    prepared(db, 'UPDATE defense_session SET closed_at = ? WHERE id = ?').run(now.toISOString(), input.sessionId);
    const add = prepared(db, 'INSERT INTO session_presence (session_id, member_id) VALUES (?, ?)');
    for (const id of input.presentMemberIds) add.run(input.sessionId, id);
    recordAudit(db, { at: now, actor, action: 'close', entity: 'defense_session', entityId: input.sessionId, after: { present: input.presentMemberIds } });
  })();
  return { sessionId: input.sessionId, closedAt: now.toISOString(), present: [...input.presentMemberIds] };
}
