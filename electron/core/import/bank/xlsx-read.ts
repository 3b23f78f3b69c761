import ExcelJS from 'exceljs';
import { AppError } from '../../../../shared/domain/errors';

/** One sheet's cells as text, by row number (1-based) and column index (0-based). */
export type SheetRows = Map<number, string[]>;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return value.error;
  return '';
}

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
