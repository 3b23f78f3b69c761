import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { openCore } from '../../electron/core/core';
import { saveBank } from '../../electron/core/db/repos/banks';
import { tempDir } from '../helpers/temp-dir';
import { pdfPageCount, pdfPages } from '../helpers/pdf-text';
import { KAZAKH_LETTERS, PRINT_BANK, printBlueprint } from './variants-fixture';

let dir: string;
let remove: () => void;
let bankId: number;

beforeAll(() => {
  ({ dir, remove } = tempDir('attesta-print-cli-'));
  const core = openCore(dir);
  bankId = saveBank(core.ctx.db, { programmeId: null, name: 'print', sourceFile: null, format: 'attesta' }, PRINT_BANK, new Date('2026-11-25T09:00:00Z'));
  core.close();
  writeFileSync(join(dir, 'blueprint.json'), JSON.stringify(printBlueprint()));
  writeFileSync(join(dir, 'too-many.json'), JSON.stringify(printBlueprint(4, 3)));
});
afterAll(() => remove());

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli([...argv, '--data-dir', dir], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('print-variants', () => {
  it('prints from a stored bank and a blueprint file: {file, bytes, pages, seed}; the same arguments print the same text', async () => {
    const out = join(dir, 'variants.pdf');
    const args = ['print-variants', '--bank', String(bankId), '--blueprint', join(dir, 'blueprint.json'), '--examinees', '3', '--seed', 'кли', '--parts', 'variants,keys,sheets', '--lang', 'kk', '--out', out];
    const r = await cli(...args);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as { file: string; bytes: number; pages: number; seed: string };
    expect(Object.keys(result)).toEqual(['file', 'bytes', 'pages', 'seed']);
    expect(result).toMatchObject({ file: out, seed: 'кли' });
    expect(pdfPageCount(out)).toBe(result.pages);
    const text = pdfPages(out).join('\f');
    for (const letter of KAZAKH_LETTERS) expect(text).toContain(letter);
    expect(text.match(/Жауап парағы · Нұсқа \d/g)).toHaveLength(3);
    const again = join(dir, 'again.pdf');
    expect((await cli(...args.slice(0, -1), again)).code).toBe(0);
    expect(pdfPages(again).join('\f')).toBe(text);
  });

  it('exits 2 with one line for bad input, and leaves no file', async () => {
    const out = join(dir, 'never.pdf');
    const base = ['--bank', String(bankId), '--examinees', '2', '--lang', 'kk', '--out', out];
    const quota = await cli('print-variants', ...base, '--blueprint', join(dir, 'too-many.json'), '--parts', 'keys');
    expect(quota.code).toBe(2);
    expect(quota.err).toMatch(/^error: out_of_range: .*Шағын: the quota is 3 but the topic has 2 items\n$/);
    const parts = await cli('print-variants', ...base, '--blueprint', join(dir, 'blueprint.json'), '--parts', 'keys,answers');
    expect(parts.err).toBe('error: bad_input: --parts takes variants, keys, sheets, not "answers"\n');
    const lang = await cli('print-variants', ...base.slice(0, 4), '--lang', 'de', '--out', out, '--blueprint', join(dir, 'blueprint.json'), '--parts', 'keys');
    expect(lang.code).toBe(2);
    expect(lang.err).toMatch(/^error: bad_input: lang: /);
    const sitting = await cli('print-variants', '--sitting', '7', '--parts', 'keys', '--lang', 'kk', '--out', out);
    expect(sitting.err).toBe('error: not_found: no sitting 7\n');
    expect(existsSync(out)).toBe(false);
  });
});
