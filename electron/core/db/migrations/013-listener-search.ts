import type { Migration } from '../migration';

/**
 * Searching the archive by a part of a name: a trigram full-text index over listeners' names
 * (any three letters in a row, Kazakh and Russian case folded), kept in step by triggers. The
 * names stay in `listener` only (an external-content index).
 */
export const migration013: Migration = {
  version: 13,
  name: 'listener-search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE listener_name_search USING fts5(full_name, content = 'listener', content_rowid = 'id', tokenize = 'trigram case_sensitive 0');
      CREATE TRIGGER listener_name_search_insert AFTER INSERT ON listener BEGIN
        INSERT INTO listener_name_search (rowid, full_name) VALUES (new.id, new.full_name);
      END;
      CREATE TRIGGER listener_name_search_delete AFTER DELETE ON listener BEGIN
        INSERT INTO listener_name_search (listener_name_search, rowid, full_name) VALUES ('delete', old.id, old.full_name);
      END;
      CREATE TRIGGER listener_name_search_update AFTER UPDATE OF full_name ON listener BEGIN
        INSERT INTO listener_name_search (listener_name_search, rowid, full_name) VALUES ('delete', old.id, old.full_name);
        INSERT INTO listener_name_search (rowid, full_name) VALUES (new.id, new.full_name);
      END;
      INSERT INTO listener_name_search (listener_name_search) VALUES ('rebuild');
    `);
  },
};
