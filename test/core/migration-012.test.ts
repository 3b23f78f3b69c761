import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations/index';
import { applyPragmas } from '../../electron/core/db/open';
import { listCohorts } from '../../electron/core/services/cohorts';
import { tempDir } from '../helpers/temp-dir';

describe('migration 012 (live listener index)', () => {
  it('adds a partial index that the cohort list counts listeners from, leaving deleted ones out', () => {
    const t = tempDir();
    const db = new Database(join(t.dir, 'old.sqlite'));
    try {
      applyPragmas(db);
      migrate(db, MIGRATIONS.filter((m) => m.version < 12));
      expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 12))).toEqual({ from: 11, to: 12 });
      expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'listener_live_cohort'").get()).toEqual({
        sql: 'CREATE INDEX listener_live_cohort ON listener(cohort_id) WHERE deleted_at IS NULL',
      });
      db.pragma('foreign_keys = OFF'); // no designs are seeded in a bare database
      db.exec(`INSERT INTO programme (id, title_kk, title_ru, title_en, hours, design_id, created_at) VALUES (1, 'a', 'a', 'a', 1, 'kz-000-roadmap-defense', 't');
        INSERT INTO cohort (id, programme_id, name, created_at) VALUES (1, 1, 'c', 't'), (2, 1, 'd', 't');
        INSERT INTO listener (cohort_id, full_name, created_at, deleted_at) VALUES (1, 'Әлия', 't', NULL), (1, 'Болат', 't', NULL), (1, 'Гүл', 't', 'gone');`);
      expect(listCohorts(db, 1).map((c) => [c.id, c.listeners])).toEqual([[2, 0], [1, 2]]);
      const plan = db.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM listener l WHERE l.cohort_id = 1 AND l.deleted_at IS NULL").all() as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX listener_live_cohort/);
    } finally {
      db.close();
      t.remove();
    }
  });
});
