import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { migration009 } from '../../electron/core/db/migrations/009-sittings';
import { MIGRATIONS } from '../../electron/core/db/migrations/index';
import { applyPragmas } from '../../electron/core/db/open';
import { loadDemoSitting } from '../../electron/core/services/demo-sitting';
import { drawnVariants } from '../../electron/core/services/sittings/create';
import { examineesOf, loadSitting, variantOf } from '../../electron/core/services/sittings/store';
import { checkBlueprint } from '../../shared/domain/bank/blueprint-check';
import { drawVariants } from '../../shared/domain/bank/draw';
import { tempDir } from '../helpers/temp-dir';
import { harness, type Harness } from './sitting-fixture';

let h: Harness | null = null;
const cleanups: (() => void)[] = [];
afterEach(() => {
  h?.close();
  h = null;
  cleanups.splice(0).forEach((c) => c());
});

describe('migration 007 (sittings)', () => {
  it('creates STRICT sitting, examinee, answer and hand_score tables with foreign keys and lock triggers; runs on a version-6 database', () => {
    const t = tempDir();
    const db = new Database(join(t.dir, 'old.sqlite'));
    cleanups.push(t.remove, () => db.close());
    applyPragmas(db);
    migrate(db, MIGRATIONS.filter((m) => m.version < 7));
    expect(MIGRATIONS).toContain(migration009);
    expect(migrate(db, MIGRATIONS)).toEqual({ from: 6, to: MIGRATIONS.at(-1)!.version });
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name IN ('sitting', 'examinee', 'answer', 'hand_score') ORDER BY name").all();
    expect(tables).toEqual(['answer', 'examinee', 'hand_score', 'sitting'].map((name) => ({ name, strict: 1 })));
    const fks = (table: string): string[] => (db.prepare(`SELECT "table" AS target FROM pragma_foreign_key_list('${table}')`).all() as { target: string }[]).map((r) => r.target).sort();
    expect(fks('sitting')).toEqual(['bank', 'cohort', 'design', 'sitting']);
    expect(fks('examinee')).toEqual(['listener', 'sitting']);
    const triggers = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'sitting%' OR name LIKE 'examinee%' OR name LIKE 'answer%' OR name LIKE 'hand_score%')").all() as { name: string }[]).length;
    expect(triggers).toBe(12);
    expect(() => db.prepare("INSERT INTO sitting (cohort_id, bank_id, blueprint, seed, kind, held_on, created_at, opened_at) VALUES (1, 1, '{}', 's', 'oral', 'd', 't', 't')").run()).toThrow(/CHECK|FOREIGN/);
  });
});

describe('the demo sitting', () => {
  it("001's final test for the demo cohort: 20 of 24 items, 8 finished and scored, 2 writing, 2 not started; variants draw again exactly", async () => {
    h = harness();
    h.clock.at = Date.parse('2026-11-27T10:00:00Z');
    const ids = await h.call('demo:load', {});
    const sittingId = loadDemoSitting(h.core.ctx.db, ids.cohort, new Date(h.clock.at));
    const detail = await h.call('sitting:get', { sittingId });
    expect(detail).toMatchObject({ blueprintId: 'kz-001-final-test', itemCount: 20, kind: 'final', timeLimitMinutes: 40, gradeScale: 'kz-001-test-percent', status: 'open' });
    expect(detail.counts).toEqual({ admitted: 12, ready: 2, inProgress: 2, submitted: 8 });
    expect(detail.warnings).toEqual([]);
    const finished = detail.examinees.filter((e) => e.status === 'submitted');
    expect(finished.every((e) => e.percent !== null && e.grade !== null && e.pendingEssays === 0)).toBe(true);
    expect(new Set(finished.map((e) => e.band)).size).toBeGreaterThanOrEqual(3);
    const writing = detail.examinees.filter((e) => e.status === 'in_progress');
    expect(writing.every((e) => e.answered >= 6 && Date.parse(e.deadlineAt!) > h!.clock.at)).toBe(true);
    const analysis = await h.call('sitting:analysis', { sittingId });
    expect(analysis.n).toBe(8);
    expect(analysis.warnings.map((w) => w.code)).toContain('small_sample');
    // the seed, item ids and option orders are stored: drawing again gives the same variants
    const db = h.core.ctx.db;
    const loaded = loadSitting(db, sittingId);
    const stored = examineesOf(db, sittingId).map((e) => variantOf(e));
    expect(drawnVariants(loaded, 12)).toEqual(stored);
    const bare = drawVariants(loaded.bank, checkBlueprint(loaded.blueprint, loaded.bank).pools, {
      seed: 'demo-001-final', examinees: 12, maxOverlap: null, shuffleItems: true, shuffleOptions: true,
    });
    expect(bare.map((v) => v.items.map((i) => i.id))).toEqual(stored.map((v) => v.items.map((i) => i.id)));
    expect(bare.map((v) => v.seed)).toEqual(stored.map((v) => v.seed));
  });
});
