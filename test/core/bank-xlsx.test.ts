import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBankFile } from '../../electron/core/import/bank/index';
import { XLSX_COLUMNS } from '../../electron/core/import/bank/xlsx-columns';
import { bankTemplateXlsx } from '../../electron/core/import/bank/xlsx-template';
import { importReport } from '../../shared/domain/bank/report';
import { scoreResponse } from '../../shared/domain/bank/scoring';
import { isAppError } from '../../shared/domain/errors';
import { frac } from '../../shared/domain/fraction';
import { tempDir } from '../helpers/temp-dir';

let dir: string;
let remove: () => void;
beforeAll(() => ({ dir, remove } = tempDir('attesta-xlsx-')));
afterAll(() => remove());

type Row = Partial<Record<string, string | number>>;

async function filledTemplate(name: string, rows: Row[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const template = await bankTemplateXlsx();
  await wb.xlsx.load(new Uint8Array(template).buffer);
  const sheet = wb.getWorksheet('Bank')!;
  rows.forEach((r, i) => {
    sheet.getRow(i + 2).values = XLSX_COLUMNS.map((c) => r[c.key] ?? null);
  });
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

const T = 'Педагог-ұйымдастырушы / Нормативтік-құқықтық модуль / 1.1';

describe('the xlsx template', () => {
  it('is made with a header row the reader recognises, and an empty one imports 0 items', async () => {
    const file = join(dir, 'template.xlsx');
    writeFileSync(file, await bankTemplateXlsx());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Bank', 'Нұсқаулық · Инструкция · Help']);
    expect(wb.getWorksheet('Bank')!.getCell('C1').value).toBe('type · түрі · тип');
    const { format, parsed } = await importBankFile(file);
    expect(format).toBe('xlsx');
    expect(importReport(parsed)).toMatchObject({ items: 0, errors: [], topics: [] });
  });

  it('reads every type back from a filled template, with row numbers for bad rows', async () => {
    const file = await filledTemplate('filled.xlsx', [
      { id: 'Заң-1', topic: T, type: 'single', text: 'Заң қай жылы қабылданды?', A: '2007', B: '1999', C: '2011', answer: 'A', lang: 'kk', difficulty: 2, competencies: 'Құқық; Этика', points: 2 },
      { topic: T, type: 'multiple', text: 'Қай құжаттар аттестацияны реттейді?', A: 'Бұйрық №175', B: 'Заң', C: 'Еңбек кодексі Франции', answer: 'A, B' },
      { topic: T, type: 'truefalse', text: 'ҰБТ 2004 жылы енгізілді.', answer: 'иә' },
      { type: 'matching', text: 'Сәйкестендіріңіз', A: 'Ә -> ә', B: 'Ғ -> ғ', C: '-> х' },
      { type: 'short', text: 'ҚМЖ дегеніміз?', answer: 'Қысқа мерзімді жоспар | ҚМЖ', case_sensitive: 'нет' },
      { type: 'numeric', text: 'Курс неше сағат?', answer: '80:2' },
      { type: 'essay', text: 'Тәжірибеңізді сипаттаңыз.' },
      { type: 'single', text: 'Жауапсыз сұрақ', A: 'бір', B: 'екі' },
      { type: 'single', text: 'Екі дұрыс жауап', A: 'бір', B: 'екі', answer: 'A,B' },
      { type: 'quiz', text: 'Белгісіз түр' },
      { type: 'single', text: 'Жоқ әріп', A: 'бір', B: 'екі', answer: 'F' },
      { type: 'truefalse', text: 'Қате жауап', answer: 'мүмкін' },
      { type: 'single', text: 'Қиындық', A: 'бір', B: 'екі', answer: 'A', difficulty: 9 },
    ]);
    const { parsed } = await importBankFile(file);
    const report = importReport(parsed);
    expect(report.items).toBe(8);
    expect(report.byType).toEqual({ single: 2, multiple: 1, truefalse: 1, matching: 1, short: 1, numeric: 1, essay: 1 });
    expect(report.errors).toEqual([
      { where: 'row 10', message: 'a single-choice question has one right letter; use type multiple' },
      { where: 'row 11', message: 'type "quiz" is not one of single, multiple, truefalse, matching, short, numeric, essay' },
      { where: 'row 12', message: 'answer F is not a filled option column' },
      { where: 'row 13', message: 'answer "мүмкін" is not true or false' },
      { where: 'row 14', message: 'difficulty "9" is not a whole number from 1 to 5' },
    ]);
    expect(report.handScored).toEqual([{ where: 'row 8', name: parsed.entries[6]!.item.id }]);
    const [single, multiple, tf, matching, short, numeric] = parsed.entries.map((e) => e.item);
    expect(single).toMatchObject({ id: 'Заң-1', topic: ['Педагог-ұйымдастырушы', 'Нормативтік-құқықтық модуль', '1.1'], lang: 'kk', difficulty: 2, competencies: ['Құқық', 'Этика'], points: 2 });
    expect(scoreResponse(multiple!, { type: 'multiple', choices: [0, 1] })).toEqual({ kind: 'auto', credit: frac(1) });
    expect(scoreResponse(multiple!, { type: 'multiple', choices: [0, 2] }, { partialCredit: true })).toEqual({ kind: 'auto', credit: frac(0) });
    expect(tf).toMatchObject({ type: 'truefalse', answer: true });
    expect(matching).toMatchObject({ pairs: [{ left: 'Ә', right: 'ә' }, { left: 'Ғ', right: 'ғ' }], distractors: ['х'] });
    expect(short).toMatchObject({ ignoreCase: true, answers: [{ text: 'Қысқа мерзімді жоспар' }, { text: 'ҚМЖ' }] });
    expect(numeric).toMatchObject({ answers: [{ value: '80', tolerance: '2' }] });
    expect(parsed.entries[7]!.item).toMatchObject({ type: 'single', text: 'Жауапсыз сұрақ' });
  });

  it('a sheet without the needed columns is refused (exit 2)', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Тізім');
    sheet.addRow(['№', 'Сұрақ', 'Жауап']);
    sheet.addRow([1, 'Астана?', 'иә']);
    const file = join(dir, 'wrong.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    let error: unknown = null;
    try {
      await importBankFile(file);
    } catch (e) {
      error = e;
    }
    expect(isAppError(error) && [error.code, error.message]).toEqual(['bad_input', 'the sheet has no column type, text, answer, A, B: start from the template Attesta makes']);
  });
});
