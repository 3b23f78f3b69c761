import type { Migration } from '../migration';

/** Assessment designs: the built-in templates and the ones users make. */
export const migration001: Migration = {
  version: 1,
  name: 'designs',
  up(db) {
    db.exec(`
      CREATE TABLE design (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('rubric', 'scale', 'checklist')),
        title_kk TEXT NOT NULL,
        title_ru TEXT NOT NULL,
        title_en TEXT NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body)),
        is_builtin INTEGER NOT NULL DEFAULT 0 CHECK (is_builtin IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
