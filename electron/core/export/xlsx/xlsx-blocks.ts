import { DRAFT_MARK, type DocHeader, type DocSection, type DocumentModel, type SignatureBlock } from '../../../../shared/documents/view-model';
import { chartTable } from '../../../../shared/documents/chart';
import type { SheetGrid } from './sheet-grid';
import { FONTS, SIGN_LINE } from './xlsx-style';
import { writeTable, type HeaderRows } from './xlsx-table';

const LINE_PT = 15;

/** The draft mark as the sheet's first row (red, bold, across the whole width). */
export function writeDraftRow(grid: SheetGrid): void {
  grid.put(grid.row, 1, grid.cols, DRAFT_MARK, { font: FONTS.draft, align: { horizontal: 'center', vertical: 'middle' } });
  grid.ws.getRow(grid.row).height = 22;
  grid.row++;
}

/** Title lines centred across the sheet. */
export function writeTitle(grid: SheetGrid, lines: readonly string[]): void {
  for (const line of lines) {
    grid.put(grid.row, 1, grid.cols, line, { font: FONTS.title, align: { horizontal: 'center', vertical: 'middle', wrapText: true } });
    grid.fitHeight(grid.row, [{ text: line, width: grid.widthOf(1, grid.cols) * 0.85 }], 18);
    grid.row++;
  }
  grid.row++;
}

/** Date (left) and number (right), then the meta rows as label | value. */
export function writeHeaderFacts(grid: SheetGrid, header: DocHeader): void {
  if (header.date || header.number) {
    const mid = grid.splitAt(0.5);
    if (header.date) grid.put(grid.row, 1, mid, `${header.date.label} ${header.date.value}`.trim(), { font: FONTS.body });
    if (header.number) {
      grid.put(grid.row, mid + 1, grid.cols, `${header.number.label} ${header.number.value}`.trim(), { font: FONTS.body, align: { horizontal: 'right' } });
    }
    grid.row += 2;
  }
  const split = grid.splitAt(0.34);
  for (const m of header.meta) {
    const wrap = { vertical: 'top', wrapText: true } as const;
    grid.put(grid.row, 1, split, m.label, { font: FONTS.bold, align: wrap });
    grid.put(grid.row, split + 1, grid.cols, m.value, { font: FONTS.body, align: wrap });
    grid.fitHeight(grid.row, [{ text: m.label, width: grid.widthOf(1, split) }, { text: m.value, width: grid.widthOf(split + 1, grid.cols) }], LINE_PT);
    grid.row++;
  }
  if (header.meta.length > 0) grid.row++;
}

/** A section's heading, paragraphs and tables; returns the header rows of its first table. */
export function writeSection(grid: SheetGrid, section: DocSection, rowDone: () => void): HeaderRows | null {
  let firstHeader: HeaderRows | null = null;
  if (section.heading) {
    grid.put(grid.row, 1, grid.cols, section.heading, { font: FONTS.bold, align: { wrapText: true } });
    grid.row++;
  }
  for (const block of section.blocks) {
    if (block.kind === 'table') {
      const h = writeTable(grid, block.table, rowDone);
      firstHeader ??= h;
      continue;
    }
    if (block.kind === 'chart') {
      // Excel gets the chart's numbers as a table (exceljs cannot write charts).
      writeTable(grid, chartTable(block.chart), () => undefined);
      continue;
    }
    const font = block.style === 'bold' ? FONTS.bold : block.style === 'italic' ? { ...FONTS.body, italic: true } : FONTS.body;
    grid.put(grid.row, 1, grid.cols, block.text, { font, align: { vertical: 'top', wrapText: true, horizontal: 'justify' } });
    grid.fitHeight(grid.row, [{ text: block.text, width: grid.widthOf(1, grid.cols) }], LINE_PT);
    grid.row += 2;
  }
  return firstHeader;
}

/** Role | signature line | name, one row each (and the caption under the line). */
export function writeSignatures(grid: SheetGrid, block: SignatureBlock): void {
  grid.row++;
  if (block.heading) {
    grid.put(grid.row, 1, grid.cols, block.heading, { font: FONTS.bold });
    grid.row += 2;
  }
  const roleTo = grid.splitAt(0.4);
  const lineTo = Math.max(roleTo + 1, Math.min(grid.cols - 1, grid.splitAt(0.7)));
  for (const s of block.signatories) {
    const r = grid.row;
    grid.ws.getRow(r).height = 24;
    grid.put(r, 1, roleTo, s.role, { font: FONTS.body, align: { vertical: 'bottom', wrapText: true } });
    grid.put(r, roleTo + 1, lineTo, null, { font: FONTS.body, border: SIGN_LINE });
    grid.put(r, lineTo + 1, grid.cols, s.name, { font: FONTS.body, align: { vertical: 'bottom', indent: 1 } });
    grid.row++;
    if (block.lineCaption) {
      grid.put(grid.row, roleTo + 1, lineTo, block.lineCaption, { font: FONTS.small, align: { horizontal: 'center', vertical: 'top' } });
      grid.row++;
    }
  }
}

/**
 * The short hash (and note) under everything; every printed page also has it in the footer.
 * No QR image: the QR code is for the signed paper protocol, which is the PDF, and an image
 * costs an Excel file four extra parts (a third of its write time).
 */
export function writeFooterFacts(grid: SheetGrid, model: DocumentModel): void {
  grid.row++;
  const r = grid.row;
  grid.put(r, 1, grid.cols, `${model.footer.hashLabel}: ${model.footer.hashShort}`, { font: FONTS.footer, align: { vertical: 'top' } });
  if (model.footer.note) {
    grid.put(r + 1, 1, grid.cols, model.footer.note, { font: FONTS.small, align: { vertical: 'top', wrapText: true } });
  }
  grid.row += model.footer.note ? 2 : 1;
}
