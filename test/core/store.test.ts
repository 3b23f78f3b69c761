import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/domain/errors';
import { DB_FILE } from '../../electron/core/data-dir';
import { migrate, schemaVersion } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations/index';
import { applyPragmas, openStore } from '../../electron/core/db/open';
import { findDesign, listDesigns, saveUserDesign } from '../../electron/core/db/repos/designs';
import { builtinDesign } from '../../shared/templates/builtin';
import { tempDir } from '../helpers/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function freshDir(): string {
  const t = tempDir();
  cleanups.push(t.remove);
  return t.dir;
}

function tables(db: Database.Database): { name: string; strict: number }[] {
  return db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
    strict: number;
  }[];
}

describe('the store', () => {
  it('creates one SQLite file with WAL, FULL sync, foreign keys and a busy timeout', () => {
    const dir = freshDir();
    const db = openStore(dir);
    cleanups.push(() => db.close());
    expect(existsSync(join(dir, DB_FILE))).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(tables(db).every((t) => t.strict === 1)).toBe(true);
  });

  it('seeds the six built-in templates into a new database, once', () => {
    const dir = freshDir();
    openStore(dir).close();
    const db = openStore(dir);
    cleanups.push(() => db.close());
    const rows = listDesigns(db);
    expect(rows.filter((r) => r.isBuiltin).map((r) => r.design.id)).toEqual([
      'kz-000-roadmap-defense',
      'kz-001-test-percent',
      'kz-002-final-project',
      'kz-003-mini-lesson',
      'kz-003-project',
      'kz-004-comfort-checklist',
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM design').get()).toEqual({ n: 6 });
    expect(findDesign(db, 'kz-000-roadmap-defense')).toEqual(builtinDesign('kz-000-roadmap-defense'));
  });

  it('stores a user design and never lets it overwrite a built-in', () => {
    const db = openStore(freshDir());
    cleanups.push(() => db.close());
    const mine = { ...builtinDesign('kz-002-final-project')!, id: 'my-final-project' };
    saveUserDesign(db, mine, new Date('2026-11-25T10:00:00Z'));
    expect(findDesign(db, 'my-final-project')?.id).toBe('my-final-project');
    expect(() => saveUserDesign(db, builtinDesign('kz-002-final-project')!, new Date())).toThrow(/cannot be overwritten/);
  });

  it('refuses a database written by a newer Attesta, with a clear message', () => {
    const dir = freshDir();
    const raw = new Database(join(dir, DB_FILE));
    raw.pragma('user_version = 999');
    raw.close();
    try {
      openStore(dir);
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code).toBe('db_newer');
      expect((e as Error).message).toMatch(/newer Attesta/);
    }
  });

  it('backs up an existing database before migrating it', () => {
    const dir = freshDir();
    const raw = new Database(join(dir, DB_FILE));
    applyPragmas(raw);
    migrate(raw, MIGRATIONS.slice(0, 1));
    raw.prepare("INSERT INTO design VALUES ('old', 'scale', 'a', 'b', 'c', '{}', 0, 'x', 'x')").run();
    raw.close();
    const db = openStore(dir, { now: () => new Date('2026-11-25T12:00:00Z') });
    cleanups.push(() => db.close());
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toEqual(['attesta-v1-2026-11-25T12-00-00-000Z.sqlite']);
    const copy = new Database(join(dir, 'backups', backups[0]!), { readonly: true });
    expect(schemaVersion(copy)).toBe(1);
    expect(copy.prepare("SELECT id FROM design WHERE id = 'old'").get()).toEqual({ id: 'old' });
    copy.close();
  });

  it('does not back up a brand-new database', () => {
    const dir = freshDir();
    openStore(dir).close();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('runs each migration in one transaction: a failing step leaves the version and schema as they were', () => {
    const db = new Database(join(freshDir(), 'x.sqlite'));
    cleanups.push(() => db.close());
    const broken = [
      ...MIGRATIONS.slice(0, 1),
      { version: 2, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE half (a INTEGER) STRICT; SELECT * FROM nowhere;') },
    ];
    expect(() => migrate(db, broken)).toThrow(/nowhere/);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db).map((t) => t.name)).toEqual(['design']);
  });
});

describe('each migration', () => {
  it('001 creates the design table with its checks', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(schemaVersion(db)).toBe(1);
    expect(() => db.prepare("INSERT INTO design VALUES ('x', 'essay', 'a', 'b', 'c', '{}', 0, 't', 't')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO design VALUES ('x', 'scale', 'a', 'b', 'c', 'nope', 0, 't', 't')").run()).toThrow(/CHECK/);
  });

  it('002 creates programmes, cohorts, listeners, sessions and commissions with foreign keys', () => {
    const db = new Database(':memory:');
    applyPragmas(db);
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(schemaVersion(db)).toBe(2);
    expect(tables(db).map((t) => t.name)).toEqual(['cohort', 'commission_member', 'defense_session', 'design', 'listener', 'programme']);
    expect(() => db.prepare("INSERT INTO cohort (programme_id, name, created_at) VALUES (42, 'x', 't')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO listener (cohort_id, full_name, iin, created_at) VALUES (1, 'x', '12ab', 't')").run()).toThrow(/CHECK/);
  });
});
