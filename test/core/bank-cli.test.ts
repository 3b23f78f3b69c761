import Database from 'better-sqlite3';
import { closeSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawCommand, importBankCommand, importRefusedMessage } from '../../electron/cli/bank-commands';
import { migrate } from '../../electron/core/db/migrate';
import { migration004 } from '../../electron/core/db/migrations/004-banks';
import { MIGRATIONS } from '../../electron/core/db/migrations/index';
import { applyPragmas } from '../../electron/core/db/open';
import { listBanks, loadBank } from '../../electron/core/db/repos/banks';
import { seedBuiltinDesigns } from '../../electron/core/db/repos/designs';
import { isAppError } from '../../shared/domain/errors';
import { tempDir } from '../helpers/temp-dir';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'banks');
const NOW = new Date('2026-11-25T09:00:00Z');
let dir: string;
let remove: () => void;
let db: Database.Database;

/** 003's bank: 8 topics of 15 items; two items per topic share a name, so ids get ~2. */
function gift003(): string {
  return Array.from({ length: 8 }, (_, t) => [
    `$CATEGORY: $course$/top/Педагог-ұйымдастырушы/Тақырып ${t + 1}`,
    ...Array.from({ length: 15 }, (_, k) => `::Т${t + 1}-${k < 2 ? 'қайталау' : k + 1}::${t + 1}.${k + 1}-сұрақ: Қазақстан? {=иә ~жоқ}`),
  ].join('\n\n')).join('\n\n');
}

beforeAll(() => {
  ({ dir, remove } = tempDir('attesta-bank-cli-'));
  db = new Database(join(dir, 'attesta.sqlite'));
  applyPragmas(db);
  migrate(db, [...MIGRATIONS.filter((m) => m.version !== 4), migration004].sort((a, b) => a.version - b.version));
  seedBuiltinDesigns(db, NOW);
  db.prepare("INSERT INTO programme (id, title_kk, title_ru, title_en, hours, design_id, created_at) VALUES (3, 'Б', 'П', 'P', 80, 'kz-003-project', ?)").run(NOW.toISOString());
  writeFileSync(join(dir, '003.gift'), gift003());
  writeFileSync(join(dir, 'small.gift'), '$CATEGORY: М1\n\n::a::A? {=1 ~2}\n\n::b::B? {=1 ~2}\n\n$CATEGORY: М2\n\n::c::C? {T}\n\n::d::D? {F}\n\n::e::E? {T}\n');
});
afterAll(() => {
  db.close();
  remove();
});

async function refused(f: () => Promise<unknown>): Promise<[string, string]> {
  try {
    await f();
  } catch (e) {
    if (isAppError(e)) return [e.code, e.message];
    throw e;
  }
  throw new Error('expected the command to be refused');
}

describe('import-bank', () => {
  it('prints exactly the shape of decisions §4', async () => {
    const { report, hasErrors, written } = await importBankCommand(join(FIXTURES, 'kk-ru-all-types.gift'), { dryRun: true });
    expect(Object.keys(report)).toEqual(['items', 'byType', 'topics', 'handScored', 'errors', 'unsupported']);
    expect(Object.keys(report.byType)).toEqual(['single', 'multiple', 'truefalse', 'matching', 'short', 'numeric', 'essay']);
    expect(Object.keys(report.topics[0]!)).toEqual(['path', 'items']);
    expect([hasErrors, written]).toEqual([false, false]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('a dry run writes nothing; a real import stores the bank in the programme', async () => {
    await importBankCommand(join(FIXTURES, 'moodle-003.xml'), { dryRun: true, programme: '3' }, db, NOW);
    expect(listBanks(db)).toEqual([]);
    const outcome = await importBankCommand(join(FIXTURES, 'kk-ru-all-types.gift'), { dryRun: false, programme: '3' }, db, NOW);
    expect(outcome).toMatchObject({ hasErrors: false, written: true });
    expect(listBanks(db, 3)).toMatchObject([{ id: outcome.bankId, name: 'kk-ru-all-types.gift', format: 'gift', items: 14 }]);
    expect(loadBank(db, outcome.bankId!)!.items).toHaveLength(14);
  });

  it('a real import with errors writes nothing, still reports, and is refused (exit 2)', async () => {
    const before = listBanks(db).length;
    const outcome = await importBankCommand(join(FIXTURES, 'bad-braces.gift'), { dryRun: false }, db, NOW);
    expect(outcome).toMatchObject({ hasErrors: true, written: false, bankId: null, report: { items: 2 } });
    expect(outcome.report.errors).toHaveLength(3);
    expect(listBanks(db)).toHaveLength(before);
    expect(importRefusedMessage(outcome)).toBe('3 items did not parse (see "errors"); nothing was imported. Fix the file or check it with --dry-run');
    expect((await importBankCommand(join(FIXTURES, 'bad-braces.gift'), { dryRun: true }, db, NOW)).hasErrors).toBe(true);
  });

  it('unusable input is refused: bad programme ids, unknown formats, files over 20 MB, not XML', async () => {
    expect((await refused(() => importBankCommand(join(FIXTURES, 'ru-aiken.txt'), { dryRun: true, programme: 'abc' }, db)))[0]).toBe('bad_input');
    expect(await refused(() => importBankCommand(join(FIXTURES, 'ru-aiken.txt'), { dryRun: false, programme: '99' }, db))).toEqual(['not_found', 'there is no programme 99']);
    expect((await refused(() => importBankCommand(join(FIXTURES, 'ru-aiken.txt'), { dryRun: true, format: 'qti' })))[0]).toBe('bad_input');
    expect((await refused(() => importBankCommand(join(FIXTURES, 'not-xml.xml'), { dryRun: true })))[1]).toMatch(/^the file is not XML/u);
    const big = join(dir, 'big.xml');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 21 * 1024 * 1024);
    closeSync(fd);
    expect((await refused(() => importBankCommand(big, { dryRun: true })))[0]).toBe('file_too_large');
  });
});

describe('draw', () => {
  const args = { bank: '', perTopic: 3, examinees: 25, seed: 'сессия-2026-11-25' };

  it('003: 3 of 15 per topic for each examinee, 24 items, ids from the file', async () => {
    const out = await drawCommand({ ...args, bank: join(dir, '003.gift') });
    expect(Object.keys(out)).toEqual(['seed', 'perTopic', 'variants']);
    expect([out.seed, out.perTopic, out.variants.length]).toEqual(['сессия-2026-11-25', 3, 25]);
    expect(Object.keys(out.variants[0]!)).toEqual(['examinee', 'seed', 'items']);
    for (const v of out.variants) {
      expect(v.items).toHaveLength(24);
      expect(new Set(v.items).size).toBe(24);
      for (let t = 0; t < 8; t += 1) expect(v.items.slice(3 * t, 3 * t + 3).every((id) => id.startsWith(`Т${t + 1}-`))).toBe(true);
    }
    const all = new Set(out.variants.flatMap((v) => v.items));
    expect(all.has('Т1-қайталау') && all.has('Т1-қайталау~2')).toBe(true);
  });

  it('the same arguments give the same bytes; another seed another draw', async () => {
    const file = join(dir, '003.gift');
    const a = JSON.stringify(await drawCommand({ ...args, bank: file }), null, 2);
    expect(JSON.stringify(await drawCommand({ ...args, bank: file }), null, 2)).toBe(a);
    expect(JSON.stringify(await drawCommand({ ...args, bank: file, seed: 'басқа' }), null, 2)).not.toBe(a);
  });

  it('2 items in a topic with a quota of 3 is out of range (exit 2), as are nonsense numbers', async () => {
    const small = join(dir, 'small.gift');
    expect(await refused(() => drawCommand({ ...args, bank: small }))).toEqual(['out_of_range', 'М1 has 2 items; cannot draw 3 without repeats']);
    expect((await drawCommand({ ...args, bank: small, perTopic: 2 })).variants[0]!.items).toHaveLength(4);
    expect((await refused(() => drawCommand({ ...args, bank: small, perTopic: 0 })))[0]).toBe('out_of_range');
    expect((await refused(() => drawCommand({ ...args, bank: small, perTopic: 1.5 })))[0]).toBe('out_of_range');
    expect((await refused(() => drawCommand({ ...args, bank: small, examinees: 0 })))[0]).toBe('out_of_range');
    expect((await refused(() => drawCommand({ ...args, bank: small, examinees: 10_001 })))[0]).toBe('out_of_range');
    expect((await refused(() => drawCommand({ ...args, bank: small, seed: '' })))[0]).toBe('bad_input');
    expect((await refused(() => drawCommand({ ...args, bank: join(dir, 'missing.gift') })))[0]).toBe('bad_input');
  });
});
