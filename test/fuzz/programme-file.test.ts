import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/domain/errors';
import { openCore } from '../../electron/core/core';
import { loadDemo } from '../../electron/core/services/demo';
import { exportProgrammeFile, importProgrammeFile } from '../../electron/core/services/transfer/programme-file';
import { tempDir } from '../helpers/temp-dir';
import { FUZZ } from './fuzz-runs';

const a = tempDir();
let seed: Buffer;
beforeAll(async () => {
  const source = openCore(a.dir);
  seed = await exportProgrammeFile(source.ctx.db, loadDemo(source.ctx.db, new Date()).programme, { now: new Date() });
  source.close();
});
afterAll(() => a.remove());

describe('fuzzing the .attesta import', () => {
  it('a mutated programme file imports whole, or ends in a coded error with the database unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(seed.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 10 }), async (flips) => {
        const bytes = Buffer.from(seed);
        for (const [i, v] of flips) bytes.writeUInt8(v, i);
        const t = tempDir();
        const target = openCore(t.dir);
        const count = () => target.ctx.db.prepare('SELECT (SELECT count(*) FROM listener) AS l, (SELECT count(*) FROM programme) AS p, (SELECT count(*) FROM defense_result) AS r').get();
        const before = count();
        try {
          await importProgrammeFile(target.ctx.db, bytes, { now: new Date() });
          expect(count()).toEqual({ l: 12, p: 1, r: 3 });
        } catch (e) {
          if (!isAppError(e)) throw e;
          expect(count()).toEqual(before);
        } finally {
          target.close();
          t.remove();
        }
      }),
      FUZZ,
    );
  });
});
