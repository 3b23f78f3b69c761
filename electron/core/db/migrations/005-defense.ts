import type { Migration } from '../migration';

/**
 * Defense day: the queue, questions asked, members' sheets (points in hundredths, exact),
 * divergence resolutions, locked results with amendments, and who was present.
 * A locked result, and every sheet and score behind it, is immutable — enforced here by
 * triggers as well as in the services.
 */
export const migration005: Migration = {
  version: 5,
  name: 'defense',
  up(db) {
    db.exec(`
      CREATE TABLE defense_turn (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES defense_session(id),
        listener_id INTEGER NOT NULL REFERENCES listener(id),
        position INTEGER NOT NULL,
        started_at TEXT,
        pitch_started_at TEXT,
        pitch_ended_at TEXT,
        ended_at TEXT,
        notes TEXT NOT NULL DEFAULT '',
        UNIQUE (session_id, listener_id)
      ) STRICT;
      CREATE TABLE question_log (
        id INTEGER PRIMARY KEY,
        turn_id INTEGER NOT NULL REFERENCES defense_turn(id),
        member_id INTEGER NOT NULL REFERENCES commission_member(id),
        question_index INTEGER,
        text TEXT NOT NULL,
        answer_note TEXT NOT NULL DEFAULT '',
        asked_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE member_sheet (
        id INTEGER PRIMARY KEY,
        turn_id INTEGER NOT NULL REFERENCES defense_turn(id),
        member_id INTEGER NOT NULL REFERENCES commission_member(id),
        version INTEGER NOT NULL DEFAULT 1,
        entered_by TEXT NOT NULL,
        on_behalf INTEGER NOT NULL DEFAULT 0 CHECK (on_behalf IN (0, 1)),
        submitted_at TEXT,
        superseded_at TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX member_sheet_current ON member_sheet(turn_id, member_id) WHERE superseded_at IS NULL;
      CREATE TABLE sheet_score (
        sheet_id INTEGER NOT NULL REFERENCES member_sheet(id),
        criterion INTEGER NOT NULL CHECK (criterion >= 1),
        points_x100 INTEGER NOT NULL CHECK (points_x100 >= 0),
        PRIMARY KEY (sheet_id, criterion)
      ) STRICT;
      CREATE TABLE divergence_resolution (
        id INTEGER PRIMARY KEY,
        turn_id INTEGER NOT NULL REFERENCES defense_turn(id),
        criterion INTEGER,
        reason TEXT NOT NULL CHECK (reason IN ('spread', 'band_straddle')),
        resolution TEXT NOT NULL CHECK (resolution IN ('revote', 'keep', 'dissent')),
        member_id INTEGER REFERENCES commission_member(id),
        text TEXT NOT NULL DEFAULT '',
        actor TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE defense_result (
        id INTEGER PRIMARY KEY,
        turn_id INTEGER NOT NULL UNIQUE REFERENCES defense_turn(id),
        design_id TEXT NOT NULL REFERENCES design(id),
        rule TEXT NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body)),
        total_x100 INTEGER NOT NULL,
        band TEXT,
        confirmed_by INTEGER NOT NULL REFERENCES commission_member(id),
        locked_at TEXT NOT NULL,
        snapshot_hash TEXT NOT NULL
      ) STRICT;
      CREATE TABLE amendment (
        id INTEGER PRIMARY KEY,
        result_id INTEGER NOT NULL REFERENCES defense_result(id),
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        author TEXT NOT NULL,
        at TEXT NOT NULL,
        before TEXT NOT NULL CHECK (json_valid(before)),
        after TEXT NOT NULL CHECK (json_valid(after))
      ) STRICT;
      CREATE TABLE session_presence (
        session_id INTEGER NOT NULL REFERENCES defense_session(id),
        member_id INTEGER NOT NULL REFERENCES commission_member(id),
        PRIMARY KEY (session_id, member_id)
      ) STRICT;

      CREATE TRIGGER defense_result_no_update BEFORE UPDATE ON defense_result
      BEGIN SELECT RAISE(ABORT, 'locked: a confirmed result cannot change; add an amendment'); END;
      CREATE TRIGGER defense_result_no_delete BEFORE DELETE ON defense_result
      BEGIN SELECT RAISE(ABORT, 'locked: a confirmed result cannot be deleted'); END;
      CREATE TRIGGER amendment_no_update BEFORE UPDATE ON amendment
      BEGIN SELECT RAISE(ABORT, 'locked: an amendment cannot change'); END;
      CREATE TRIGGER amendment_no_delete BEFORE DELETE ON amendment
      BEGIN SELECT RAISE(ABORT, 'locked: an amendment cannot be deleted'); END;
      CREATE TRIGGER sheet_score_locked_insert BEFORE INSERT ON sheet_score
      WHEN EXISTS (SELECT 1 FROM member_sheet s JOIN defense_result r ON r.turn_id = s.turn_id WHERE s.id = NEW.sheet_id)
      BEGIN SELECT RAISE(ABORT, 'locked: the result of this defense is confirmed'); END;
      CREATE TRIGGER sheet_score_locked_update BEFORE UPDATE ON sheet_score
      WHEN EXISTS (SELECT 1 FROM member_sheet s JOIN defense_result r ON r.turn_id = s.turn_id WHERE s.id = OLD.sheet_id)
      BEGIN SELECT RAISE(ABORT, 'locked: the result of this defense is confirmed'); END;
      CREATE TRIGGER sheet_score_locked_delete BEFORE DELETE ON sheet_score
      WHEN EXISTS (SELECT 1 FROM member_sheet s JOIN defense_result r ON r.turn_id = s.turn_id WHERE s.id = OLD.sheet_id)
      BEGIN SELECT RAISE(ABORT, 'locked: the result of this defense is confirmed'); END;
      CREATE TRIGGER member_sheet_locked_update BEFORE UPDATE ON member_sheet
      WHEN EXISTS (SELECT 1 FROM defense_result r WHERE r.turn_id = OLD.turn_id)
      BEGIN SELECT RAISE(ABORT, 'locked: the result of this defense is confirmed'); END;
      CREATE TRIGGER member_sheet_locked_insert BEFORE INSERT ON member_sheet
      WHEN EXISTS (SELECT 1 FROM defense_result r WHERE r.turn_id = NEW.turn_id)
      BEGIN SELECT RAISE(ABORT, 'locked: the result of this defense is confirmed'); END;
    `);
  },
};
