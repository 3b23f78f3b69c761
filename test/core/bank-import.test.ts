import { closeSync, openSync, ftruncateSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBankFile, type ImportedBank } from '../../electron/core/import/bank/index';
import { MAX_BANK_FILE } from '../../electron/core/import/bank/read-file';
import { importReport } from '../../shared/domain/bank/report';
import { scoreResponse } from '../../shared/domain/bank/scoring';
import type { BankItem, ParsedBank } from '../../shared/domain/bank/types';
import { isAppError } from '../../shared/domain/errors';
import { frac } from '../../shared/domain/fraction';
import { tempDir } from '../helpers/temp-dir';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'banks');
const fixture = (name: string): string => join(FIXTURES, name);
let dir: string;
let remove: () => void;
beforeAll(() => ({ dir, remove } = tempDir('attesta-bank-')));
afterAll(() => remove());

async function refused(f: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await f();
  } catch (e) {
    if (isAppError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected the input to be refused');
}

function item(items: readonly BankItem[], id: string): BankItem {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

describe('GIFT', () => {
  let imported: ImportedBank;
  let parsed: ParsedBank;
  let items: BankItem[];
  beforeAll(async () => {
    imported = await importBankFile(fixture('kk-ru-all-types.gift'));
    parsed = imported.parsed;
    items = parsed.entries.map((e) => e.item);
  });

  it('reads every question type, with categories as topic paths and Kazakh text intact', async () => {
    expect([imported.format, imported.encoding]).toEqual(['gift', 'utf-8']);
    const report = importReport(parsed);
    expect(report).toMatchObject({
      items: 14,
      byType: { single: 4, multiple: 1, truefalse: 2, matching: 1, short: 2, numeric: 3, essay: 1 },
      handScored: [{ where: 'line 50', name: 'Құжат-6' }],
      errors: [],
      unsupported: [
        { where: 'line 4', type: 'description' },
        { where: 'line 63', type: 'description' },
      ],
    });
    expect(report.topics.map((t) => [t.path.at(-1), t.items])).toEqual([
      ['1.1 Білім туралы заң', 4],
      ['1.2 Құжаттар', 6],
      ['Психологиялық-педагогикалық модуль', 4],
    ]);
    expect(items.map((i) => i.text).join(' ')).toMatch(/[Ә].*[Ғ]|[Қ]/u);
  });

  it('keeps names, notes, feedback and weights', async () => {
    expect(item(items, 'Заң-1')).toMatchObject({
      type: 'single',
      lang: 'kk',
      difficulty: 2,
      competencies: ['Құқықтық сауаттылық'],
      feedback: 'Қосымша: ҚР Білім туралы заңы, 2007.',
      topic: ['Педагог-ұйымдастырушы', 'Нормативтік-құқықтық модуль', '1.1 Білім туралы заң'],
    });
    const multiple = item(items, 'Закон-2');
    expect(multiple.type === 'multiple' && multiple.options.map((o) => o.weight)).toEqual([frac(1, 2), frac(1, 2), frac(-1)]);
    expect(item(items, 'Заң-3')).toMatchObject({ type: 'truefalse', answer: true, feedbackTrue: 'Дұрыс.', feedbackFalse: 'Қате: заң 2019 жылы қабылданды.' });
    expect(item(items, 'Заң-4')).toMatchObject({ type: 'truefalse', answer: false });
  });

  it('numeric: a value, a range min..max and several weighted answers', async () => {
    expect(item(items, 'Құжат-2')).toMatchObject({ answers: [{ value: '80', tolerance: '0' }] });
    expect(item(items, 'Құжат-3')).toMatchObject({ answers: [{ value: '2', tolerance: '1' }] });
    const pi = item(items, 'Құжат-4');
    expect(scoreResponse(pi, { type: 'numeric', text: '3.144' })).toEqual({ kind: 'auto', credit: frac(1) });
    expect(scoreResponse(pi, { type: 'numeric', text: '3.13' })).toEqual({ kind: 'auto', credit: frac(1, 2) });
  });

  it('matching with a distractor, short answers, missing word, escapes and [html]', async () => {
    expect(item(items, 'Құжат-1')).toMatchObject({ type: 'matching', distractors: ['Күнделікті есеп'] });
    expect(item(items, 'Құжат-5')).toMatchObject({ type: 'short', answers: [{ text: 'ҚР ОАМ' }, { text: 'ОАМ' }, { text: 'МП РК' }] });
    expect(item(items, 'Арнайы таңбалар')).toMatchObject({ text: 'Өрнекті есептеңіз: 2 {x} = 4: x ~ 2 # нәтиже\\жауап', options: [{ text: 'x = 2' }, { text: 'x = 4' }] });
    const blank = items.find((i) => i.name === null)!;
    expect(blank).toMatchObject({ type: 'single', text: 'Мектепте _____ ауысым болуы мүмкін.' });
    expect(blank.id).toMatch(/^q-[0-9a-f]{16}$/u);
    expect(item(items, 'Без названия')).toMatchObject({ format: 'html', type: 'short' });
  });

  it('unbalanced braces and bad weights are per-item errors with the line; good items around them still parse', async () => {
    const r = importReport((await importBankFile(fixture('bad-braces.gift'))).parsed);
    expect(r.items).toBe(2);
    expect(r.errors).toEqual([
      { where: 'line 6', message: 'unbalanced braces: the answer block "{" is never closed' },
      { where: 'line 8', message: 'unbalanced braces: "}" without "{" (write \\} for a literal brace)' },
      { where: 'line 10', message: 'weight %abc% is not a percent between -100 and 100' },
    ]);
  });
});

describe('Aiken and text encodings', () => {
  it('reads Aiken with stray text tolerated and bad questions reported by line', async () => {
    const { parsed, format } = await importBankFile(fixture('ru-aiken.txt'));
    expect(format).toBe('aiken');
    expect(importReport(parsed)).toEqual({
      items: 3,
      byType: { single: 2, multiple: 1, truefalse: 0, matching: 0, short: 0, numeric: 0, essay: 0 },
      topics: [{ path: [], items: 3 }],
      handScored: [],
      errors: [
        { where: 'line 22', message: 'the options are not followed by an ANSWER line' },
        { where: 'line 26', message: 'ANSWER: E is not one of the options A, B' },
      ],
      unsupported: [],
    });
    expect(parsed.warnings).toEqual([{ where: 'line 1', message: 'text that is not a question was ignored' }]);
  });

  it('detects Windows-1251 (CRLF) and reads it to the same items as the UTF-8 file', async () => {
    const utf8 = await importBankFile(fixture('ru-aiken.txt'));
    const cp1251 = await importBankFile(fixture('ru-aiken-cp1251.txt'));
    expect(cp1251.encoding).toBe('windows-1251');
    expect(readFileSync(fixture('ru-aiken-cp1251.txt')).includes(Buffer.from('Какой', 'utf8'))).toBe(false);
    expect(cp1251.parsed.entries.map((e) => e.item)).toEqual(utf8.parsed.entries.map((e) => e.item));
    expect(cp1251.parsed.entries[0]!.item.text).toBe('Какой приказ утверждает правила аттестации педагогов?');
  });

  it('detects KZ-1048, the Kazakh code page, where Windows-1251 would garble Ә Ғ Қ Ң Ө Ұ Ү Һ', async () => {
    const { encoding, parsed } = await importBankFile(fixture('kk-gift-kz1048.gift'));
    expect(encoding).toBe('kz-1048');
    const [first, second] = parsed.entries.map((e) => e.item);
    expect(first).toMatchObject({ id: 'Әріп-1', topic: ['Білім', 'Модуль 1'], options: [{ text: 'Ә, Ғ, Қ, Ң' }, { text: 'Ө, Ұ, Ү, Һ, І' }, { text: 'Ё, Ъ' }] });
    expect(second).toMatchObject({ id: 'Әріп-2', type: 'short' });
  });

  it('UTF-8 with a BOM and UTF-16 with a BOM read alike', async () => {
    const text = readFileSync(fixture('ru-aiken.txt'), 'utf8');
    writeFileSync(join(dir, 'bom8.txt'), `\uFEFF${text}`);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    writeFileSync(join(dir, 'bom16.txt'), le);
    const plain = (await importBankFile(fixture('ru-aiken.txt'))).parsed.entries.map((e) => e.item);
    expect((await importBankFile(join(dir, 'bom8.txt'))).parsed.entries.map((e) => e.item)).toEqual(plain);
    const utf16 = await importBankFile(join(dir, 'bom16.txt'), 'aiken');
    expect([utf16.encoding, utf16.parsed.entries.length]).toEqual(['utf-16le', 3]);
  });
});

describe('Moodle XML', () => {
  let parsed: ParsedBank;
  let items: BankItem[];
  beforeAll(async () => {
    parsed = (await importBankFile(fixture('moodle-003.xml'))).parsed;
    items = parsed.entries.map((e) => e.item);
  });

  it('categories → topic paths (empty ones kept); supported types read; others reported by name', async () => {
    const report = importReport(parsed);
    expect(report.items).toBe(8);
    expect(report.byType).toEqual({ single: 2, multiple: 1, truefalse: 1, matching: 1, short: 1, numeric: 1, essay: 1 });
    expect(report.topics.map((t) => [t.path.join(' / '), t.items])).toEqual([
      ['Педагог-ұйымдастырушы', 0],
      ['Педагог-ұйымдастырушы / Мазмұндық модуль / 3.3 Жоспарлау (ҰМЖ/ОМЖ/ҚМЖ)', 4],
      ['Педагог-ұйымдастырушы / Мазмұндық модуль / 3.8 Тәрбиелілік деңгейін диагностикалау', 3],
      ['Педагог-ұйымдастырушы / Технологиялық модуль', 1],
      ['Педагог-ұйымдастырушы / Вариативтік модуль', 0],
    ]);
    expect(report.unsupported).toEqual([
      { where: 'line 82', type: 'calculated' },
      { where: 'line 87', type: 'ddwtos' },
      { where: 'line 91', type: 'description' },
    ]);
    expect(report.errors).toEqual([{ where: 'line 98', message: 'multichoice: a single-choice question needs at least 2 options, found 1' }]);
    expect(report.handScored).toEqual([{ where: 'line 77', name: 'Диагностика-3' }]);
  });

  it('keeps html, tags, points, exact thirds, usecase, tolerance, matching distractors; repeats get ~2', async () => {
    expect(item(items, 'Жоспар-1')).toMatchObject({ format: 'html', lang: 'kk', difficulty: 1, competencies: ['Жоспарлау'], text: '<p>Қысқа мерзімді жоспар (ҚМЖ) не үшін <b>қажет</b>?</p>' });
    const multi = item(items, 'План-2');
    expect(multi).toMatchObject({ type: 'multiple', points: 2, shuffle: false, lang: 'ru' });
    expect(scoreResponse(multi, { type: 'multiple', choices: [0, 1, 2] })).toEqual({ kind: 'auto', credit: frac(1) });
    expect(scoreResponse(multi, { type: 'multiple', choices: [0, 1] }, { partialCredit: true })).toEqual({ kind: 'auto', credit: frac(2, 3) });
    expect(item(items, 'Жоспар-4')).toMatchObject({ type: 'short', ignoreCase: true, answers: [{ weight: frac(1) }, { text: 'Қысқа*жоспар', weight: frac(1, 2) }] });
    expect(item(items, 'Диагностика-1')).toMatchObject({ type: 'numeric', answers: [{ value: '4', tolerance: '0', feedback: 'Дұрыс' }] });
    expect(item(items, 'Диагностика-2')).toMatchObject({ type: 'matching', distractors: ['Выготский'] });
    expect(item(items, 'Жоспар-1~2')).toMatchObject({ text: 'Қайталанған атау: ІТ құралдары?', topic: ['Педагог-ұйымдастырушы', 'Технологиялық модуль'] });
    const first = item(items, 'Жоспар-1');
    expect(first.type === 'single' && first.options[2]?.text).toBe('Тоқсандық жоспар & есеп үшін');
  });

  it('a file that is not XML, or XML that is not a quiz, is refused (exit 2)', async () => {
    expect(await refused(() => importBankFile(fixture('not-xml.xml')))).toEqual({
      code: 'not_xml',
      message: "the file is not XML (line 6: Expected closing tag 'text' (opened in line 5, col 19) instead of closing tag 'question'.)",
    });
    writeFileSync(join(dir, 'other.xml'), '<?xml version="1.0"?><workbook><sheet/></workbook>');
    expect((await refused(() => importBankFile(join(dir, 'other.xml')))).message).toMatch(/root is <workbook>, not <quiz>/u);
    expect((await refused(() => importBankFile(fixture('kk-ru-all-types.gift'), 'moodle-xml'))).message).toMatch(/not XML/u);
  });
});

describe('unusable files (exit 2, before parsing)', () => {
  it('a file over 20 MB is refused from its size alone (a sparse file: nothing is read)', async () => {
    const big = join(dir, 'huge.gift');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, MAX_BANK_FILE + 1);
    closeSync(fd);
    expect(statSync(big).size).toBe(20 * 1024 * 1024 + 1);
    const started = Date.now();
    expect(await refused(() => importBankFile(big))).toEqual({ code: 'file_too_large', message: `${big} is 20971521 bytes; a question bank file is at most 20 MB` });
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('a file of exactly 20 MB is read (and then judged by its content)', async () => {
    const edge = join(dir, 'edge.gift');
    const fd = openSync(edge, 'w');
    ftruncateSync(fd, MAX_BANK_FILE);
    closeSync(fd);
    expect((await refused(() => importBankFile(edge))).message).toMatch(/not text/u);
  });

  it('missing files, unknown formats, text without a single question', async () => {
    expect((await refused(() => importBankFile(join(dir, 'nope.gift')))).message).toMatch(/no such file/u);
    expect((await refused(() => importBankFile(fixture('ru-aiken.txt'), 'docx'))).message).toBe('--format must be gift, aiken, moodle-xml, xlsx, not "docx"');
    writeFileSync(join(dir, 'prose.txt'), 'Просто текст.\n\nЕщё абзац.\n');
    expect((await refused(() => importBankFile(join(dir, 'prose.txt'), 'aiken'))).message).toMatch(/no Aiken question/u);
    expect(await refused(() => importBankFile(fixture('ru-aiken.txt'), 'xlsx'))).toEqual({ code: 'not_xlsx', message: 'the file is not an .xlsx workbook (save it from Excel as .xlsx)' });
  });
});
