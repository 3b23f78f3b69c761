import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import type { Core } from '../../electron/core/core';
import { saveBank } from '../../electron/core/db/repos/banks';
import { exportDocument, inThreadRenderer, type ExportRequest } from '../../electron/core/services/documents/export';
import { admit, createSitting } from '../../electron/core/services/sittings/create';
import { demoBank } from '../../electron/core/services/sittings/demo-bank';
import { KZ_001_FINAL_TEST } from '../../shared/domain/bank/blueprints-builtin';
import { useDemoCore, type DemoCore } from '../helpers/demo-core';
import { pdfPageCount, pdfText } from '../helpers/pdf-text';

// The test results statement and the cohort summary, read back in all three languages: PDF
// through pdftotext/pdfinfo, xlsx through exceljs. The demo's sitting (8 of 12 finished, not
// released) and its defense session (3 confirmed, open) are the data.

const demo = useDemoCore();
const { call } = demo;
let core: Core;
let ids: DemoCore['ids'];
beforeAll(() => {
  ({ core, ids } = demo);
});

const pagesOf = (body: string) => body.split('\f').filter((p) => p.trim());
const render = inThreadRenderer();

/** The PDF's content streams, inflated (pdfkit deflates them), as one text. */
function pdfContent(file: string): string {
  const bytes = readFileSync(file);
  const raw = bytes.toString('latin1');
  let out = '';
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      out += inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      // not a deflated stream (fonts are, but their bytes do not matter here)
    }
  }
  return out;
}
const exportAs = (req: Omit<ExportRequest, 'out'>, name: string) => exportDocument(core.ctx, { ...req, out: join(demo.dir, name) }, render);

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
function cellsOf(ws: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  ws.eachRow((row) => row.eachCell((c) => cells.push(c)));
  return cells;
}
function rowNumbers(cell: ExcelJS.Cell): number[] {
  return (cell.worksheet.getRow(Number(cell.row)).values as unknown[]).filter((v): v is number => typeof v === 'number');
}

describe('the test results statement', () => {
  it('is refused as final while the results are not released (not_final), and needs --sitting', async () => {
    await expect(exportAs({ doc: 'statement', sittingId: ids.sitting, format: 'pdf', lang: 'kk', draft: false }, 'x.pdf')).rejects.toMatchObject({ code: 'not_final', field: 'sitting' });
    await expect(exportAs({ doc: 'statement', format: 'pdf', lang: 'kk', draft: true }, 'x.pdf')).rejects.toMatchObject({ code: 'bad_input', field: 'sitting' });
    await expect(exportAs({ doc: 'statement', sittingId: 9999, format: 'pdf', lang: 'kk', draft: true }, 'x.pdf')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a Kazakh draft: header, every examinee with exact and rounded percent, grade counts, mean, annex; the mark on every page', async () => {
    const r = await exportAs({ doc: 'statement', sittingId: ids.sitting, format: 'pdf', lang: 'kk', draft: true, words: true }, 'st-kk.pdf');
    const body = pdfText(r.file);
    expect(r.pages).toBe(pdfPageCount(r.file));
    expect(r.pages).toBeGreaterThanOrEqual(3);
    expect(body).toContain('ТЕСТІЛЕУ НӘТИЖЕЛЕРІНІҢ ТІЗІМДЕМЕСІ № 2026-T');
    expect(body).toContain('Астана, 105-компьютерлік сынып');
    expect(body).toContain('қорытынды тест');
    expect(body).toContain('Әлиева Гүлнәр Серікқызы');
    expect(body).toMatch(/20,00\s+20\s+100,00\s+100\s+жүз\s+өте жақсы\s+иә/); // points, of, exact %, rounded %, in words, grade, certificate
    expect(body).toMatch(/75,00\s+75\s+жетпіс бес/);
    expect(body).toContain('аяқтамады'); // not released yet: those who never started are "not finished", not absent
    expect(body).toContain('Орташа');
    expect(body).toMatch(/Жіберілді: 12; тест тапсырды: 8/);
    expect(body).toContain('Сертификат 50 %-дан бастап беріледі.');
    expect(body).toContain('Қосымша. Тапсырмаларды талдау');
    expect(body).toMatch(/KR-20 = \d,\d\d; SEM = \d+,\d\d балл/);
    expect(body).toContain('Назар аударыңыз: тестіленушілер саны небәрі 8');
    expect(body).toContain('Емтихан алушы');
    expect(body).toContain('Тәжібаева Сәуле Әбдірахманқызы'); // the chair of the cohort's defense session signs
    const pages = pagesOf(body);
    expect(pages.every((p) => p.includes('ЖОБА / ПРОЕКТ / DRAFT'))).toBe(true);
    expect(pages.every((p) => p.includes(r.hash.slice(0, 12)))).toBe(true);
    expect(pages.at(-1)).toMatch(new RegExp(`${r.pages} / ${r.pages}`));
  });

  it('after release: final in Russian without the mark; the same locked data gives the same hash in English xlsx', async () => {
    await call('sitting:release', { sittingId: ids.sitting, force: true });
    const ru = await exportAs({ doc: 'statement', sittingId: ids.sitting, format: 'pdf', lang: 'ru', draft: false }, 'st-ru.pdf');
    const body = pdfText(ru.file);
    expect(body).toContain('ВЕДОМОСТЬ РЕЗУЛЬТАТОВ ТЕСТИРОВАНИЯ');
    expect(body).toContain('Приложение. Анализ заданий');
    expect(body).toContain('не явился');
    expect(body).toContain('отлично');
    expect(body).not.toMatch(/ЖОБА|ПРОЕКТ|DRAFT/);
    const en = await exportAs({ doc: 'statement', sittingId: ids.sitting, format: 'xlsx', lang: 'en', draft: false }, 'st-en.xlsx');
    expect(en.hash).toBe(ru.hash);
    const again = await exportAs({ doc: 'statement', sittingId: ids.sitting, format: 'pdf', lang: 'en', draft: false }, 'st-en.pdf');
    expect(again.hash).toBe(ru.hash);
    expect(pdfText(again.file)).toContain('TEST RESULTS STATEMENT');

    const wb = await workbook(en.file);
    const ws = wb.worksheets[0]!;
    const cells = cellsOf(ws);
    expect(cells.some((c) => typeof c.value === 'string' && c.value.startsWith('TEST RESULTS STATEMENT No. 2026-T'))).toBe(true);
    const first = cells.find((c) => c.value === 'Әлиева Гүлнәр Серікқызы')!;
    expect(rowNumbers(first)).toEqual([1, 20, 20, 100, 100]); // №, points, of, exact %, rounded %: numbers, not text
    const header = cells.find((c) => c.value === 'Percent (exact)')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: Number(header.row) });
    expect(ws.pageSetup.printTitlesRow).toBe(`${header.row}:${header.row}`);
    expect(ws.pageSetup.orientation).toBe('landscape');
    const average = cells.find((c) => typeof c.value === 'object' && c.value !== null && 'formula' in c.value && String(c.value.formula).startsWith('AVERAGE'))!;
    // Release ended the two unfinished tests: 10 graded. The cached result is the mean of the column above it.
    const column = cells.filter((c) => c.col === header.col && Number(c.row) > Number(header.row) && Number(c.row) < Number(average.row) && typeof c.value === 'number');
    expect(column).toHaveLength(10);
    const mean = column.reduce((s, c) => s + Number(c.value), 0) / column.length;
    expect((average.value as ExcelJS.CellFormulaValue).result).toBeCloseTo(mean, 9);
    expect(mean).toBeCloseTo(56, 9);
    expect(body).toContain('Средний процент оценённых: 56,00 %.');
    expect(ws.model.merges.length).toBeGreaterThan(5); // title, meta rows, the totals label
    expect(cells.find((c) => c.value === 'Average')?.isMerged).toBe(true);
    expect(cells.some((c) => c.value === 'absent')).toBe(true);
    expect(cells.some((c) => c.value === 'excellent')).toBe(true);
    expect(cells.some((c) => c.value === 'Annex. Item analysis')).toBe(true);
  });

  it('200 examinees paginate with the header repeated on every page of the list', async () => {
    const db = core.ctx.db;
    const programme = (await call('programme:create', { title: { kk: 'Үлкен', ru: 'Большой', en: 'Big' }, hours: 1, designId: 'kz-001-test-percent' })) as { id: number };
    const cohort = (await call('cohort:create', { programmeId: programme.id, name: 'Үлкен топ' })) as { id: number };
    for (let i = 0; i < 200; i += 1) await call('listener:add', { cohortId: cohort.id, fields: { fullName: `Тыңдаушы ${String(i + 1).padStart(3, '0')}` } });
    const now = core.ctx.now();
    const bankId = saveBank(db, { programmeId: programme.id, name: 'bank', sourceFile: null, format: 'attesta' }, demoBank(), now);
    const sittingId = createSitting(db, { cohortId: cohort.id, bankId, blueprint: KZ_001_FINAL_TEST, kind: 'final', heldOn: '2026-11-28', place: null, timeLimitMinutes: 40, layout: 'one', seed: 's' }, 'test', now);
    const listeners = (await call('listener:list', { cohortId: cohort.id })) as { id: number }[];
    admit(db, { sittingId, listenerIds: listeners.map((l) => l.id) }, 'test', now);
    await call('sitting:release', { sittingId, force: true });
    const r = await exportAs({ doc: 'statement', sittingId, format: 'pdf', lang: 'kk', draft: false }, 'big.pdf');
    expect(r.pages).toBeGreaterThan(5);
    const body = pdfText(r.file);
    expect(body).toContain('Тыңдаушы 200');
    const listPages = pagesOf(body).filter((p) => /Тыңдаушы \d{3}/.test(p));
    expect(listPages.length).toBeGreaterThan(4);
    expect(listPages.every((p) => p.includes('Тестіленуші') && p.includes('Сертификат'))).toBe(true);
    expect(body).toMatch(/келмеді: 200/);
  });
});

describe('the cohort summary', () => {
  it('is refused as final while a session is open; a Kazakh draft has defenses, tests, decisions and the charts', async () => {
    await expect(exportAs({ doc: 'summary', cohortId: ids.cohort, format: 'pdf', lang: 'kk', draft: false }, 's.pdf')).rejects.toMatchObject({ code: 'not_final', field: 'cohort' });
    await expect(exportAs({ doc: 'summary', format: 'pdf', lang: 'kk', draft: true }, 's.pdf')).rejects.toMatchObject({ code: 'bad_input', field: 'cohort' });
    const r = await exportAs({ doc: 'summary', cohortId: ids.cohort, format: 'pdf', lang: 'kk', draft: true }, 'su-kk.pdf');
    expect(r.pages).toBe(pdfPageCount(r.file));
    const body = pdfText(r.file);
    expect(body).toContain('ТОПТЫҢ ЖИЫНТЫҚ НӘТИЖЕЛЕР ТІЗІМДЕМЕСІ');
    expect(body).toContain('Қорғау');
    expect(body).toMatch(/Әлиева Гүлнәр Серікқызы\s+85\s+Өте жақсы\s+100\s+өте жақсы/);
    expect(body).toContain('Жоба енгізуге ұсынылды');
    expect(body).toContain('сертификат берілді');
    expect(body).toContain('Тыңдаушылар: 12; қорғады: 3; тест тапсырды: 10.');
    expect(body).toContain('Бағалардың бөлінуі');
    expect(body).toContain('Қанағаттанарлықсыз'); // a bar's label, with its count 0
    expect(pagesOf(body).every((p) => p.includes('ЖОБА / ПРОЕКТ / DRAFT'))).toBe(true);
  });

  it('the chart is drawn as vector bars in the PDF and given to the screen by document:distribution', async () => {
    const dist = (await call('document:distribution', { cohortId: ids.cohort })) as { title: { kk: string }; bars: { grade: { kk: string }; count: number }[] }[];
    expect(dist).toHaveLength(2); // the defense and the test
    expect(dist[0]!.bars.map((b) => b.count)).toEqual([1, 1, 1, 0]);
    expect(dist[1]!.bars.reduce((n, b) => n + b.count, 0)).toBe(10);
    const r = await exportAs({ doc: 'summary', cohortId: ids.cohort, format: 'pdf', lang: 'en', draft: true }, 'su-en.pdf');
    // One filled rectangle in the bars' colour (#5a6f8c) per bar above zero.
    const fills = pdfContent(r.file).split('0.35294117647058826 0.43529411764705883 0.5490196078431373 scn').length - 1;
    expect(fills).toBe(dist.flatMap((d) => d.bars).filter((b) => b.count > 0).length);
    expect(fills).toBeGreaterThanOrEqual(5);
  });

  it('English and Russian xlsx: numbers as numbers, the distribution as a table with a SUM, merged group headers', async () => {
    for (const lang of ['en', 'ru'] as const) {
      const r = await exportAs({ doc: 'summary', cohortId: ids.cohort, format: 'xlsx', lang, draft: true }, `su-${lang}.xlsx`);
      const ws = (await workbook(r.file)).worksheets[0]!;
      const cells = cellsOf(ws);
      const first = cells.find((c) => c.value === 'Әлиева Гүлнәр Серікқызы')!;
      expect(rowNumbers(first)).toEqual([1, 85, 100]);
      const label = lang === 'en' ? 'Grade distribution: ' : 'Распределение оценок: ';
      expect(new Set(cells.filter((c) => typeof c.value === 'string' && c.value.startsWith(label)).map((c) => c.row)).size).toBe(2);
      const sums = cells.filter((c) => c.isMerged === false && typeof c.value === 'object' && c.value !== null && 'formula' in c.value && String(c.value.formula).startsWith('SUM'));
      expect(sums.map((c) => Math.round(Number((c.value as ExcelJS.CellFormulaValue).result)))).toEqual([3, 100, 10, 100]);
      const defense = cells.find((c) => c.value === (lang === 'en' ? 'Defense' : 'Защита'))!;
      expect(defense.isMerged).toBe(true);
    }
  });

  it('final once the session is closed and the sitting released (its results are), in Russian', async () => {
    const session = (await call('session:get', { id: ids.session })) as { members: { id: number }[] };
    await call('session:close', { sessionId: ids.session, presentMemberIds: session.members.map((m) => m.id) });
    const r = await exportAs({ doc: 'summary', cohortId: ids.cohort, format: 'pdf', lang: 'ru', draft: false }, 'su-ru.pdf');
    const body = pdfText(r.file);
    expect(body).toContain('СВОДНАЯ ВЕДОМОСТЬ РЕЗУЛЬТАТОВ ГРУППЫ');
    expect(body).toContain('Распределение оценок');
    expect(body).not.toMatch(/ЖОБА|ПРОЕКТ|DRAFT/);
    expect(body).toContain('Председатель');
  });
});

describe('the total in words on the protocol, and the command line', () => {
  it('the protocol has the rounded total in words only when asked', async () => {
    const plain = pdfText((await exportAs({ doc: 'protocol', sessionId: ids.session, format: 'pdf', lang: 'ru', draft: false }, 'p.pdf')).file);
    const words = pdfText((await exportAs({ doc: 'protocol', sessionId: ids.session, format: 'pdf', lang: 'ru', draft: false, words: true }, 'pw.pdf')).file);
    expect(plain).not.toContain('восемьдесят пять');
    expect(words).toContain('Прописью');
    expect(words).toMatch(/85,20\s+85\s+восемьдесят пять/);
  });

  it('export --doc statement --sitting and --doc summary --cohort write the files and print JSON', async () => {
    for (const [doc, flag, id, format] of [['statement', '--sitting', ids.sitting, 'xlsx'], ['summary', '--cohort', ids.cohort, 'pdf']] as const) {
      let out = '';
      let err = '';
      const file = join(demo.dir, `cli-${doc}.${format}`);
      const code = await runCli(['export', '--doc', doc, flag, String(id), '--format', format, '--lang', 'kk', '--out', file, '--data-dir', demo.dir], { out: (s) => (out += s), err: (s) => (err += s) });
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(JSON.parse(out)).toMatchObject({ file, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    }
    const file = join(demo.dir, 'cli-protocol-words.pdf');
    expect(await runCli(['export', '--doc', 'protocol', '--session', String(ids.session), '--format', 'pdf', '--lang', 'kk', '--out', file, '--words', '--data-dir', demo.dir], { out: () => undefined, err: () => undefined })).toBe(0);
    expect(pdfText(file)).toMatch(/85,20\s+85\s+сексен бес/);
  });
});
