import type { Migration } from '../migration';

/**
 * What a secretary prepares before defense day: programme settings and modules, a recycle
 * bin for listeners, operators' PINs, recusals, admission records, and the audit log.
 */
export const migration003: Migration = {
  version: 3,
  name: 'people',
  up(db) {
    db.exec(`
      ALTER TABLE programme ADD COLUMN settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings));
      CREATE TABLE programme_module (
        id INTEGER PRIMARY KEY,
        programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title_kk TEXT NOT NULL,
        title_ru TEXT NOT NULL,
        title_en TEXT NOT NULL,
        hours INTEGER NOT NULL CHECK (hours >= 0),
        gates_admission INTEGER NOT NULL DEFAULT 0 CHECK (gates_admission IN (0, 1)),
        UNIQUE (programme_id, position)
      ) STRICT;
      ALTER TABLE listener ADD COLUMN deleted_at TEXT;
      ALTER TABLE listener ADD COLUMN on_leave_since TEXT;
      CREATE INDEX listener_name ON listener(cohort_id, full_name);
      CREATE INDEX listener_iin ON listener(iin) WHERE iin IS NOT NULL;
      ALTER TABLE commission_member ADD COLUMN pin_hash TEXT;
      CREATE TABLE recusal (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES commission_member(id) ON DELETE CASCADE,
        listener_id INTEGER NOT NULL REFERENCES listener(id),
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (member_id, listener_id)
      ) STRICT;
      CREATE TABLE module_control (
        listener_id INTEGER NOT NULL REFERENCES listener(id),
        module_id INTEGER NOT NULL REFERENCES programme_module(id),
        passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
        note TEXT,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (listener_id, module_id)
      ) STRICT;
      CREATE TABLE admission_override (
        listener_id INTEGER PRIMARY KEY REFERENCES listener(id),
        note TEXT NOT NULL CHECK (length(note) > 0),
        admitted_by INTEGER NOT NULL REFERENCES commission_member(id),
        admitted_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        on_behalf_of TEXT,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after))
      ) STRICT;
      CREATE INDEX audit_entity ON audit_log(entity, entity_id);
    `);
  },
};
