import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { findDesign, saveUserDesign } from '../../electron/core/db/repos/designs';
import { exportProgrammeFile, importProgrammeFile } from '../../electron/core/services/transfer/programme-file';
import { harness, type Harness } from './sitting-fixture';

const now = new Date('2026-11-28T10:00:00Z');

/** What a sitting's documents are built from: the results (the statement), the item analysis, the examinees' answers. */
async function sittingData(h: Harness, sittingId: number) {
  const db = h.core.ctx.db;
  return {
    sittings: await h.call('sitting:list', {}),
    results: await h.call('sitting:results', { sittingId }),
    analysis: await h.call('sitting:analysis', { sittingId }),
    examinees: db.prepare('SELECT id, listener_id, number, variant, submitted_at, submitted_by, points_num, points_den, band FROM examinee ORDER BY id').all(),
    answers: db.prepare('SELECT * FROM answer ORDER BY examinee_id, item_key').all(),
    sitting: db.prepare('SELECT released_at, results_hash, locked_at, seed, blueprint FROM sitting ORDER BY id').all(),
  };
}

describe('test sittings in the .attesta file', () => {
  it('export → import into an empty data folder gives the same sitting results and statement data; locks hold', async () => {
    const source = harness();
    const target = harness();
    try {
      const ids = await source.call('demo:load', {});
      const sittingId = ids.sitting!;
      // the sitting grades on the user's own copy of a scale, which the target does not have
      const db = source.core.ctx.db;
      const scale = db.prepare('SELECT grade_scale AS id FROM sitting WHERE id = ?').get(sittingId) as { id: string };
      saveUserDesign(db, { ...findDesign(db, scale.id)!, id: 'own-test-scale' }, now);
      db.prepare("UPDATE sitting SET grade_scale = 'own-test-scale' WHERE id = ?").run(sittingId);
      await source.call('sitting:release', { sittingId, force: true });
      await source.call('sitting:close', { sittingId });
      const before = await sittingData(source, sittingId);
      expect(before.answers.length).toBeGreaterThan(50);

      const bytes = await exportProgrammeFile(source.core.ctx.db, ids.programme, { now, password: 'құпия-сөз-2026' });
      const imported = await importProgrammeFile(target.core.ctx.db, bytes, { now, password: 'құпия-сөз-2026' });
      expect(imported.rows).toMatchObject({ sitting: 1, examinee: before.examinees.length, answer: before.answers.length, bank: 1 });
      expect(await sittingData(target, sittingId)).toEqual(before);
      expect(findDesign(target.core.ctx.db, 'own-test-scale')).toEqual(findDesign(db, 'own-test-scale'));
      // kiosk tokens never leave the machine: the copy has fresh ones
      const tokens = (h: Harness) => h.core.ctx.db.prepare('SELECT token_hash FROM examinee ORDER BY id').all();
      expect(tokens(target)).not.toEqual(tokens(source));
      // the released result set is locked in the copy too
      expect(() => target.core.ctx.db.prepare('UPDATE examinee SET band = NULL').run()).toThrow(/locked/);
      expect(() => target.core.ctx.db.prepare('DELETE FROM answer').run()).toThrow(/locked/);
      expect(target.core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(target.core.ctx.db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      source.close();
      target.close();
    }
  });

  it('carries an unreleased sitting with tests in progress, and the erasure register', async () => {
    const source = harness();
    const target = harness();
    try {
      const ids = await source.call('demo:load', {});
      const erased = (source.core.ctx.db.prepare('SELECT id FROM listener ORDER BY id LIMIT 1').get() as { id: number }).id;
      await source.call('privacy:erase-listener', { id: erased, reason: 'өтініш бойынша', confirm: true });
      const before = await sittingData(source, ids.sitting!);
      const bytes = await exportProgrammeFile(source.core.ctx.db, ids.programme, { now });
      const manifest = JSON.parse(await (await JSZip.loadAsync(bytes)).file('manifest.json')!.async('string')) as { tables: Record<string, number> };
      expect(manifest.tables).toMatchObject({ sitting: 1, erasure: 1 });
      await importProgrammeFile(target.core.ctx.db, bytes, { now });
      expect(await sittingData(target, ids.sitting!)).toEqual(before);
      expect(target.core.ctx.db.prepare('SELECT listener_id, pseudonym, reason FROM erasure').all()).toEqual([{ listener_id: erased, pseudonym: `Тыңдаушы #${erased}`, reason: 'өтініш бойынша' }]);
    } finally {
      source.close();
      target.close();
    }
  });
});
