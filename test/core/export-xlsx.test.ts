import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_MARK, type DocumentModel } from '../../shared/documents/view-model';
import { renderToFile } from '../../electron/core/export/render-file';
import { LONG_NAME, sampleDocument } from '../reference/documents/sample-model';
import { tempDir } from '../helpers/temp-dir';

let dir: string;
let remove: () => void;
const books: Record<string, ExcelJS.Workbook> = {};
const models: Record<string, DocumentModel> = {};
const sheetCounts: Record<string, number | undefined> = {};

beforeAll(async () => {
  ({ dir, remove } = tempDir('attesta-xlsx-'));
  const variants = {
    'kk-draft': sampleDocument({ lang: 'kk', draft: true }),
    'kk-final': sampleDocument({ lang: 'kk' }),
    'ru-split': { ...sampleDocument({ lang: 'ru' }), sheetPerSection: true },
    'en-landscape': sampleDocument({ lang: 'en', orientation: 'landscape' }),
  };
  for (const [name, model] of Object.entries(variants)) {
    models[name] = model;
    const r = await renderToFile(model, 'xlsx', join(dir, `${name}.xlsx`));
    sheetCounts[name] = r.sheets;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.file);
    books[name] = wb;
  }
}, 120_000);
afterAll(() => remove());

function sheet(name: string, index = 0): ExcelJS.Worksheet {
  const ws = books[name]?.worksheets[index];
  if (!ws) throw new Error(`no sheet ${index} in ${name}`);
  return ws;
}

/** The first row whose column A holds `value`. */
function rowOf(ws: ExcelJS.Worksheet, value: string, from = 1): number {
  for (let r = from; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === value) return r;
  throw new Error(`${value} not found in column A`);
}

function allText(ws: ExcelJS.Worksheet): string {
  const parts: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (c.type !== ExcelJS.ValueType.Merge && typeof c.value === 'string') parts.push(c.value);
    }),
  );
  return parts.join('\n');
}

describe('XLSX renderer', () => {
  it('writes one sheet, A4, the model’s orientation, fit to one page wide', () => {
    expect(sheetCounts['kk-final']).toBe(1);
    const ps = sheet('kk-final').pageSetup;
    expect(ps).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet('en-landscape').pageSetup.orientation).toBe('landscape');
  });

  it('repeats the two header rows on print and freezes them', () => {
    const ws = sheet('kk-final');
    const top = rowOf(ws, '№');
    expect(ws.getCell(top, 2).value).toBe('Тыңдаушының аты-жөні');
    expect(ws.getCell(top + 1, 3).value).toBe('К1');
    expect(ws.pageSetup.printTitlesRow).toBe(`${top}:${top + 1}`);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: top + 1 });
  });

  it('merges the header group, the two-row headers and the title', () => {
    const ws = sheet('kk-final');
    const top = rowOf(ws, '№');
    const merges = (ws.model as { merges: string[] }).merges;
    expect(merges).toContain(`C${top}:G${top}`);
    expect(ws.getCell(top, 3).value).toBe('Критерийлер бойынша ұпайлар');
    for (const col of ['A', 'B', 'H', 'I', 'J']) expect(merges).toContain(`${col}${top}:${col}${top + 1}`);
    const title = rowOf(ws, 'АТТЕСТАТТАУ КОМИССИЯСЫ ОТЫРЫСЫНЫҢ');
    expect(merges).toContain(`A${title}:J${title}`);
  });

  it('keeps numbers as numbers with number formats, and text as text', () => {
    const ws = sheet('kk-final');
    const first = rowOf(ws, '№') + 2;
    expect(ws.getCell(first, 1).value).toBe(1);
    expect(typeof ws.getCell(first, 2).value).toBe('string');
    for (let c = 3; c <= 9; c++) expect(typeof ws.getCell(first, c).value, `col ${c}`).toBe('number');
    expect(ws.getCell(first, 3).numFmt).toBe('0.0');
    expect(ws.getCell(first, 8).numFmt).toBe('0.00');
    expect(ws.getCell(first, 9).numFmt).toBe('0');
    const exact = Number(ws.getCell(first, 8).value);
    const sum = [3, 4, 5, 6, 7].reduce((s, c) => s + Number(ws.getCell(first, c).value), 0);
    expect(exact).toBeCloseTo(sum, 9);
    expect(ws.getCell(first + 2, 2).value).toBe(LONG_NAME);
    expect(ws.getRow(first + 2).height).toBeGreaterThan(60);
  });

  it('writes totals as formulas over the data rows, with the right cached results', () => {
    const ws = sheet('kk-final');
    const first = rowOf(ws, '№') + 2;
    const totals = rowOf(ws, 'Орташа');
    expect(totals - first).toBe(200);
    for (let c = 3; c <= 8; c++) {
      const letter = ws.getColumn(c).letter;
      const v = ws.getCell(totals, c).value as { formula: string; result: number };
      expect(v.formula).toBe(`AVERAGE(${letter}${first}:${letter}${totals - 1})`);
      let s = 0;
      for (let r = first; r < totals; r++) s += Number(ws.getCell(r, c).value);
      expect(v.result).toBeCloseTo(s / 200, 9);
    }
    const all = rowOf(ws, 'Барлығы');
    const cells = ws.getRow(all).values as unknown[];
    const count = cells.find((v): v is { formula: string; result: number } => typeof v === 'object' && v !== null && 'formula' in v);
    if (!count) throw new Error('no formula in the count total');
    const grade = rowOf(ws, 'Өте жақсы');
    expect(count.formula).toMatch(new RegExp(`^SUM\\((?<c>[A-Z]+)${grade}:\\k<c>${all - 1}\\)$`));
    expect(count.result).toBe(200);
    expect((ws.model as { merges: string[] }).merges).toContain(`A${totals}:B${totals}`);
  });

  it('puts the signature block at the bottom, then the hash (in the sheet and in every page footer)', () => {
    const ws = sheet('kk-final');
    const chair = rowOf(ws, 'Төраға');
    expect(chair).toBeGreaterThan(rowOf(ws, 'Барлығы'));
    expect(rowOf(ws, 'Хатшы')).toBeGreaterThan(chair);
    const names = allText(ws);
    for (const s of models['kk-final']?.signatures?.signatories ?? []) expect(names).toContain(s.name);
    const lineCell = ws.getCell(chair, 6);
    expect(lineCell.border?.bottom?.style).toBe('thin');
    expect(names).toContain(`Снимок: ${models['kk-final']?.footer.hashShort}`);
    expect(ws.headerFooter.oddFooter).toContain('&P / &N');
    expect(ws.headerFooter.oddFooter).toContain(models['kk-final']?.footer.hashShort);
  });

  it('marks drafts in the first row and the print header; finals have no mark', () => {
    const draft = sheet('kk-draft');
    expect(draft.getCell(1, 1).value).toBe(DRAFT_MARK);
    expect(draft.headerFooter.oddHeader).toContain(DRAFT_MARK);
    const final = sheet('kk-final');
    expect(allText(final)).not.toContain('DRAFT');
    expect(final.headerFooter.oddHeader ?? '').not.toContain('DRAFT');
  });

  it('gives each section its own sheet when asked, each with its print titles and frozen header', () => {
    expect(sheetCounts['ru-split']).toBe(2);
    const [a, b] = [sheet('ru-split', 0), sheet('ru-split', 1)];
    expect(a.name).toBe('Результаты слушателей');
    expect(b.name).toBe('По оценкам');
    for (const ws of [a, b]) {
      const top = rowOf(ws, ws === a ? '№' : 'Оценка');
      expect(ws.pageSetup.printTitlesRow).toBe(ws === a ? `${top}:${top + 1}` : `${top}:${top}`);
      expect(ws.views[0]).toMatchObject({ state: 'frozen' });
    }
    expect(allText(a)).not.toContain('Председатель');
    expect(allText(b)).toContain('Председатель');
  });
});
