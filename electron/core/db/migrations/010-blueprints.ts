import type { Migration } from '../migration';

/**
 * Custom blueprints (the built-in ones live in code) and the banks' recycle bin: an item
 * deleted on the Bank screen waits here, whole, until it is restored or its bank is deleted.
 */
export const migration010: Migration = {
  version: 10,
  name: 'blueprints',
  up(db) {
    db.exec(`
      CREATE TABLE blueprint (
        id TEXT PRIMARY KEY CHECK (length(id) > 0),
        body TEXT NOT NULL CHECK (json_valid(body) AND json_type(body) = 'object'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE item_bin (
        id INTEGER PRIMARY KEY,
        bank_id INTEGER NOT NULL REFERENCES bank(id) ON DELETE CASCADE,
        item_key TEXT NOT NULL CHECK (length(item_key) > 0),
        path TEXT NOT NULL CHECK (json_valid(path) AND json_type(path) = 'array'),
        type TEXT NOT NULL,
        position INTEGER NOT NULL CHECK (position >= 0),
        body TEXT NOT NULL CHECK (json_valid(body) AND json_type(body) = 'object'),
        deleted_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX item_bin_bank ON item_bin(bank_id);
    `);
  },
};
