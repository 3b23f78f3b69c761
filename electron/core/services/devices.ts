import type Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/domain/errors';
import { prepared } from '../db/prepared';
import { recordAudit } from './audit';
import { getMember, getSession } from './commission';
import { verifyPin } from './pin';

/** After this many wrong PINs a member (or address) is locked out for LOCK_MINUTES. */
export const MAX_PIN_FAILURES = 5;
/** How long a lock-out lasts. */
export const LOCK_MINUTES = 5;

/** What a device token grants: one member of one defense session. */
export type DeviceScope = { deviceSessionId: number; defenseSessionId: number; memberId: number };

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The open session for devices of a defense session, or null. */
export function openDeviceSession(db: Database.Database, defenseSessionId: number): { id: number; openedAt: string } | null {
  const row = prepared(db, 'SELECT id, opened_at FROM device_session WHERE defense_session_id = ? AND closed_at IS NULL').get(defenseSessionId) as
    | { id: number; opened_at: string }
    | undefined;
  return row ? { id: row.id, openedAt: row.opened_at } : null;
}

/**
 * Opens devices for a defense session with a fresh join key (it travels in the QR code's URL;
 * only its hash is stored). Opening again replaces the key and revokes older devices.
 */
export function openDevices(db: Database.Database, defenseSessionId: number, actor: string, now: Date): { id: number; joinKey: string } {
  const session = getSession(db, defenseSessionId);
  if (session.closedAt) throw new AppError('locked', 'the defense session is closed', 'sessionId');
  const joinKey = randomBytes(12).toString('base64url');
  return db.transaction(() => {
    closeDevices(db, defenseSessionId, actor, now);
    const id = Number(
      prepared(db, 'INSERT INTO device_session (defense_session_id, join_key_hash, opened_at) VALUES (?, ?, ?)').run(defenseSessionId, hashToken(joinKey), now.toISOString()).lastInsertRowid,
    );
    recordAudit(db, { at: now, actor, action: 'open_devices', entity: 'defense_session', entityId: defenseSessionId });
    return { id, joinKey };
  })();
}

/** The defense session a join key opens, or null (unknown key or devices closed). */
export function sessionOfJoinKey(db: Database.Database, joinKey: string): number | null {
  const row = prepared(db, 'SELECT defense_session_id AS s FROM device_session WHERE join_key_hash = ? AND closed_at IS NULL').get(hashToken(joinKey)) as { s: number } | undefined;
  return row?.s ?? null;
}

/** Closes devices: every device token of the session is revoked at once. */
export function closeDevices(db: Database.Database, defenseSessionId: number, actor: string, now: Date): number {
  return db.transaction(() => {
    const open = openDeviceSession(db, defenseSessionId);
    if (!open) return 0;
    const revoked = prepared(db, 'UPDATE device_token SET revoked_at = ? WHERE device_session_id = ? AND revoked_at IS NULL').run(now.toISOString(), open.id).changes;
    prepared(db, 'UPDATE device_session SET closed_at = ? WHERE id = ?').run(now.toISOString(), open.id);
    recordAudit(db, { at: now, actor, action: 'close_devices', entity: 'defense_session', entityId: defenseSessionId, after: { revoked } });
    return revoked;
  })();
}

function memberOrNull(db: Database.Database, id: number): ReturnType<typeof getMember> | null {
  try {
    return getMember(db, id);
  } catch {
    return null;
  }
}

function checkThrottle(db: Database.Database, subjects: string[], now: Date): void {
  for (const subject of subjects) {
    const row = prepared(db, 'SELECT failures, locked_until FROM pin_throttle WHERE subject = ?').get(subject) as { failures: number; locked_until: string | null } | undefined;
    if (row?.locked_until && row.locked_until > now.toISOString()) {
      throw new AppError('pin_locked', `too many wrong PINs; try again after ${row.locked_until.slice(11, 16)} UTC`, 'pin');
    }
  }
}

function noteFailure(db: Database.Database, subjects: string[], now: Date): void {
  const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
  for (const subject of subjects) {
    prepared(
      db,
      `INSERT INTO pin_throttle (subject, failures, locked_until) VALUES (?, 1, NULL)
       ON CONFLICT (subject) DO UPDATE SET failures = failures + 1,
         locked_until = CASE WHEN failures + 1 >= ? THEN ? ELSE locked_until END`,
    ).run(subject, MAX_PIN_FAILURES, lockUntil);
  }
}

/**
 * A member joins from their own device with their PIN: a fresh random token (returned once,
 * stored only as a hash) scoped to that member. Wrong PINs count per member and per address.
 */
export function joinMember(
  db: Database.Database,
  input: { joinKey: string; memberId: number; pin: string; address: string },
  now: Date,
): { token: string; scope: DeviceScope; memberName: string } {
  const defenseSessionId = sessionOfJoinKey(db, input.joinKey);
  const open = defenseSessionId === null ? null : openDeviceSession(db, defenseSessionId);
  if (!open || defenseSessionId === null) throw new AppError('forbidden', 'this join link is not open (ask the secretary for the current QR code)', 'joinKey');
  const subjects = [`member:${input.memberId}`, `address:${input.address}`];
  checkThrottle(db, subjects, now);
  const member = memberOrNull(db, input.memberId);
  if (!member || member.sessionId !== defenseSessionId || member.role === 'secretary' || !verifyPin(input.pin, member.pinHash)) {
    db.transaction(() => noteFailure(db, subjects, now))();
    throw new AppError('wrong_pin', 'the name or the PIN is not right', 'pin');
  }
  const token = randomBytes(32).toString('base64url');
  db.transaction(() => {
    for (const s of subjects) prepared(db, 'DELETE FROM pin_throttle WHERE subject = ?').run(s);
    prepared(db, 'INSERT INTO device_token (device_session_id, member_id, token_hash, created_at) VALUES (?, ?, ?, ?)').run(open.id, member.id, hashToken(token), now.toISOString());
    recordAudit(db, { at: now, actor: `member:${member.id}`, action: 'join_device', entity: 'defense_session', entityId: defenseSessionId, after: { address: input.address } });
  })();
  return { token, scope: { deviceSessionId: open.id, defenseSessionId, memberId: member.id }, memberName: member.fullName };
}

/** What a device token may reach, or null when it is unknown, revoked, or its session closed. */
export function deviceScope(db: Database.Database, token: string): DeviceScope | null {
  const row = prepared(
    db,
    `SELECT t.device_session_id AS d, s.defense_session_id AS s, t.member_id AS m FROM device_token t
     JOIN device_session s ON s.id = t.device_session_id
     WHERE t.token_hash = ? AND t.revoked_at IS NULL AND s.closed_at IS NULL`,
  ).get(hashToken(token)) as { d: number; s: number; m: number | null } | undefined;
  return row && row.m !== null ? { deviceSessionId: row.d, defenseSessionId: row.s, memberId: row.m } : null;
}

/** Runs a write once per client id: a resend returns the first answer instead of writing again. */
export function once<T>(db: Database.Database, clientId: string | undefined, channel: string, now: Date, write: () => T): T {
  if (!clientId) return write();
  return db.transaction(() => {
    const done = prepared(db, 'SELECT result FROM client_write WHERE client_id = ?').get(clientId) as { result: string } | undefined;
    if (done) return JSON.parse(done.result) as T;
    const result = write();
    prepared(db, 'INSERT INTO client_write (client_id, channel, result, at) VALUES (?, ?, ?, ?)').run(clientId, channel, JSON.stringify(result ?? null), now.toISOString());
    return result;
  })();
}
