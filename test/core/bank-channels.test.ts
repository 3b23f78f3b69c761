import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/core';
import { dispatch } from '../../electron/core/dispatch';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/api/contract';
import { tempDir } from '../helpers/temp-dir';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'banks');
const fixture64 = (name: string): string => readFileSync(join(FIXTURES, name)).toString('base64');
const text64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

let core: Core;
let remove: () => void;
beforeEach(() => {
  const t = tempDir();
  remove = t.remove;
  core = openCore(t.dir, { now: () => new Date('2026-11-25T09:00:00Z') });
});
afterEach(() => {
  core.close();
  remove();
});

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const e = await dispatch(core.handlers, channel, input);
  if (!e.ok) throw Object.assign(new Error(`${e.error.code}: ${e.error.message}`), e.error);
  return e.value as ChannelResult<C>;
}
async function failure(channel: Channel, input: unknown): Promise<{ code: string; message: string; field?: string | null }> {
  const e = await dispatch(core.handlers, channel, input);
  if (e.ok) throw new Error(`expected ${channel} to fail`);
  return e.error;
}
const rows = (table: string): number => (core.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Two items in topic A, one in B: a quota of 3 on A cannot be met. */
const TWO_IN_A = `$CATEGORY: Модуль/A

::a1::Бірінші сұрақ? {=иә ~жоқ}

::a2::Екінші сұрақ? {=иә ~жоқ}

$CATEGORY: Модуль/B

::b1::Үшінші сұрақ? {=иә ~жоқ}
`;

async function importGift(text: string, name = 'small.gift'): Promise<number> {
  const r = await call('bank:import', { fileBase64: text64(text), fileName: name, dryRun: false });
  expect(r.written).toBe(true);
  return r.bankId!;
}

describe('migration 010 (blueprints and the items’ recycle bin)', () => {
  it('creates STRICT blueprint and item_bin tables; item_bin follows its bank', () => {
    const tables = core.ctx.db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name IN ('blueprint', 'item_bin') ORDER BY name").all();
    expect(tables).toEqual([{ name: 'blueprint', strict: 1 }, { name: 'item_bin', strict: 1 }]);
    const fks = core.ctx.db.prepare("SELECT \"table\" AS target, on_delete FROM pragma_foreign_key_list('item_bin')").all();
    expect(fks).toEqual([{ target: 'bank', on_delete: 'CASCADE' }]);
  });
});

describe('bank:import', () => {
  it('previews without writing, then imports the same file with the same report', async () => {
    const input = { fileBase64: fixture64('kk-ru-all-types.gift'), fileName: 'kk-ru-all-types.gift' };
    const preview = await call('bank:import', { ...input, dryRun: true });
    expect(preview.written).toBe(false);
    expect(preview.bankId).toBeNull();
    expect(preview.format).toBe('gift');
    expect(preview.report.items).toBeGreaterThan(5);
    expect(preview.report.errors).toEqual([]);
    expect(preview.report.unsupported.map((u) => u.type)).toEqual(['description', 'description']);
    expect(preview.preview[0]).toMatchObject({ id: 'Заң-1', type: 'single', topic: ['Педагог-ұйымдастырушы', 'Нормативтік-құқықтық модуль', '1.1 Білім туралы заң'] });
    expect(rows('bank') + rows('item')).toBe(0);

    const real = await call('bank:import', { ...input, dryRun: false, name: 'Барлық түрлері' });
    expect(real.written).toBe(true);
    expect(real.report).toEqual(preview.report);
    const view = await call('bank:get', { bankId: real.bankId! });
    expect(view.bank).toMatchObject({ name: 'Барлық түрлері', format: 'gift', items: preview.report.items, sittings: 0 });
    expect(view.items.map((i) => i.id)).toEqual(preview.preview.map((p) => p.id));
    // Every topic of the report appears in the tree with its own count; the root counts them all.
    for (const t of preview.report.topics) expect(view.topics.find((n) => n.path.join('/') === t.path.join('/'))?.items).toBe(t.items);
    expect(view.topics[0]).toMatchObject({ path: [], depth: 0, total: preview.report.items });
    const module1 = view.topics.find((n) => n.path.join('/') === 'Педагог-ұйымдастырушы/Нормативтік-құқықтық модуль')!;
    expect(module1.total).toBe(view.items.filter((i) => i.topic[1] === 'Нормативтік-құқықтық модуль').length);
    expect(view.items.find((i) => i.id === 'Заң-1')).toMatchObject({ hasKey: true, lang: 'kk', difficulty: 2 });
    expect(await call('bank:list', {})).toEqual([view.bank]);
  });

  it('writes nothing when one item of the file is bad (all or nothing), and says where', async () => {
    const r = await call('bank:import', { fileBase64: fixture64('bad-braces.gift'), fileName: 'bad-braces.gift', dryRun: false });
    expect(r.written).toBe(false);
    expect(r.bankId).toBeNull();
    expect(r.report.items).toBe(2);
    expect(r.report.errors.length).toBeGreaterThanOrEqual(2);
    expect(r.report.errors.every((e) => /^line \d+/.test(e.where))).toBe(true);
    expect(rows('bank') + rows('topic') + rows('item')).toBe(0);
  });

  it('gives the xlsx template, which imports as an empty bank (no questions: nothing written)', async () => {
    const template = await call('bank:import-template', {});
    expect(template.fileName).toBe('attesta-bank.xlsx');
    const r = await call('bank:import', { fileBase64: template.base64, fileName: template.fileName, dryRun: false });
    expect(r).toMatchObject({ format: 'xlsx', written: false, bankId: null, report: { items: 0, errors: [] } });
    expect(rows('bank')).toBe(0);
  });

  it('refuses a file over 20 MB before parsing it, and XML that is not XML', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20).toString('base64');
    expect(await failure('bank:import', { fileBase64: big, fileName: 'big.gift', dryRun: true })).toMatchObject({ code: 'file_too_large', field: 'file' });
    const exactly = Buffer.alloc(20 * 1024 * 1024, 0x20).toString('base64');
    expect((await failure('bank:import', { fileBase64: exactly, fileName: 'blank.gift', dryRun: true })).code).toBe('bad_input');
    expect((await failure('bank:import', { fileBase64: fixture64('not-xml.xml'), fileName: 'not-xml.xml', dryRun: true })).code).toBe('not_xml');
    expect(await failure('bank:import', { fileBase64: text64(TWO_IN_A), fileName: 'x.gift', programmeId: 999, dryRun: false })).toMatchObject({ code: 'not_found', field: 'programmeId' });
    expect(rows('bank')).toBe(0);
  });
});

describe('bank:item-save, delete and restore', () => {
  it('creates, edits and refuses items that cannot be scored, on their field', async () => {
    const bankId = await importGift(TWO_IN_A);
    const base = { name: null, text: 'Жаңа сұрақ: 2 + 2 = ?', lang: 'kk' as const, difficulty: 3, competencies: ['Есеп'], points: 2 };
    const opt = (text: string, num: number, den = 1) => ({ text, weight: { num, den } });
    const noKey = await failure('bank:item-save', { bankId, topic: ['Модуль', 'A'], item: { ...base, type: 'single', options: [opt('3', 0), opt('4', 0)] } });
    expect(noKey).toMatchObject({ code: 'bad_input', field: 'item.options' });
    const not100 = await failure('bank:item-save', { bankId, topic: ['Модуль'], item: { ...base, type: 'multiple', options: [opt('a', 1, 2), opt('b', 3, 10), opt('c', -1)] } });
    expect(not100.message).toMatch(/weights_not_100/);
    const blank = await failure('bank:item-save', { bankId, topic: [], item: { ...base, text: '  ', type: 'truefalse', answer: true } });
    expect(blank).toMatchObject({ code: 'bad_input', field: 'item.text' });
    const badNumber = await failure('bank:item-save', { bankId, topic: [], item: { ...base, type: 'numeric', answers: [{ value: 'төрт', tolerance: '0', weight: { num: 1, den: 1 } }] } });
    expect(badNumber.field).toBe('item.answers.0.value');
    expect((await failure('bank:item-save', { bankId, topic: [], item: { ...base, difficulty: 6, type: 'essay' } })).field).toBe('item.difficulty');
    expect(rows('item')).toBe(3);

    const created = await call('bank:item-save', { bankId, topic: ['Модуль', 'C'], item: { ...base, type: 'single', options: [opt('4', 1), opt('5', 0)] } });
    expect(created.itemId).toMatch(/^q-[0-9a-f]+$/);
    expect(created.bank.topics.find((t) => t.path.join('/') === 'Модуль/C')).toMatchObject({ items: 1, total: 1, declared: true });
    expect(created.bank.topics.find((t) => t.path.join('/') === 'Модуль')?.total).toBe(4);

    const edited = await call('bank:item-save', { bankId, itemId: 'a1', topic: ['Модуль', 'B'], item: { ...base, name: 'a1', text: 'Өзгертілген', type: 'truefalse', answer: false } });
    expect(edited.itemId).toBe('a1');
    expect(edited.bank.items.find((i) => i.id === 'a1')).toMatchObject({ type: 'truefalse', answer: false, text: 'Өзгертілген', topic: ['Модуль', 'B'], difficulty: 3 });
    expect(edited.bank.items.map((i) => i.id).indexOf('a1')).toBe(0);
    expect(edited.bank.topics.find((t) => t.path.join('/') === 'Модуль/A')?.items).toBe(1);
    expect((await failure('bank:item-save', { bankId, itemId: 'nope', topic: [], item: { ...base, type: 'essay' } })).code).toBe('not_found');
    // A second item named like an existing one gets its own id.
    const twin = await call('bank:item-save', { bankId, topic: [], item: { ...base, name: 'a2', type: 'essay' } });
    expect(twin.itemId).toBe('a2~2');
  });

  it('moves a deleted item to the recycle bin and puts it back in its place', async () => {
    const bankId = await importGift(TWO_IN_A);
    const deleted = await call('bank:item-delete', { bankId, itemId: 'a2' });
    expect(deleted.bank.items.map((i) => i.id)).toEqual(['a1', 'b1']);
    expect(deleted.bank.bin).toEqual([expect.objectContaining({ id: deleted.binId, itemId: 'a2', type: 'single', topic: ['Модуль', 'A'] })]);
    const restored = await call('bank:item-restore', { binId: deleted.binId });
    expect(restored.bank.items.map((i) => i.id)).toEqual(['a1', 'a2', 'b1']);
    expect(restored.bank.bin).toEqual([]);
    expect((await failure('bank:item-restore', { binId: deleted.binId })).code).toBe('not_found');
  });

  it('refuses to change a bank a test sitting uses, and to delete it', async () => {
    const ids = await call('demo:load', {});
    const sitting = await call('sitting:get', { sittingId: ids.sitting! });
    const bankId = sitting.bankId;
    const view = await call('bank:get', { bankId });
    expect(view.bank.sittings).toBeGreaterThan(0);
    const item = view.items[0]!;
    const { id: _id, topic, hasKey: _k, ...draft } = item;
    expect(await failure('bank:item-save', { bankId, itemId: item.id, topic: [...topic], item: { ...draft, text: 'changed' } })).toMatchObject({ code: 'locked', field: 'bankId' });
    expect((await failure('bank:item-delete', { bankId, itemId: item.id })).code).toBe('locked');
    expect((await failure('bank:delete', { bankId })).code).toBe('locked');
    expect((await call('bank:get', { bankId })).items[0]).toEqual(item);
  });

  it('deletes a bank no sitting uses', async () => {
    const bankId = await importGift(TWO_IN_A);
    await call('bank:item-delete', { bankId, itemId: 'b1' });
    expect(await call('bank:delete', { bankId })).toEqual({ deleted: bankId });
    expect(rows('bank') + rows('topic') + rows('item') + rows('item_bin')).toBe(0);
    expect((await failure('bank:get', { bankId })).code).toBe('not_found');
  });
});

describe('bank:export', () => {
  for (const format of ['gift', 'moodle-xml'] as const) {
    it(`round-trips a stored bank through ${format} and bank:import`, async () => {
      const first = await call('bank:import', { fileBase64: fixture64('kk-ru-all-types.gift'), fileName: 'kk-ru-all-types.gift', dryRun: false });
      const exported = await call('bank:export', { bankId: first.bankId!, format });
      expect(exported.items).toBe(first.report.items);
      expect(exported.fileName).toBe(format === 'gift' ? 'kk-ru-all-types.gift.txt' : 'kk-ru-all-types.xml');
      expect(Buffer.from(exported.base64, 'base64').length).toBe(exported.bytes);
      const again = await call('bank:import', { fileBase64: exported.base64, fileName: exported.fileName, dryRun: false });
      expect(again.format).toBe(format);
      const [a, b] = await Promise.all([call('bank:get', { bankId: first.bankId! }), call('bank:get', { bankId: again.bankId! })]);
      expect(b.items).toEqual(a.items);
      expect(b.topics).toEqual(a.topics);
    });
  }
});

describe('blueprints', () => {
  it('shows each quota beside the bank’s count and warns when a topic has 2 items for a quota of 3', async () => {
    const bankId = await importGift(TWO_IN_A);
    const blueprint = {
      id: 'my-test', title: { kk: 'Менің тестім', ru: 'Мой тест', en: 'My test' },
      quotas: [{ target: { kind: 'topic' as const, path: ['Модуль', 'A'] }, count: 3 }, { target: { kind: 'topic' as const, path: ['Модуль', 'B'] }, count: 1 }],
      statedTotal: 4,
    };
    const plan = await call('blueprint:check', { bankId, blueprint });
    expect(plan.rows).toEqual([
      { quota: 0, label: 'Модуль / A', path: ['Модуль', 'A'], count: 3, available: 2 },
      { quota: 1, label: 'Модуль / B', path: ['Модуль', 'B'], count: 1, available: 1 },
    ]);
    expect(plan.total).toBe(4);
    expect(plan.warnings).toEqual([expect.objectContaining({ code: 'quota_exceeds_topic', path: 'quotas[0].count' })]);
    // "3 from each topic": one row per topic, both short.
    const each = await call('blueprint:check', { bankId, blueprint: { ...blueprint, quotas: [{ target: { kind: 'each-topic', path: [] }, count: 3 }], statedTotal: null } });
    expect(each.rows.map((r) => [r.quota, r.available])).toEqual([[0, 2], [0, 1]]);
    expect(each.warnings.filter((w) => w.code === 'quota_exceeds_topic')).toHaveLength(2);
  });

  it('shows 003’s final test as 28, not the stated 30', async () => {
    const modules = ['Нормативтік-құқықтық модуль', 'Психологиялық-педагогикалық модуль', 'Мазмұндық модуль', 'Технологиялық модуль', 'Вариативтік модуль'];
    const sizes = [4, 2, 12, 2, 8];
    const gift = modules.map((m, k) => `$CATEGORY: ${m}\n\n${Array.from({ length: sizes[k]! }, (_, i) => `::m${k + 1}-${i + 1}::Сұрақ ${i + 1}? {=иә ~жоқ}\n`).join('\n')}`).join('\n');
    const bankId = await importGift(gift, '003.gift');
    const plan = await call('blueprint:check', { bankId, blueprint: 'kz-003-final-test' });
    expect(plan.rows.map((r) => `${r.count}/${r.available}`)).toEqual(['4/4', '2/2', '12/12', '2/2', '8/8']);
    expect(plan).toMatchObject({ total: 28, statedTotal: 30 });
    expect(plan.warnings).toEqual([expect.objectContaining({ code: 'total_mismatch', message: expect.stringMatching(/4\/2\/12\/2\/8.*28.*30/) })]);
    expect((await failure('blueprint:check', { bankId, blueprint: 'no-such' })).code).toBe('not_found');
  });

  it('saves, lists, checks by id and deletes a custom blueprint; built-ins stay', async () => {
    const builtins = await call('blueprint:list', {});
    expect(builtins.map((b) => b.blueprint.id)).toEqual(['kz-001-final-test', 'kz-001-module-test', 'kz-003-final-test', 'kz-003-topic-test']);
    expect(builtins.every((b) => b.isBuiltin)).toBe(true);
    const mine = { ...builtins[0]!.blueprint, id: 'my-final', timeLimitMinutes: 45, passPercent: 60 };
    const saved = await call('blueprint:save', { blueprint: mine });
    expect(saved).toMatchObject({ isBuiltin: false, blueprint: mine, updatedAt: '2026-11-25T09:00:00.000Z' });
    expect((await call('blueprint:list', {})).at(-1)).toEqual(saved);
    const bankId = await importGift(TWO_IN_A);
    expect((await call('blueprint:check', { bankId, blueprint: 'my-final' })).rows[0]).toMatchObject({ count: 20, available: 3 });
    expect((await failure('blueprint:save', { blueprint: builtins[0]!.blueprint })).code).toBe('locked');
    expect((await failure('blueprint:delete', { id: 'kz-001-final-test' })).code).toBe('locked');
    expect(await call('blueprint:delete', { id: 'my-final' })).toEqual({ deleted: 'my-final' });
    expect((await failure('blueprint:delete', { id: 'my-final' })).code).toBe('not_found');
  });
});
