import { openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { demoIin } from '../../electron/core/services/demo';
import { listenerWorkbook } from '../helpers/listener-workbook';
import { tempDir } from '../helpers/temp-dir';

let dir: string;
let remove: () => void;
let cohort: number;
beforeAll(async () => {
  ({ dir, remove } = tempDir());
  cohort = JSON.parse((await cli('demo')).out).cohort as number;
});
afterAll(() => remove());

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli([...argv, '--data-dir', dir], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('attesta import-listeners', () => {
  it('dry-run prints the report in the fixed shape and writes nothing', async () => {
    const file = join(dir, 'ok.xlsx');
    writeFileSync(file, await listenerWorkbook([['Жаңа Тыңдаушы Әлібекұлы', demoIin('910101', '3', 5), null, null, null, null]]));
    const r = await cli('import-listeners', file, '--cohort', String(cohort), '--dry-run');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ rows: 1, imported: 0, duplicates: [], errors: [] });
    const real = await cli('import-listeners', file, '--cohort', String(cohort));
    expect(JSON.parse(real.out)).toMatchObject({ rows: 1, imported: 1 });
  });

  it('a real import with errors prints the report, writes nothing and exits 2', async () => {
    const file = join(dir, 'bad.xlsx');
    writeFileSync(file, await listenerWorkbook([['Дұрыс Адам', null, null, null, null, null], ['', '123', null, null, null, null]]));
    const r = await cli('import-listeners', file, '--cohort', String(cohort));
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({ rows: 2, imported: 0, errors: [{ row: 3, field: 'fullName' }, { row: 3, field: 'iin' }] });
    expect(r.err).toMatch(/^error: bad_input: 2 problem\(s\) in the file; nothing was imported\n$/);
  });

  it('refuses a 30 MB file before parsing it, and a file that is not an xlsx', async () => {
    const big = join(dir, 'big.xlsx');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 30 * 1024 * 1024);
    closeSync(fd);
    expect(await cli('import-listeners', big, '--cohort', String(cohort))).toMatchObject({ code: 2, out: '', err: expect.stringMatching(/^error: file_too_large: /) });
    const text = join(dir, 'list.xlsx');
    writeFileSync(text, 'Аты-жөні\nӘлиева\n');
    expect(await cli('import-listeners', text, '--cohort', String(cohort))).toMatchObject({ code: 2, err: expect.stringMatching(/^error: not_xlsx: /) });
    expect(await cli('import-listeners', text, '--cohort', '999')).toMatchObject({ code: 2, err: expect.stringMatching(/^error: not_found: no cohort 999/) });
  });
});
