import { cellAlign, placeHeader, placeRow } from '../../../../shared/documents/cells';
import type { Align, DocRow, DocTable } from '../../../../shared/documents/view-model';
import { mapColumns, type RunStyle, type SheetGrid } from './sheet-grid';
import { columnLetter, excelFunction, FONTS, GRID, HEADER_FILL, numFmt, TOTALS_FILL } from './xlsx-style';

/** Rows a table's header took, for print titles and the frozen pane. */
export interface HeaderRows {
  readonly top: number;
  readonly bottom: number;
}

const LINE_PT = 13;

function writeHeader(grid: SheetGrid, table: DocTable, cols: [number, number][]): HeaderRows {
  const top = grid.row;
  const cells = placeHeader(table.columns, table.headerGroups);
  const bottom = cells.some((c) => c.row === 1) ? top + 1 : top;
  const style = { font: FONTS.tableBold, align: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: GRID, fill: HEADER_FILL } as const;
  const fits: { text: string; width: number }[][] = [[], []];
  for (const c of cells) {
    const from = cols[c.col]?.[0] ?? 1;
    const to = cols[c.col + c.span - 1]?.[1] ?? from;
    const row = top + c.row;
    grid.put(row, from, to, c.text, style, c.rowSpan === 2 ? bottom : row);
    if (c.rowSpan === 1) fits[c.row]?.push({ text: c.text, width: grid.widthOf(from, to) });
  }
  grid.fitHeight(top, fits[0] ?? [], LINE_PT);
  if (bottom > top) grid.fitHeight(bottom, fits[1] ?? [], LINE_PT);
  grid.row = bottom + 1;
  return { top, bottom };
}

const bodyStyles = new Map<string, RunStyle>();

/** The look of a body cell, one object per combination (so the sheet can share it). */
function bodyStyle(bold: boolean, isTotals: boolean, align: Align, fmt: string | undefined): RunStyle {
  const key = `${String(bold)}|${String(isTotals)}|${align}|${fmt ?? ''}`;
  let style = bodyStyles.get(key);
  if (!style) {
    style = {
      font: bold ? FONTS.tableBold : FONTS.table,
      align: { horizontal: align, vertical: 'top', wrapText: true },
      border: GRID,
      ...(isTotals ? { fill: TOTALS_FILL } : {}),
      ...(fmt ? { numFmt: fmt } : {}),
    };
    bodyStyles.set(key, style);
  }
  return style;
}

function writeRow(grid: SheetGrid, table: DocTable, cols: [number, number][], row: DocRow, dataRange: [number, number] | null, isTotals: boolean): void {
  const r = grid.row;
  const fits: { text: string; width: number }[] = [];
  for (const cell of placeRow(row)) {
    const column = table.columns[cell.col];
    const from = cols[cell.col]?.[0] ?? 1;
    const to = cols[cell.col + cell.span - 1]?.[1] ?? from;
    const fmt = typeof cell.value === 'number' ? numFmt(column?.format?.decimals) : undefined;
    const style = bodyStyle(isTotals || cell.bold, isTotals, cellAlign(cell, column), fmt);
    if (cell.formula && dataRange) {
      // exceljs does not calculate: the model's value goes in as the formula's cached result.
      const letter = columnLetter(from);
      const formula = `${excelFunction(cell.formula)}(${letter}${dataRange[0]}:${letter}${dataRange[1]})`;
      const result = typeof cell.value === 'number' ? cell.value : null;
      const resultFmt = numFmt(column?.format?.decimals) ?? 'General';
      grid.put(r, from, to, { formula, result }, result === null ? style : bodyStyle(true, true, cellAlign(cell, column), resultFmt));
    } else {
      grid.put(r, from, to, cell.value, style);
    }
    if (typeof cell.value === 'string') fits.push({ text: cell.value, width: grid.widthOf(from, to) });
  }
  grid.fitHeight(r, fits, LINE_PT);
  grid.row = r + 1;
}

/** Writes a table (caption, header, rows, totals with formulas); returns where its header is. */
export function writeTable(grid: SheetGrid, table: DocTable, rowDone: () => void): HeaderRows {
  const cols = mapColumns(table, grid);
  if (table.caption) {
    grid.put(grid.row, 1, grid.cols, table.caption, { font: FONTS.bold, align: { vertical: 'bottom' } });
    grid.row++;
  }
  const header = writeHeader(grid, table, cols);
  const first = grid.row;
  for (const row of table.rows) {
    writeRow(grid, table, cols, row, null, false);
    rowDone();
  }
  if (table.totals) {
    const range: [number, number] | null = table.rows.length > 0 ? [first, grid.row - 1] : null;
    writeRow(grid, table, cols, table.totals, range, true);
    rowDone();
  }
  grid.row++;
  return header;
}
