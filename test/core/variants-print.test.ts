import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inThreadVariantsRenderer, printVariants, workerVariantsRenderer } from '../../electron/core/services/variants/print';
import { saveBank } from '../../electron/core/db/repos/banks';
import { optionLetter } from '../../shared/documents/variants/item-text';
import { blueprintSchema } from '../../shared/domain/bank/blueprint';
import { bankOfTopics } from '../fixtures/banks/items';
import { cohortWithBank, harness, type Harness } from './sitting-fixture';
import { pdfPageCount, pdfPages } from '../helpers/pdf-text';
import { KAZAKH_LETTERS, PRINT_BANK, printBlueprint } from './variants-fixture';

let h: Harness;
afterEach(() => h?.close());

const ALL = { variants: true, keys: true, sheets: true };
const NAMES = ['Әлиева Гүлнәр', 'Қасымов Нұрлан', 'Үсенова Іңкәр'];

async function setup() {
  h = harness();
  return cohortWithBank(h, NAMES, PRINT_BANK);
}

type StoredVariant = { seed: string; items: { id: string; optionOrder: number[] | null }[] };
function storedVariants(sittingId: number): { number: number; variant: StoredVariant }[] {
  const rows = h.core.ctx.db.prepare('SELECT number, variant FROM examinee WHERE sitting_id = ? ORDER BY number').all(sittingId) as { number: number; variant: string }[];
  return rows.map((r) => ({ number: r.number, variant: JSON.parse(r.variant) as StoredVariant }));
}

/** The pages of one part ("Тест кітапшасы", "Жауаптар кілті", "Жауап парағы") of variant `n`. */
function partPages(pages: string[], part: string, n: number): string {
  const found = pages.filter((p) => p.includes(`${part} · Нұсқа ${n} ·`));
  expect(found.length).toBeGreaterThan(0);
  return found.join('\n');
}

const TEXTS: Record<string, string> = Object.fromEntries(PRINT_BANK.items.map((i) => [i.id, i.text.slice(0, 24)]));

describe('variant:print', () => {
  it('prints booklets, one-page answer sheets and keys in Kazakh into exports/, as many pages as it says', async () => {
    const { bankId } = await setup();
    const r = await h.call('variant:print', { bankId, blueprint: printBlueprint(), examinees: 4, seed: 'басылым', parts: ALL, lang: 'kk', inline: true });
    expect(r.file).toBe(join(h.dir, 'exports', 'bank-1-басылым-variants-keys-sheets-kk.pdf'));
    expect(r.seed).toBe('басылым');
    expect(r.bytes).toBe(statSync(r.file).size);
    expect(Buffer.from(r.base64!, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(join(h.dir, 'exports')).filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(pdfPageCount(r.file)).toBe(r.pages);
    const pages = pdfPages(r.file);
    expect(pages).toHaveLength(r.pages);
    const text = pages.join('\n');
    for (const letter of KAZAKH_LETTERS) expect(text).toContain(letter);
    expect(text).toContain('Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І');
    expect(text).toContain('Қорытынды тест');
    // every page's footer names its part and variant: one answer sheet page and one key per variant, the rest booklets
    const count = (s: string) => pages.filter((p) => p.includes(`${s} · Нұсқа`)).length;
    expect(count('Жауап парағы')).toBe(4);
    expect(count('Жауаптар кілті')).toBe(4);
    expect(count('Тест кітапшасы')).toBe(r.pages - 8);
    for (let n = 1; n <= 4; n += 1) {
      const sheet = pages.filter((p) => p.includes(`Жауап парағы · Нұсқа ${n} ·`));
      expect(sheet).toHaveLength(1);
      expect(sheet[0]).toMatch(/1\s*\/\s*1/);
      expect(sheet[0]).toContain('ЖСН');
      expect(sheet[0]).toMatch(/Тексеру коды: [0-9A-F]{4}-[0-9A-F]{4}/);
    }
    // page numbers «N / M» within each booklet
    expect(partPages(pages, 'Тест кітапшасы', 1)).toMatch(/1\s*\/\s*\d/);
  });

  it('prints a sitting\'s stored variants: its seed, the examinees\' names, the items in their stored order; a variant printed ahead is the one admission then stores', async () => {
    const { bankId, cohort, listeners } = await setup();
    const sitting = await h.call('sitting:create', { cohortId: cohort.id, bankId, blueprint: printBlueprint(), kind: 'final', heldOn: '2026-11-26', seed: 'апелляция' });
    await h.call('sitting:admit', { sittingId: sitting.id, listenerIds: listeners.slice(0, 2).map((l) => l.id) });
    const r = await h.call('variant:print', { sittingId: sitting.id, examinees: 3, parts: { variants: true, keys: false, sheets: false }, lang: 'kk', inline: false });
    expect(r.seed).toBe('апелляция');
    expect(r.file).toBe(join(h.dir, 'exports', `sitting-${sitting.id}-variants-kk.pdf`));
    const pages = pdfPages(r.file);
    await h.call('sitting:admit', { sittingId: sitting.id, listenerIds: [listeners[2]!.id] });
    const stored = storedVariants(sitting.id);
    expect(stored).toHaveLength(3);
    for (const { number, variant } of stored) {
      const booklet = partPages(pages, 'Тест кітапшасы', number).replace(/\s+/g, ' ');
      if (number <= 2) expect(booklet).toContain(NAMES[number - 1]);
      else for (const name of NAMES) expect(booklet).not.toContain(name);
      expect(booklet).toContain(variant.seed);
      const at = variant.items.map((i) => booklet.indexOf(TEXTS[i.id]!.replace(/\s+/g, ' ')));
      expect(at.every((x) => x >= 0), `${booklet}\n${JSON.stringify(at)}`).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
    await expect(h.call('variant:print', { sittingId: sitting.id, seed: 'басқа', parts: ALL, lang: 'kk', inline: false })).rejects.toMatchObject({ code: 'bad_input', field: 'seed' });
  });

  it('letters the options in each variant\'s stored order, and the key gives the same letters', async () => {
    const { bankId, cohort, listeners } = await setup();
    const sitting = await h.call('sitting:create', { cohortId: cohort.id, bankId, blueprint: printBlueprint(), kind: 'final', heldOn: '2026-11-26', seed: 'кілт' });
    await h.call('sitting:admit', { sittingId: sitting.id, listenerIds: listeners.map((l) => l.id) });
    const r = await h.call('variant:print', { sittingId: sitting.id, parts: ALL, lang: 'kk', inline: false });
    const pages = pdfPages(r.file);
    const letters = new Set<string>();
    for (const { number, variant } of storedVariants(sitting.id)) {
      // the alphabet item: the right option «Ә» is stored first; multiple «Қай өзендер…»: Ертіс, Жайық, Сырдария are right
      const position = variant.items.findIndex((i) => i.id === 'alphabet');
      const order = variant.items[position]!.optionOrder!;
      const letter = optionLetter(order.indexOf(0));
      letters.add(letter);
      const booklet = partPages(pages, 'Тест кітапшасы', number);
      expect(booklet).toMatch(new RegExp(`${letter}\\)\\s+Ә\\n`));
      const key = partPages(pages, 'Жауаптар кілті', number);
      expect(key).toMatch(new RegExp(`^\\s*${position + 1}\\s+${letter}\\s+1\\s*$`, 'm'));
      const rivers = variant.items.findIndex((i) => i.id === 'key-multiple-rivers');
      if (rivers >= 0) {
        const shown = variant.items[rivers]!.optionOrder!;
        const right = [0, 1, 2].map((k) => optionLetter(shown.indexOf(k))).sort().join(', ');
        expect(key).toMatch(new RegExp(`^\\s*${rivers + 1}\\s+${right}\\s+1\\s*$`, 'm'));
      }
    }
    // the sample is not trivially «A» every time: option order really varies between variants
    expect(letters.size).toBeGreaterThan(1);
  });

  it('same seed → the same text; another seed → other variants; Russian and English labels', async () => {
    const { bankId } = await setup();
    // in this thread (each worker start costs seconds under tsx); the worker draws the same pages (see the other tests)
    const print = async (seed: string, lang: 'kk' | 'ru' | 'en') =>
      pdfPages((await printVariants(h.core.ctx, { bankId, blueprint: printBlueprint(), examinees: 2, seed, parts: ALL, lang }, inThreadVariantsRenderer())).file).join('\f');
    const first = await print('бір', 'kk');
    expect(await print('бір', 'kk')).toBe(first);
    expect(await print('екі', 'kk')).not.toBe(first);
    const ru = await print('бір', 'ru');
    expect(ru).toContain('Бланк ответов');
    expect(ru).toContain('Ключ ответов');
    expect(ru).toContain('Итоговый тест');
    const en = await print('бір', 'en');
    expect(en).toContain('Answer sheet');
    expect(en).toContain('Answer key');
    expect(en).toContain('Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І');
  });

  it('refuses a quota larger than its topic (2 items, quota 3) with a clear error and leaves no file', async () => {
    const { bankId } = await setup();
    const e = await h.failure('variant:print', { bankId, blueprint: printBlueprint(4, 3), examinees: 3, seed: 's', parts: ALL, lang: 'kk', inline: false });
    expect(e).toMatchObject({ code: 'out_of_range', field: 'blueprint' });
    expect(e.message).toContain('Шағын: the quota is 3 but the topic has 2 items');
    const exports = join(h.dir, 'exports');
    expect(existsSync(exports) ? readdirSync(exports) : []).toEqual([]);
    expect((await h.failure('variant:print', { bankId, blueprint: printBlueprint(), seed: 's', parts: ALL, lang: 'kk', inline: false })).field).toBe('examinees');
    // a seed may hold any character; the file name keeps to letters, digits, - and _
    const odd = await h.call('variant:print', { bankId, blueprint: printBlueprint(), examinees: 1, seed: '../2026/қыс:1', parts: { variants: false, keys: true, sheets: false }, lang: 'kk', inline: false });
    expect(odd.file).toBe(join(h.dir, 'exports', 'bank-1-_2026_қыс_1-keys-kk.pdf'));
    expect(odd.seed).toBe('../2026/қыс:1');
    expect((await h.failure('variant:print', { bankId, blueprint: printBlueprint(), examinees: 2, parts: { variants: false, keys: false, sheets: false }, lang: 'kk', inline: false })).code).toBe('bad_input');
  });

  it('renders in a worker thread: progress arrives while the main thread keeps turning', async () => {
    const { bankId } = await setup();
    const progress: [number, number][] = [];
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 1);
    const r = await printVariants(
      h.core.ctx,
      { bankId, blueprint: printBlueprint(), examinees: 60, seed: 'ағын', parts: { variants: true, keys: true, sheets: false }, lang: 'kk' },
      workerVariantsRenderer(),
      { onProgress: (done, total) => progress.push([done, total]) },
    );
    clearInterval(ticker);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toEqual([120, 120]);
    expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((a, b) => a - b));
    expect(turns).toBeGreaterThan(progress.length / 4);
    expect(pdfPageCount(r.file)).toBe(r.pages);
  });

  it('cancels a run: the worker stops, the call fails as cancelled, no file is left', async () => {
    const { bankId } = await setup();
    const stop = new AbortController();
    const request = { bankId, blueprint: printBlueprint(), examinees: 400, seed: 'тоқта', parts: ALL, lang: 'kk' as const };
    const run = printVariants(h.core.ctx, request, workerVariantsRenderer(), { signal: stop.signal, onProgress: (done) => done >= 40 && stop.abort() });
    await expect(run).rejects.toMatchObject({ code: 'render_failed', message: 'the render was cancelled' });
    expect(readdirSync(join(h.dir, 'exports'))).toEqual([]);
  });

  it('keeps the answer sheet of a 120-question test on one page', async () => {
    h = harness();
    const bankId = saveBank(h.core.ctx.db, { programmeId: null, name: 'long', sourceFile: null, format: 'attesta' }, bankOfTopics([[['Ұзақ'], 120]]), new Date());
    const blueprint = blueprintSchema.parse({ id: 'long', title: { kk: 'Ұзақ тест', ru: 'Ұ', en: 'Ұ' }, quotas: [{ target: { kind: 'topic', path: ['Ұзақ'] }, count: 120 }] });
    const r = await printVariants(h.core.ctx, { bankId, blueprint, examinees: 2, seed: 'ұзақ', parts: { variants: false, keys: false, sheets: true }, lang: 'kk' }, inThreadVariantsRenderer());
    expect(r.pages).toBe(2);
    const pages = pdfPages(r.file);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatch(/\b120\b/);
    expect(pages[0]).toContain('Жауап парағы · Нұсқа 1 ·');
  });
});
