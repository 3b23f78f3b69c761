import type { Migration } from '../migration';

/**
 * Question banks: a bank (optionally of a programme), its topic tree (root → module → topic,
 * any depth) and its items, each item's type-specific content as a JSON body. Topics and items
 * reference their bank twice (directly and through the composite key) so that an item can
 * never sit in another bank's topic.
 */
export const migration004: Migration = {
  version: 4,
  name: 'banks',
  up(db) {
    db.exec(`
      CREATE TABLE bank (
        id INTEGER PRIMARY KEY,
        programme_id INTEGER REFERENCES programme(id),
        name TEXT NOT NULL CHECK (length(name) > 0),
        source_file TEXT,
        source_format TEXT NOT NULL CHECK (source_format IN ('gift', 'aiken', 'moodle-xml', 'xlsx', 'attesta')),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX bank_programme ON bank(programme_id);
      CREATE TABLE topic (
        id INTEGER PRIMARY KEY,
        bank_id INTEGER NOT NULL REFERENCES bank(id) ON DELETE CASCADE,
        parent_id INTEGER,
        name TEXT NOT NULL,
        path TEXT NOT NULL CHECK (json_valid(path) AND json_type(path) = 'array'),
        position INTEGER NOT NULL CHECK (position >= 0),
        is_declared INTEGER NOT NULL CHECK (is_declared IN (0, 1)),
        UNIQUE (bank_id, path),
        UNIQUE (id, bank_id),
        FOREIGN KEY (parent_id, bank_id) REFERENCES topic(id, bank_id) ON DELETE CASCADE,
        CHECK ((parent_id IS NULL) = (path = '[]'))
      ) STRICT;
      CREATE INDEX topic_parent ON topic(parent_id);
      CREATE TABLE item (
        id INTEGER PRIMARY KEY,
        bank_id INTEGER NOT NULL REFERENCES bank(id) ON DELETE CASCADE,
        topic_id INTEGER NOT NULL,
        item_key TEXT NOT NULL CHECK (length(item_key) > 0),
        type TEXT NOT NULL CHECK (type IN ('single', 'multiple', 'truefalse', 'matching', 'short', 'numeric', 'essay')),
        position INTEGER NOT NULL CHECK (position >= 0),
        body TEXT NOT NULL CHECK (json_valid(body) AND json_type(body) = 'object'),
        UNIQUE (bank_id, item_key),
        UNIQUE (bank_id, position),
        FOREIGN KEY (topic_id, bank_id) REFERENCES topic(id, bank_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX item_topic ON item(topic_id);
    `);
  },
};
