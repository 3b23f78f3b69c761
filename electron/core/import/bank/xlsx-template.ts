import ExcelJS from 'exceljs';
import { BANK_SHEET, OPTION_LETTERS, XLSX_COLUMNS } from './xlsx-columns';

const HELP: readonly [string, string, string][] = [
  ['Бір жол — бір сұрақ. Бірінші жолдағы баған атауларын өзгертпеңіз.', 'Одна строка — один вопрос. Не меняйте названия столбцов в первой строке.', 'One row per question. Keep the column names of the first row.'],
  ['topic: Бағдарлама / Модуль 1 / Тақырып 1.1 (деңгейлер «/» арқылы)', 'topic: Программа / Модуль 1 / Тема 1.1 (уровни через «/»)', 'topic: Programme / Module 1 / Topic 1.1 (levels split by "/")'],
  ['type: single, multiple, truefalse, matching, short, numeric, essay', 'type: single, multiple, truefalse, matching, short, numeric, essay', 'type: single, multiple, truefalse, matching, short, numeric, essay'],
  ['single: answer = B; multiple: answer = A,C', 'single: answer = B; multiple: answer = A,C', 'single: answer = B; multiple: answer = A,C'],
  ['truefalse: answer = true / false (иә / жоқ)', 'truefalse: answer = true / false (да / нет)', 'truefalse: answer = true / false'],
  ['matching: A…F ұяшықтарында «сол -> оң»; сол жағы бос болса — артық жауап', 'matching: в ячейках A…F «левая -> правая»; пустая левая часть — лишний ответ', 'matching: "left -> right" in A…F; an empty left side is a distractor'],
  ['short: қабылданатын жауаптар «|» арқылы; * — кез келген мәтін', 'short: принимаемые ответы через «|»; * — любой текст', 'short: accepted answers split by "|"; * matches any text'],
  ['numeric: 3.14 немесе 3.14:0.01 (дәлдік) немесе 1..5', 'numeric: 3.14 или 3.14:0.01 (допуск) или 1..5', 'numeric: 3.14 or 3.14:0.01 (tolerance) or 1..5'],
  ['essay: жауап бағаны бос, қолмен бағаланады', 'essay: столбец ответа пуст, оценивается вручную', 'essay: leave answer empty; scored by hand'],
  ['lang: kk, ru, en; difficulty: 1–5; competencies: «;» арқылы', 'lang: kk, ru, en; difficulty: 1–5; competencies: через «;»', 'lang: kk, ru, en; difficulty: 1–5; competencies: split by ";"'],
];

/** The .xlsx template a secretary fills in to import a question bank (the reader is parseXlsxBank). */
export async function bankTemplateXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Attesta';
  const sheet = wb.addWorksheet(BANK_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = XLSX_COLUMNS.map((c) => ({ header: `${c.key} · ${c.kk} · ${c.ru}`, key: c.key, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  const typeColumn = XLSX_COLUMNS.findIndex((c) => c.key === 'type') + 1;
  const langColumn = XLSX_COLUMNS.findIndex((c) => c.key === 'lang') + 1;
  for (let r = 2; r <= 1000; r += 1) {
    sheet.getCell(r, typeColumn).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"single,multiple,truefalse,matching,short,numeric,essay"'],
    };
    sheet.getCell(r, langColumn).dataValidation = { type: 'list', allowBlank: true, formulae: ['"kk,ru,en"'] };
  }
  const help = wb.addWorksheet('Нұсқаулық · Инструкция · Help');
  help.columns = [
    { header: 'Қазақша', width: 70 },
    { header: 'Русский', width: 70 },
    { header: 'English', width: 70 },
  ];
  help.getRow(1).font = { bold: true };
  HELP.forEach((line) => help.addRow([...line]));
  help.addRow([`Нұсқалар: ${OPTION_LETTERS.join(', ')}`, `Варианты: ${OPTION_LETTERS.join(', ')}`, `Options: ${OPTION_LETTERS.join(', ')}`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
