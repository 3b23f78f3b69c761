import type Database from 'better-sqlite3';
import type { Listener, ListenerHistoryEntry } from '../../../shared/api/channels/people-types';
import { byName } from '../../../shared/domain/collate';
import { prepared } from '../db/prepared';
import { getListener } from './listeners';

/** Every defense of a listener (by IIN when known, so a retake in another cohort shows too). */
export function listenerHistory(db: Database.Database, listenerId: number): ListenerHistoryEntry[] {
  const l = getListener(db, listenerId);
  const rows = prepared(
    db,
    `SELECT s.id AS sessionId, s.held_on AS heldOn, s.cohort_id AS cohortId, t.id AS turnId, t.started_at AS startedAt,
       r.total_x100, r.band, r.locked_at, r.snapshot_hash, (SELECT count(*) FROM amendment a WHERE a.result_id = r.id) AS amendments
     FROM defense_turn t JOIN defense_session s ON s.id = t.session_id LEFT JOIN defense_result r ON r.turn_id = t.id
     WHERE t.listener_id IN (SELECT id FROM listener WHERE id = @id OR (@iin IS NOT NULL AND iin = @iin))
     ORDER BY s.held_on DESC, t.id DESC`,
  ).all({ id: listenerId, iin: l.iin }) as {
    sessionId: number; heldOn: string; cohortId: number; turnId: number; startedAt: string | null;
    total_x100: number | null; band: string | null; locked_at: string | null; snapshot_hash: string | null; amendments: number;
  }[];
  return rows.map((r) => ({
    sessionId: r.sessionId, heldOn: r.heldOn, cohortId: r.cohortId, turnId: r.turnId, startedAt: r.startedAt, amendments: r.amendments,
    result: r.total_x100 === null ? null : { total: r.total_x100 / 100, band: r.band, lockedAt: r.locked_at!, hash: r.snapshot_hash! },
  }));
}

type Row = { id: number; cohort_id: number; full_name: string; iin: string | null; organisation: string | null; position: string | null; topic: string | null; mentor: string | null; deleted_at: string | null; on_leave_since: string | null; cohort_name: string };

/** How a search is run: IIN prefix (indexed), three or more letters (the trigram index), or a scan for one or two. */
function searchSql(query: string): string {
  const columns = 'SELECT l.*, c.name AS cohort_name FROM listener l JOIN cohort c ON c.id = l.cohort_id';
  if (/^\d{2,12}$/.test(query)) return `${columns} WHERE l.iin >= @q AND l.iin < @q || ':' AND l.deleted_at IS NULL ORDER BY l.iin LIMIT @limit`;
  if ([...query].length >= 3) {
    return `${columns} JOIN listener_name_search s ON s.rowid = l.id
      WHERE listener_name_search MATCH '"' || replace(@q, '"', '""') || '"' AND l.deleted_at IS NULL LIMIT @limit`;
  }
  return `${columns} WHERE l.full_name LIKE '%' || @q || '%' AND l.deleted_at IS NULL LIMIT @limit`;
}

/**
 * Searches the whole archive by IIN prefix or by a part of the name (any case: «ерлан» finds
 * «Ерлан»); every way is indexed but a one- or two-letter name part, which scans.
 */
export function searchListeners(db: Database.Database, query: string, limit: number): (Listener & { cohortName: string })[] {
  const rows = prepared(
    db,
    searchSql(query),
  ).all({ q: query, limit }) as Row[];
  return byName(rows, (r) => r.full_name).map((r) => ({
    id: r.id, cohortId: r.cohort_id, fullName: r.full_name, iin: r.iin, organisation: r.organisation, position: r.position, topic: r.topic,
    mentor: r.mentor, deletedAt: r.deleted_at, onLeaveSince: r.on_leave_since, cohortName: r.cohort_name,
  }));
}
