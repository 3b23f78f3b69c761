import type Database from 'better-sqlite3';
import { MEMBER_DEVICE_CHANNELS } from '../../../shared/api/channels/devices';
import { prepared } from '../db/prepared';
import type { DeviceScope } from '../services/devices';
import type { Refusal } from './guard';

const ALLOWED: ReadonlySet<string> = new Set(MEMBER_DEVICE_CHANNELS);

function sessionOfTurn(db: Database.Database, turnId: unknown): number | null {
  if (typeof turnId !== 'number') return null;
  const row = prepared(db, 'SELECT session_id AS s FROM defense_turn WHERE id = ?').get(turnId) as { s: number } | undefined;
  return row?.s ?? null;
}

const refused = (message: string): Refusal => ({ status: 403, code: 'forbidden', message });

/**
 * What a member's device may do: a few channels, only in its own defense session, only on its
 * own sheet (the member id is taken from the token, never from the request), never on behalf.
 */
export function scopeDeviceRequest(db: Database.Database, channel: string, input: unknown, scope: DeviceScope): { input: unknown } | Refusal {
  if (!ALLOWED.has(channel)) return refused('a device cannot use this function');
  const body: Record<string, unknown> = typeof input === 'object' && input !== null ? { ...(input as Record<string, unknown>) } : {};
  if (channel === 'template:get') return { input: body };
  if (channel === 'defense:queue') {
    if (body.sessionId !== undefined && body.sessionId !== scope.defenseSessionId) return refused('another session');
    return { input: { ...body, sessionId: scope.defenseSessionId } };
  }
  if (sessionOfTurn(db, body.turnId) !== scope.defenseSessionId) return refused('this defense is not in your session');
  if (channel.startsWith('sheet:')) {
    if (body.memberId !== undefined && body.memberId !== scope.memberId) return refused("another member's sheet");
    body.memberId = scope.memberId;
    if (channel === 'sheet:save') body.onBehalf = false;
  }
  return { input: body };
}
