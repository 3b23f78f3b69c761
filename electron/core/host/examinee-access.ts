import type Database from 'better-sqlite3';
import { EXAMINEE_CHANNELS } from '../../../shared/api/channels/sittings';
import { prepared } from '../db/prepared';
import { hashToken } from '../services/sittings/create';
import type { Refusal } from './guard';

/** What a kiosk token grants: one examinee's own test in one sitting. */
export type ExamineeScope = { examineeId: number; sittingId: number };

const ALLOWED: ReadonlySet<string> = new Set(EXAMINEE_CHANNELS);

const refused = (message: string): Refusal => ({ status: 403, code: 'forbidden', message });

/**
 * The examinee a kiosk token belongs to, or null when the token is unknown (or replaced) or
 * its sitting is closed. A released sitting still answers, so the examinee can see the result.
 */
export function examineeScope(db: Database.Database, token: string): ExamineeScope | null {
  const row = prepared(db, 'SELECT e.id AS e, e.sitting_id AS s FROM examinee e JOIN sitting s ON s.id = e.sitting_id WHERE e.token_hash = ? AND s.locked_at IS NULL').get(hashToken(token)) as
    | { e: number; s: number }
    | undefined;
  return row ? { examineeId: row.e, sittingId: row.s } : null;
}

/**
 * What an examinee's kiosk or device may do: only the exam:* channels, only their own test
 * (the examinee id is taken from the token, never from the request) in their own sitting.
 */
export function scopeExamineeRequest(db: Database.Database, channel: string, input: unknown, scope: ExamineeScope): { input: unknown } | Refusal {
  if (!ALLOWED.has(channel)) return refused('an examinee cannot use this function');
  const own = prepared(db, 'SELECT sitting_id AS s FROM examinee WHERE id = ?').get(scope.examineeId) as { s: number } | undefined;
  if (own?.s !== scope.sittingId) return refused('this token is for another sitting');
  const body: Record<string, unknown> = typeof input === 'object' && input !== null && !Array.isArray(input) ? { ...(input as Record<string, unknown>) } : {};
  if (body.sittingId !== undefined && body.sittingId !== scope.sittingId) return refused('this token is for another sitting');
  if (body.examineeId !== undefined && body.examineeId !== scope.examineeId) return refused("another examinee's test");
  return { input: { ...body, examineeId: scope.examineeId, sittingId: scope.sittingId } };
}
