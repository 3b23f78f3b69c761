import type { Migration } from '../migration';

/** The columns of an examinee that the released result set fixes (everything but the token). */
const EXAMINEE_RESULT_COLUMNS = ['sitting_id', 'listener_id', 'number', 'admitted_at', 'variant', 'started_at', 'deadline_at', 'submitted_at', 'submitted_by', 'position', 'points_num', 'points_den', 'max_num', 'max_den', 'pending_essays', 'band'];
/** The columns of a sitting that decide its results. */
const SITTING_RESULT_COLUMNS = ['cohort_id', 'bank_id', 'blueprint', 'grade_scale', 'seed', 'kind', 'time_limit_minutes', 'released_at', 'results_hash'];

const changed = (columns: string[]): string => columns.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR ');
const released = (examinee: string): string =>
  `EXISTS (SELECT 1 FROM examinee e JOIN sitting s ON s.id = e.sitting_id WHERE e.id = ${examinee} AND s.released_at IS NOT NULL)`;
const frozen = (examinee: string): string =>
  `EXISTS (SELECT 1 FROM examinee e JOIN sitting s ON s.id = e.sitting_id WHERE e.id = ${examinee} AND (e.submitted_at IS NOT NULL OR s.released_at IS NOT NULL))`;

/**
 * Test sittings: a sitting of a cohort on a bank and a blueprint (seed kept, so every variant
 * draws again exactly), examinees with their variant, hashed kiosk token, timer and exact
 * totals, their answers as given, and hand scores of essays. Once a sitting's results are
 * released the result set is immutable, and an examinee's answers are fixed at submission —
 * enforced here by triggers as well as in the services.
 */
export const migration009: Migration = {
  version: 9,
  name: 'sittings',
  up(db) {
    db.exec(`
      CREATE TABLE sitting (
        id INTEGER PRIMARY KEY,
        cohort_id INTEGER NOT NULL REFERENCES cohort(id),
        bank_id INTEGER NOT NULL REFERENCES bank(id),
        blueprint TEXT NOT NULL CHECK (json_valid(blueprint) AND json_type(blueprint) = 'object'),
        grade_scale TEXT REFERENCES design(id),
        seed TEXT NOT NULL CHECK (length(seed) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('entrance', 'exit', 'final', 'module')),
        held_on TEXT NOT NULL,
        place TEXT,
        time_limit_minutes INTEGER CHECK (time_limit_minutes IS NULL OR time_limit_minutes > 0),
        layout TEXT NOT NULL DEFAULT 'one' CHECK (layout IN ('one', 'all')),
        entrance_id INTEGER REFERENCES sitting(id),
        created_at TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        released_at TEXT,
        results_hash TEXT,
        locked_at TEXT,
        CHECK (entrance_id IS NULL OR kind = 'exit'),
        CHECK ((released_at IS NULL) = (results_hash IS NULL)),
        CHECK (locked_at IS NULL OR released_at IS NOT NULL)
      ) STRICT;
      CREATE INDEX sitting_cohort ON sitting(cohort_id);
      CREATE TABLE examinee (
        id INTEGER PRIMARY KEY,
        sitting_id INTEGER NOT NULL REFERENCES sitting(id),
        listener_id INTEGER NOT NULL REFERENCES listener(id),
        number INTEGER NOT NULL CHECK (number >= 1),
        admitted_at TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        variant TEXT NOT NULL CHECK (json_valid(variant) AND json_type(variant) = 'object'),
        started_at TEXT,
        deadline_at TEXT,
        submitted_at TEXT,
        submitted_by TEXT CHECK (submitted_by IN ('examinee', 'timeout', 'examiner')),
        position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
        points_num INTEGER,
        points_den INTEGER CHECK (points_den > 0),
        max_num INTEGER,
        max_den INTEGER CHECK (max_den > 0),
        pending_essays INTEGER NOT NULL DEFAULT 0 CHECK (pending_essays >= 0),
        band TEXT,
        UNIQUE (sitting_id, listener_id),
        UNIQUE (sitting_id, number),
        CHECK ((submitted_at IS NULL) = (submitted_by IS NULL)),
        CHECK (submitted_at IS NULL OR started_at IS NOT NULL),
        CHECK ((points_num IS NULL) = (points_den IS NULL) AND (max_num IS NULL) = (max_den IS NULL))
      ) STRICT;
      CREATE TABLE answer (
        examinee_id INTEGER NOT NULL REFERENCES examinee(id),
        item_key TEXT NOT NULL CHECK (length(item_key) > 0),
        response TEXT CHECK (response IS NULL OR (json_valid(response) AND json_type(response) = 'object')),
        flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
        saved_at TEXT NOT NULL,
        PRIMARY KEY (examinee_id, item_key)
      ) STRICT;
      CREATE TABLE hand_score (
        examinee_id INTEGER NOT NULL REFERENCES examinee(id),
        item_key TEXT NOT NULL,
        points_num INTEGER NOT NULL CHECK (points_num >= 0),
        points_den INTEGER NOT NULL CHECK (points_den > 0),
        note TEXT NOT NULL DEFAULT '',
        scored_by TEXT NOT NULL,
        scored_at TEXT NOT NULL,
        PRIMARY KEY (examinee_id, item_key)
      ) STRICT;

      CREATE TRIGGER sitting_released_update BEFORE UPDATE ON sitting
      WHEN OLD.released_at IS NOT NULL AND (${changed(SITTING_RESULT_COLUMNS)})
      BEGIN SELECT RAISE(ABORT, 'locked: the results of this sitting are released'); END;
      CREATE TRIGGER sitting_locked_update BEFORE UPDATE ON sitting
      WHEN OLD.locked_at IS NOT NULL AND NEW.locked_at IS NOT OLD.locked_at
      BEGIN SELECT RAISE(ABORT, 'locked: a closed sitting cannot reopen'); END;
      CREATE TRIGGER sitting_released_delete BEFORE DELETE ON sitting WHEN OLD.released_at IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'locked: a sitting with released results cannot be deleted'); END;
      CREATE TRIGGER examinee_released_insert BEFORE INSERT ON examinee
      WHEN EXISTS (SELECT 1 FROM sitting s WHERE s.id = NEW.sitting_id AND s.released_at IS NOT NULL)
      BEGIN SELECT RAISE(ABORT, 'locked: the results of this sitting are released'); END;
      CREATE TRIGGER examinee_released_update BEFORE UPDATE ON examinee
      WHEN ${released('OLD.id')} AND (${changed(EXAMINEE_RESULT_COLUMNS)})
      BEGIN SELECT RAISE(ABORT, 'locked: the results of this sitting are released'); END;
      CREATE TRIGGER examinee_released_delete BEFORE DELETE ON examinee WHEN ${released('OLD.id')}
      BEGIN SELECT RAISE(ABORT, 'locked: the results of this sitting are released'); END;
      CREATE TRIGGER answer_frozen_insert BEFORE INSERT ON answer WHEN ${frozen('NEW.examinee_id')}
      BEGIN SELECT RAISE(ABORT, 'locked: the test is submitted; its answers cannot change'); END;
      CREATE TRIGGER answer_frozen_update BEFORE UPDATE ON answer WHEN ${frozen('OLD.examinee_id')}
      BEGIN SELECT RAISE(ABORT, 'locked: the test is submitted; its answers cannot change'); END;
      CREATE TRIGGER answer_frozen_delete BEFORE DELETE ON answer WHEN ${frozen('OLD.examinee_id')}
      BEGIN SELECT RAISE(ABORT, 'locked: the test is submitted; its answers cannot change'); END;
      CREATE TRIGGER hand_score_released_insert BEFORE INSERT ON hand_score WHEN ${released('NEW.examinee_id')}
      BEGIN SELECT RAISE(ABORT, 'locked: the results of this sitting are released'); END;
      CREATE TRIGGER hand_score_released_update BEFORE UPDATE ON hand_score WHEN ${released('OLD.examinee_id')}
      BEGIN SELECT RAISE(ABORT, 'locked: the results of this sitting are released'); END;
      CREATE TRIGGER hand_score_released_delete BEFORE DELETE ON hand_score WHEN ${released('OLD.examinee_id')}
      BEGIN SELECT RAISE(ABORT, 'locked: the results of this sitting are released'); END;
    `);
  },
};
