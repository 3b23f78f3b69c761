import type Database from 'better-sqlite3';
import { blueprintSchema, type Blueprint } from '../../../../shared/domain/bank/blueprint';
import { prepared } from '../prepared';

/** A saved custom blueprint. */
export type StoredBlueprint = { blueprint: Blueprint; updatedAt: string };

type Row = { id: string; body: string; updated_at: string };

const toStored = (r: Row): StoredBlueprint => ({ blueprint: blueprintSchema.parse(JSON.parse(r.body)), updatedAt: r.updated_at });

/** The saved blueprints, by id. */
export function listBlueprints(db: Database.Database): StoredBlueprint[] {
  return (prepared(db, 'SELECT id, body, updated_at FROM blueprint ORDER BY id').all() as Row[]).map(toStored);
}

/** One saved blueprint, or null. */
export function findBlueprint(db: Database.Database, id: string): StoredBlueprint | null {
  const row = prepared(db, 'SELECT id, body, updated_at FROM blueprint WHERE id = ?').get(id) as Row | undefined;
  return row ? toStored(row) : null;
}

/** Saves a blueprint under its id (a new one or a new version of it). */
export function upsertBlueprint(db: Database.Database, blueprint: Blueprint, now: Date): StoredBlueprint {
  const at = now.toISOString();
  prepared(db, 'INSERT INTO blueprint (id, body, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at')
    .run(blueprint.id, JSON.stringify(blueprint), at, at);
  return { blueprint, updatedAt: at };
}

/** Deletes a saved blueprint; false when there was none. */
export function deleteBlueprint(db: Database.Database, id: string): boolean {
  return prepared(db, 'DELETE FROM blueprint WHERE id = ?').run(id).changes > 0;
}
