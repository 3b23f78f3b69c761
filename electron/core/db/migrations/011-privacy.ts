import type { Migration } from '../migration';

/** The columns of a confirmed result that an erasure may never touch (everything but the body). */
const FIXED = ['id', 'turn_id', 'design_id', 'rule', 'total_x100', 'band', 'confirmed_by', 'locked_at', 'snapshot_hash'];

/**
 * Personal data: app-wide settings (retention years, the automatic backups' password), and the
 * register of erasures (who was erased, why, by whom, with which pseudonym). A confirmed result
 * stays immutable, with one exception: once the retention period of an erased listener has
 * ended, the listener's name and topic in the locked snapshot may be replaced by the pseudonym —
 * nothing else, and only for a listener in the register (the trigger checks the new body).
 */
export const migration011: Migration = {
  version: 11,
  name: 'privacy',
  up(db) {
    db.exec(`
      CREATE TABLE app_setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;
      CREATE TABLE erasure (
        listener_id INTEGER PRIMARY KEY REFERENCES listener(id),
        pseudonym TEXT NOT NULL CHECK (length(pseudonym) > 0),
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        erased_by TEXT NOT NULL,
        erased_at TEXT NOT NULL,
        locked_kept INTEGER NOT NULL CHECK (locked_kept >= 0),
        locked_redacted_at TEXT
      ) STRICT;
      DROP TRIGGER defense_result_no_update;
      CREATE TRIGGER defense_result_no_update BEFORE UPDATE ON defense_result
      WHEN NOT (
        ${FIXED.map((c) => `NEW.${c} IS OLD.${c}`).join(' AND ')}
        AND EXISTS (
          SELECT 1 FROM erasure e
          WHERE e.listener_id = json_extract(OLD.body, '$.listener.id') AND e.locked_redacted_at IS NOT NULL
            AND NEW.body = json_set(OLD.body, '$.listener.name', e.pseudonym, '$.listener.topic', NULL)
        )
      )
      BEGIN SELECT RAISE(ABORT, 'locked: a confirmed result cannot change; add an amendment'); END;
    `);
  },
};
