import ExcelJS from 'exceljs';
import { cellText } from '../xlsx-cell-text';
import { AppError } from '../../../../shared/domain/errors';

/** One sheet's cells as text, by row number (1-based) and column index (0-based). */
export type SheetRows = Map<number, string[]>;

/** Reads the sheet named `preferred` (or the first) of an .xlsx as text cells. */
export async function readSheetRows(file: Buffer, preferred: string): Promise<SheetRows> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(new Uint8Array(file).buffer);
  } catch {
    throw new AppError('not_xlsx', 'the file is not an .xlsx workbook (save it from Excel as .xlsx)', 'file');
  }
  const ws = wb.getWorksheet(preferred) ?? wb.worksheets[0];
  if (!ws) throw new AppError('not_xlsx', 'the workbook has no sheet', 'file');
  const rows: SheetRows = new Map();
  ws.eachRow((row, n) => {
    const cells: string[] = [];
    row.eachCell((cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows.set(n, Array.from(cells, (c) => c ?? ''));
  });
  return rows;
}
