import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { migration011 } from '../../electron/core/db/migrations/011-privacy';
import { MIGRATIONS } from '../../electron/core/db/migrations/index';
import { applyPragmas } from '../../electron/core/db/open';
import { tempDir } from '../helpers/temp-dir';

describe('migration 011 (privacy)', () => {
  it('adds app settings and the erasure register on the database before it; a confirmed result still cannot change', () => {
    const t = tempDir();
    const db = new Database(join(t.dir, 'old.sqlite'));
    try {
      applyPragmas(db);
      migrate(db, MIGRATIONS.filter((m) => m.version < 11));
      expect(MIGRATIONS).toContain(migration011);
      expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 11))).toEqual({ from: MIGRATIONS.filter((m) => m.version < 11).at(-1)!.version, to: 11 });
      const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name IN ('app_setting', 'erasure') ORDER BY name").all();
      expect(tables).toEqual([{ name: 'app_setting', strict: 1 }, { name: 'erasure', strict: 1 }]);
      expect(() => db.prepare("INSERT INTO app_setting (key, value) VALUES ('x', 'not json')").run()).toThrow(/CHECK/);
      const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'defense_result%' ORDER BY name").all();
      expect(triggers).toEqual([{ name: 'defense_result_no_delete' }, { name: 'defense_result_no_update' }]);
      // a locked result (inserted by hand) refuses any change while no erasure allows it
      db.pragma('foreign_keys = OFF'); // no designs are seeded in a bare database
      db.exec(`INSERT INTO programme (id, title_kk, title_ru, title_en, hours, design_id, created_at) VALUES (1, 'a', 'a', 'a', 1, 'kz-000-roadmap-defense', 't');
        INSERT INTO cohort (id, programme_id, name, created_at) VALUES (1, 1, 'c', 't');
        INSERT INTO listener (id, cohort_id, full_name, created_at) VALUES (1, 1, 'Әлия', 't');
        INSERT INTO defense_session (id, cohort_id, held_on, opened_at) VALUES (1, 1, 'd', 't');
        INSERT INTO commission_member (id, session_id, full_name, role) VALUES (1, 1, 'Төраға', 'chair');
        INSERT INTO defense_turn (id, session_id, listener_id, position) VALUES (1, 1, 1, 1);
        INSERT INTO defense_result (turn_id, design_id, rule, body, total_x100, confirmed_by, locked_at, snapshot_hash)
          VALUES (1, 'kz-000-roadmap-defense', 'mean', '{"listener":{"id":1,"name":"Әлия","topic":"T"}}', 8100, 1, 't', 'h');`);
      const redact = db.prepare(`UPDATE defense_result SET body = json_set(body, '$.listener.name', 'Тыңдаушы #1', '$.listener.topic', NULL)`);
      expect(() => redact.run()).toThrow(/locked/);
      db.exec(`INSERT INTO erasure (listener_id, pseudonym, reason, erased_by, erased_at, locked_kept) VALUES (1, 'Тыңдаушы #1', 'r', 'desktop', 't', 1)`);
      expect(() => redact.run()).toThrow(/locked/); // retention not over: not marked for redaction
      db.exec(`UPDATE erasure SET locked_redacted_at = 't2'`);
      expect(() => db.prepare(`UPDATE defense_result SET body = json_set(body, '$.listener.name', 'Тыңдаушы #1', '$.listener.topic', NULL), total_x100 = 1`).run()).toThrow(/locked/);
      expect(() => db.prepare(`UPDATE defense_result SET body = json_set(body, '$.listener.name', 'Someone else', '$.listener.topic', NULL)`).run()).toThrow(/locked/);
      expect(redact.run().changes).toBe(1);
    } finally {
      db.close();
      t.remove();
    }
  });
});
