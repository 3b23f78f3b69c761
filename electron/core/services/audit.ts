import type { AuditRow } from '../../../shared/api/channels/people-types';
import type Database from 'better-sqlite3';
import { prepared } from '../db/prepared';

/** One recorded action: who did it (and for whom, e.g. a paper sheet), what, before → after. */
export type AuditEntry = {
  at: Date;
  actor: string;
  onBehalfOf?: string | null;
  action: string;
  entity: string;
  entityId: number | null;
  before?: unknown;
  after?: unknown;
};

/** Appends to the audit log (inside the caller's transaction). */
export function recordAudit(db: Database.Database, e: AuditEntry): void {
  prepared(db, 
    'INSERT INTO audit_log (at, actor, on_behalf_of, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    e.at.toISOString(),
    e.actor,
    e.onBehalfOf ?? null,
    e.action,
    e.entity,
    e.entityId,
    e.before === undefined ? null : JSON.stringify(e.before),
    e.after === undefined ? null : JSON.stringify(e.after),
  );
}

/** The audit log of one entity (or all when entity is omitted), newest first. */
export function auditTrail(db: Database.Database, entity?: string, entityId?: number): AuditRow[] {
  const rows = db
    .prepare(
      `SELECT id, at, actor, on_behalf_of, action, entity, entity_id, before, after FROM audit_log
       WHERE (@entity IS NULL OR entity = @entity) AND (@id IS NULL OR entity_id = @id) ORDER BY id DESC`,
    )
    .all({ entity: entity ?? null, id: entityId ?? null }) as {
    id: number; at: string; actor: string; on_behalf_of: string | null; action: string; entity: string; entity_id: number | null; before: string | null; after: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id, at: r.at, actor: r.actor, onBehalfOf: r.on_behalf_of, action: r.action, entity: r.entity, entityId: r.entity_id,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
  }));
}
