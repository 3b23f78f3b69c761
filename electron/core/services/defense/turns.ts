import type Database from 'better-sqlite3';
import type { AskedQuestion, Turn, TurnDetail } from '../../../../shared/api/channels/defense-types';
import { byName } from '../../../../shared/domain/collate';
import { AppError } from '../../../../shared/domain/errors';
import type { Localized } from '../../../../shared/domain/localized';
import { admissionOf } from '../admission';
import { getMember, getSession, scoringMembers } from '../commission';
import { getProgramme } from '../programmes';
import { getTemplate } from '../templates';
import { prepared } from '../../db/prepared';

type TurnRow = {
  id: number; session_id: number; listener_id: number; full_name: string; topic: string | null; position: number;
  started_at: string | null; pitch_started_at: string | null; pitch_ended_at: string | null; ended_at: string | null; notes: string;
  total_x100: number | null; band: string | null; body: string | null;
};

const SELECT = `SELECT t.*, l.full_name, l.topic, r.total_x100, r.band, r.body FROM defense_turn t
  JOIN listener l ON l.id = t.listener_id LEFT JOIN defense_result r ON r.turn_id = t.id`;

function toTurn(r: TurnRow): Turn {
  const status = r.total_x100 !== null ? 'confirmed' : r.ended_at ? 'ended' : r.started_at ? 'in_progress' : 'waiting';
  const grade = r.body ? (JSON.parse(r.body) as { aggregate: { grade: Localized | null } }).aggregate.grade : null;
  return {
    id: r.id, sessionId: r.session_id, listenerId: r.listener_id, listenerName: r.full_name, topic: r.topic, position: r.position,
    startedAt: r.started_at, pitchStartedAt: r.pitch_started_at, pitchEndedAt: r.pitch_ended_at, endedAt: r.ended_at, notes: r.notes, status,
    result: r.total_x100 === null ? null : { total: r.total_x100 / 100, band: r.band, grade },
  };
}

/** The queue of a session; created from the cohort's listeners (by name) the first time. */
export function queue(db: Database.Database, sessionId: number): Turn[] {
  const session = getSession(db, sessionId);
  const newcomers = db
    .prepare('SELECT id, full_name FROM listener WHERE cohort_id = ? AND deleted_at IS NULL AND id NOT IN (SELECT listener_id FROM defense_turn WHERE session_id = ?)')
    .all(session.cohortId, sessionId) as { id: number; full_name: string }[];
  if (newcomers.length > 0) {
    const start = (prepared(db, 'SELECT coalesce(max(position), 0) AS p FROM defense_turn WHERE session_id = ?').get(sessionId) as { p: number }).p;
    const insert = prepared(db, 'INSERT INTO defense_turn (session_id, listener_id, position) VALUES (?, ?, ?)');
    db.transaction(() => byName(newcomers, (l) => l.full_name).forEach((l, i) => insert.run(sessionId, l.id, start + i + 1)))();
  }
  return (prepared(db, `${SELECT} WHERE t.session_id = ? ORDER BY t.position`).all(sessionId) as TurnRow[]).map(toTurn);
}

/** One turn; `not_found` when missing. */
export function getTurn(db: Database.Database, turnId: number): Turn {
  const row = prepared(db, `${SELECT} WHERE t.id = ?`).get(turnId) as TurnRow | undefined;
  if (!row) throw new AppError('not_found', `no defense ${turnId}`, 'turnId');
  return toTurn(row);
}

/** The programme id behind a turn. */
export function programmeOfTurn(db: Database.Database, turnId: number): number {
  const row = prepared(db, 'SELECT c.programme_id AS p FROM defense_turn t JOIN defense_session s ON s.id = t.session_id JOIN cohort c ON c.id = s.cohort_id WHERE t.id = ?').get(turnId) as
    | { p: number }
    | undefined;
  if (!row) throw new AppError('not_found', `no defense ${turnId}`, 'turnId');
  return row.p;
}

/** Refuses changes once the session is closed or the result confirmed. */
export function assertOpen(db: Database.Database, turn: Turn): void {
  if (turn.status === 'confirmed') throw new AppError('locked', 'this defense is confirmed and locked; corrections are amendments', 'turnId');
  if (getSession(db, turn.sessionId).closedAt) throw new AppError('locked', 'the session is closed', 'sessionId');
}

/** Questions asked in a turn, in order. */
export function questions(db: Database.Database, turnId: number): AskedQuestion[] {
  return db
    .prepare(
      `SELECT q.id, q.member_id AS memberId, m.full_name AS memberName, q.question_index AS questionIndex, q.text, q.answer_note AS answerNote, q.asked_at AS askedAt
       FROM question_log q JOIN commission_member m ON m.id = q.member_id WHERE q.turn_id = ? ORDER BY q.id`,
    )
    .all(turnId) as AskedQuestion[];
}

/** Everything the live defense screen shows about one listener. */
export function turnDetail(db: Database.Database, turnId: number): TurnDetail {
  const turn = getTurn(db, turnId);
  const programme = getProgramme(db, programmeOfTurn(db, turnId));
  const design = getTemplate(db, programme.designId);
  const session = getSession(db, turn.sessionId);
  return {
    ...turn,
    questions: questions(db, turnId),
    scoringMembers: scoringMembers(db, turn.sessionId, turn.listenerId),
    recusedMemberIds: session.recusals.filter((r) => r.listenerId === turn.listenerId).map((r) => r.memberId),
    admission: admissionOf(db, turn.listenerId),
    pitchMinutes: programme.settings.pitchMinutes ?? design.pitchMinutes,
    interviewQuestions: design.questions,
    designId: design.id,
  };
}

/** Records the start or end of a defense, or of its pitch (the timer runs on these times). */
export function stamp(db: Database.Database, turnId: number, what: 'start' | 'end' | 'pitch_start' | 'pitch_stop', now: Date): Turn {
  const turn = getTurn(db, turnId);
  assertOpen(db, turn);
  if (what === 'start' && !admissionOf(db, turn.listenerId).admitted) {
    throw new AppError('not_admitted', `${turn.listenerName} is not admitted to the final attestation`, 'turnId');
  }
  const column = { start: 'started_at', end: 'ended_at', pitch_start: 'pitch_started_at', pitch_stop: 'pitch_ended_at' }[what];
  prepared(db, `UPDATE defense_turn SET ${column} = ? WHERE id = ?`).run(now.toISOString(), turnId);
  if (what === 'pitch_start') prepared(db, 'UPDATE defense_turn SET pitch_ended_at = NULL, started_at = coalesce(started_at, ?) WHERE id = ?').run(now.toISOString(), turnId);
  return getTurn(db, turnId);
}

/** Logs a question a member asked, with a short note on the answer. */
export function ask(db: Database.Database, input: { turnId: number; memberId: number; questionIndex?: number | null; text: string; answerNote?: string }, now: Date): AskedQuestion[] {
  const turn = getTurn(db, input.turnId);
  assertOpen(db, turn);
  if (getMember(db, input.memberId).sessionId !== turn.sessionId) throw new AppError('forbidden', 'this member is not on this commission', 'memberId');
  prepared(db, 'INSERT INTO question_log (turn_id, member_id, question_index, text, answer_note, asked_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    input.turnId, input.memberId, input.questionIndex ?? null, input.text, input.answerNote ?? '', now.toISOString(),
  );
  return questions(db, input.turnId);
}

/** Replaces the secretary's notes on a listener. */
export function setNotes(db: Database.Database, turnId: number, notes: string): Turn {
  assertOpen(db, getTurn(db, turnId));
  prepared(db, 'UPDATE defense_turn SET notes = ? WHERE id = ?').run(notes, turnId);
  return getTurn(db, turnId);
}
