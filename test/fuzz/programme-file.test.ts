import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/domain/errors';
import { openCore } from '../../electron/core/core';
import { loadDemo } from '../../electron/core/services/demo';
import { releaseResults } from '../../electron/core/services/sittings/release';
import { exportProgrammeFile, importProgrammeFile } from '../../electron/core/services/transfer/programme-file';
import JSZip from 'jszip';
import { tempDir } from '../helpers/temp-dir';
import { FUZZ } from './fuzz-runs';

const a = tempDir();
let seed: Buffer;
beforeAll(async () => {
  const source = openCore(a.dir);
  const demo = loadDemo(source.ctx.db, new Date());
  // a released (locked) test sitting too, so the deferred writes behind the lock triggers are fuzzed
  if (demo.sitting) releaseResults(source.ctx.db, { sittingId: demo.sitting, force: true }, 'fuzz', new Date());
  seed = await exportProgrammeFile(source.ctx.db, demo.programme, { now: new Date() });
  source.close();
});
afterAll(() => a.remove());

const count = (core: ReturnType<typeof openCore>) =>
  core.ctx.db
    .prepare('SELECT (SELECT count(*) FROM listener) AS l, (SELECT count(*) FROM programme) AS p, (SELECT count(*) FROM defense_result) AS r, (SELECT count(*) FROM sitting) AS s, (SELECT count(*) FROM examinee) AS e, (SELECT count(*) FROM answer) AS a')
    .get();

/** Values a changed field may take: other types, edges, another row's id, text that looks like SQL. */
const oddValue = fc.oneof(fc.constant(null), fc.integer(), fc.constant(0), fc.constant(-1), fc.string(), fc.constant('{}'), fc.constant("'); DROP TABLE listener; --"), fc.boolean(), fc.constant(1e300));

describe('fuzzing the .attesta import', () => {
  it('a programme file with one field of one row changed (any table, sittings included) imports whole, or ends in a coded error with the database unchanged', async () => {
    const zip = await JSZip.loadAsync(seed);
    const names = Object.keys(zip.files).filter((n) => n.startsWith('tables/') && n.endsWith('.json'));
    const tables = new Map<string, Record<string, unknown>[]>();
    for (const n of names) tables.set(n, JSON.parse(await zip.file(n)!.async('string')) as Record<string, unknown>[]);
    const filled = names.filter((n) => tables.get(n)!.length > 0);
    await fc.assert(
      fc.asyncProperty(fc.nat(filled.length - 1), fc.nat(), fc.nat(), oddValue, async (t, r, c, value) => {
        const name = filled[t]!;
        const rows = structuredClone(tables.get(name)!);
        const row = rows[r % rows.length]!;
        const keys = Object.keys(row);
        row[keys[c % keys.length]!] = value;
        const changed = await JSZip.loadAsync(seed);
        changed.file(name, JSON.stringify(rows));
        const bytes = await changed.generateAsync({ type: 'nodebuffer' });
        const dir = tempDir();
        const target = openCore(dir.dir);
        const before = count(target);
        try {
          await importProgrammeFile(target.ctx.db, bytes, { now: new Date() });
          expect(target.ctx.db.pragma('foreign_key_check')).toEqual([]);
        } catch (e) {
          if (!isAppError(e)) throw e;
          expect(count(target)).toEqual(before);
        } finally {
          target.close();
          dir.remove();
        }
      }),
      { ...FUZZ, numRuns: Math.ceil(FUZZ.numRuns / 2) },
    );
  });

  it('a mutated programme file imports whole, or ends in a coded error with the database unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(seed.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 10 }), async (flips) => {
        const bytes = Buffer.from(seed);
        for (const [i, v] of flips) bytes.writeUInt8(v, i);
        const t = tempDir();
        const target = openCore(t.dir);
        const before = count(target);
        try {
          await importProgrammeFile(target.ctx.db, bytes, { now: new Date() });
          expect(count(target)).toMatchObject({ l: 12, p: 1, r: 3, s: 1 });
        } catch (e) {
          if (!isAppError(e)) throw e;
          expect(count(target)).toEqual(before);
        } finally {
          target.close();
          t.remove();
        }
      }),
      FUZZ,
    );
  });
});
