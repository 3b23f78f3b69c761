import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/domain/errors';
import { openCore, type Core } from '../../electron/core/core';
import { importListeners } from '../../electron/core/services/listener-import';
import { loadDemo } from '../../electron/core/services/demo';
import { listenerWorkbook } from '../helpers/listener-workbook';
import { tempDir } from '../helpers/temp-dir';
import { FUZZ } from './fuzz-runs';

let core: Core;
let cohort: number;
const t = tempDir();
beforeAll(() => {
  core = openCore(t.dir);
  cohort = loadDemo(core.ctx.db, new Date()).cohort;
});
afterAll(() => {
  core.close();
  t.remove();
});

const fingerprint = () => core.ctx.db.prepare('SELECT count(*) AS n, coalesce(sum(length(full_name)), 0) AS s FROM listener').get();

/** Runs one import; it may report problems or refuse with a code, but never crash or half-write. */
async function survives(buffer: Buffer): Promise<void> {
  const before = fingerprint();
  try {
    const report = await importListeners(core.ctx.db, cohort, buffer, { dryRun: false, actor: 'fuzz', now: new Date() });
    if (report.errors.length > 0 || report.imported === 0) expect(fingerprint()).toEqual(before);
    else core.ctx.db.prepare('DELETE FROM listener WHERE id > (SELECT max(id) FROM listener) - ?').run(report.imported);
  } catch (e) {
    expect(isAppError(e), String(e)).toBe(true);
    expect(fingerprint()).toEqual(before);
  }
}

const cell = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('Әлиева Ғалия', 'ҚҢӨҰҮҺІ', '', ' ', '=1+1', '850314400005', '999999999999'),
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.constant(null),
);

describe('fuzzing the listeners import (no crash, a clear error, the database unchanged on rejection)', () => {
  it('random cells under valid headings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 0, maxLength: 7 }), { maxLength: 15 }), async (rows) => {
        await survives(await listenerWorkbook(rows as (string | number | null)[][]));
      }),
      FUZZ,
    );
  });

  it('random headings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }), async (headings) => {
        await survives(await listenerWorkbook([['Әлиева', null]], headings));
      }),
      FUZZ,
    );
  });

  it('mutated bytes of a valid workbook', async () => {
    const valid = await listenerWorkbook([['Әлиева Гүлнәр', '850314400005', '№1 мектеп', null, null, null]]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), fc.nat(valid.length), async (flips, cut) => {
        const bytes = Buffer.from(valid);
        for (const [at, value] of flips) bytes[at] = value;
        await survives(bytes.subarray(0, Math.max(cut, 1)));
      }),
      FUZZ,
    );
  });
});
