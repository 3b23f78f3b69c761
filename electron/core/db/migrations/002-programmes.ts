import type { Migration } from '../migration';

/** Programmes, cohorts, listeners, defense sessions and their commissions. */
export const migration002: Migration = {
  version: 2,
  name: 'programmes',
  up(db) {
    db.exec(`
      CREATE TABLE programme (
        id INTEGER PRIMARY KEY,
        title_kk TEXT NOT NULL,
        title_ru TEXT NOT NULL,
        title_en TEXT NOT NULL,
        hours INTEGER NOT NULL CHECK (hours >= 0),
        design_id TEXT NOT NULL REFERENCES design(id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE cohort (
        id INTEGER PRIMARY KEY,
        programme_id INTEGER NOT NULL REFERENCES programme(id),
        name TEXT NOT NULL,
        starts_on TEXT,
        ends_on TEXT,
        format TEXT,
        place TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE listener (
        id INTEGER PRIMARY KEY,
        cohort_id INTEGER NOT NULL REFERENCES cohort(id),
        full_name TEXT NOT NULL CHECK (length(full_name) > 0),
        iin TEXT CHECK (iin IS NULL OR (length(iin) = 12 AND iin NOT GLOB '*[^0-9]*')),
        organisation TEXT,
        position TEXT,
        topic TEXT,
        mentor TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX listener_cohort ON listener(cohort_id);
      CREATE TABLE defense_session (
        id INTEGER PRIMARY KEY,
        cohort_id INTEGER NOT NULL REFERENCES cohort(id),
        held_on TEXT NOT NULL,
        place TEXT,
        opened_at TEXT NOT NULL,
        closed_at TEXT
      ) STRICT;
      CREATE TABLE commission_member (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES defense_session(id),
        full_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('chair', 'member', 'secretary')),
        position TEXT
      ) STRICT;
      CREATE INDEX commission_session ON commission_member(session_id);
    `);
  },
};
