import type Database from 'better-sqlite3';
import type { DefenseSession, Member, Role } from '../../../shared/api/channels/people-types';
import { AppError } from '../../../shared/domain/errors';
import { recordAudit } from './audit';
import { hashPin, verifyPin } from './pin';
import { prepared } from '../db/prepared';

type MemberRow = { id: number; session_id: number; full_name: string; role: Role; position: string | null; pin_hash: string | null };
type SessionRow = { id: number; cohort_id: number; held_on: string; place: string | null; opened_at: string; closed_at: string | null };

function toMember(r: MemberRow): Member {
  return { id: r.id, sessionId: r.session_id, fullName: r.full_name, role: r.role, position: r.position, hasPin: r.pin_hash !== null };
}

/** One session with its commission; `not_found` when missing. */
export function getSession(db: Database.Database, id: number): DefenseSession {
  const s = prepared(db, 'SELECT * FROM defense_session WHERE id = ?').get(id) as SessionRow | undefined;
  if (!s) throw new AppError('not_found', `no defense session ${id}`, 'session');
  const members = (prepared(db, "SELECT * FROM commission_member WHERE session_id = ? ORDER BY CASE role WHEN 'chair' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, id").all(id) as MemberRow[]).map(toMember);
  const recusals = db
    .prepare('SELECT r.member_id AS memberId, r.listener_id AS listenerId, r.reason FROM recusal r JOIN commission_member m ON m.id = r.member_id WHERE m.session_id = ? ORDER BY r.id')
    .all(id) as DefenseSession['recusals'];
  return { id: s.id, cohortId: s.cohort_id, heldOn: s.held_on, place: s.place, openedAt: s.opened_at, closedAt: s.closed_at, members, recusals };
}

/** Defense sessions of a cohort, newest first. */
export function listSessions(db: Database.Database, cohortId: number): DefenseSession[] {
  const ids = prepared(db, 'SELECT id FROM defense_session WHERE cohort_id = ? ORDER BY held_on DESC, id DESC').all(cohortId) as { id: number }[];
  return ids.map((r) => getSession(db, r.id));
}

/** Opens a defense session for a cohort with its commission (one chair, one secretary at most). */
export function createSession(
  db: Database.Database,
  input: { cohortId: number; heldOn: string; place?: string | null; members: { fullName: string; role: Role; position?: string | null }[] },
  actor: string,
  now: Date,
): DefenseSession {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.heldOn)) throw new AppError('bad_input', 'heldOn must be a date yyyy-mm-dd', 'heldOn');
  const chairs = input.members.filter((m) => m.role === 'chair').length;
  if (chairs !== 1) throw new AppError('bad_input', `a commission has exactly one chair; got ${chairs}`, 'members');
  if (input.members.filter((m) => m.role === 'secretary').length > 1) throw new AppError('bad_input', 'a commission has at most one secretary', 'members');
  input.members.forEach((m, i) => {
    if (!m.fullName.trim()) throw new AppError('bad_input', `members[${i + 1}]: the full name is required`, `members[${i + 1}].fullName`);
  });
  if (!prepared(db, 'SELECT 1 FROM cohort WHERE id = ?').get(input.cohortId)) throw new AppError('not_found', `no cohort ${input.cohortId}`, 'cohortId');
  return db.transaction(() => {
    const id = Number(
      prepared(db, 'INSERT INTO defense_session (cohort_id, held_on, place, opened_at) VALUES (?, ?, ?, ?)').run(input.cohortId, input.heldOn, input.place ?? null, now.toISOString()).lastInsertRowid,
    );
    const add = prepared(db, 'INSERT INTO commission_member (session_id, full_name, role, position) VALUES (?, ?, ?, ?)');
    for (const m of input.members) add.run(id, m.fullName.trim(), m.role, m.position ?? null);
    recordAudit(db, { at: now, actor, action: 'create', entity: 'defense_session', entityId: id, after: input });
    return getSession(db, id);
  })();
}

/** One member; `not_found` when missing. */
export function getMember(db: Database.Database, id: number): Member & { pinHash: string | null } {
  const r = prepared(db, 'SELECT * FROM commission_member WHERE id = ?').get(id) as MemberRow | undefined;
  if (!r) throw new AppError('not_found', `no commission member ${id}`, 'member');
  return { ...toMember(r), pinHash: r.pin_hash };
}

/** Sets a member's PIN (the secretary does this; only a hash is stored). */
export function setPin(db: Database.Database, memberId: number, pin: string, actor: string, now: Date): Member {
  const member = getMember(db, memberId);
  db.transaction(() => {
    prepared(db, 'UPDATE commission_member SET pin_hash = ? WHERE id = ?').run(hashPin(pin), memberId);
    recordAudit(db, { at: now, actor, action: 'set_pin', entity: 'commission_member', entityId: memberId });
  })();
  return { ...member, hasPin: true };
}

/** Checks a member's PIN, optionally requiring a role; throws `wrong_pin` otherwise. */
export function requirePin(db: Database.Database, memberId: number, pin: string, role?: Role): Member {
  const member = getMember(db, memberId);
  if (role && member.role !== role) throw new AppError('forbidden', `this needs the ${role}; ${member.fullName} is ${member.role}`, 'member');
  if (!verifyPin(pin, member.pinHash)) throw new AppError('wrong_pin', `the PIN of ${member.fullName} is not right`, 'pin');
  const { pinHash: _, ...rest } = member;
  return rest;
}

/** Records that a member will not score a listener (e.g. their own mentee). */
export function recuse(db: Database.Database, memberId: number, listenerId: number, reason: string, actor: string, now: Date): DefenseSession {
  const member = getMember(db, memberId);
  if (!reason.trim()) throw new AppError('bad_input', 'a recusal needs a reason', 'reason');
  const session = getSession(db, member.sessionId);
  if (!prepared(db, 'SELECT 1 FROM listener WHERE id = ? AND cohort_id = ?').get(listenerId, session.cohortId)) {
    throw new AppError('not_found', `listener ${listenerId} is not in this session's cohort`, 'listenerId');
  }
  assertRecusable(db, session, member, listenerId);
  db.transaction(() => {
    prepared(db, 'INSERT INTO recusal (member_id, listener_id, reason, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET reason = excluded.reason').run(
      memberId, listenerId, reason.trim(), now.toISOString(),
    );
    recordAudit(db, { at: now, actor, action: 'recuse', entity: 'commission_member', entityId: memberId, after: { listenerId, reason } });
  })();
  return getSession(db, member.sessionId);
}

/**
 * A recusal may no longer change what was decided: refused once the session is closed, once the
 * listener's result is confirmed (locked), and once the member has submitted a sheet for them
 * (the chair asks for a re-vote first, which reopens the sheet).
 */
function assertRecusable(db: Database.Database, session: DefenseSession, member: Member, listenerId: number): void {
  if (session.closedAt) throw new AppError('locked', 'the session is closed: recusals can no longer change', 'memberId');
  const turn = prepared(db, 'SELECT t.id, r.id AS result FROM defense_turn t LEFT JOIN defense_result r ON r.turn_id = t.id WHERE t.session_id = ? AND t.listener_id = ?').get(session.id, listenerId) as
    | { id: number; result: number | null }
    | undefined;
  if (!turn) return;
  if (turn.result !== null) throw new AppError('locked', "the listener's result is confirmed: a recusal can no longer change it", 'listenerId');
  if (prepared(db, 'SELECT 1 FROM member_sheet WHERE turn_id = ? AND member_id = ? AND superseded_at IS NULL AND submitted_at IS NOT NULL').get(turn.id, member.id)) {
    throw new AppError('conflict', `${member.fullName} has already submitted a sheet for this listener: ask for a re-vote first`, 'memberId');
  }
}

/** The members who score a listener: chair and members, less the recused. */
export function scoringMembers(db: Database.Database, sessionId: number, listenerId: number): Member[] {
  const s = getSession(db, sessionId);
  const recused = new Set(s.recusals.filter((r) => r.listenerId === listenerId).map((r) => r.memberId));
  return s.members.filter((m) => m.role !== 'secretary' && !recused.has(m.id));
}
