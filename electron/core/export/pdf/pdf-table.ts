import {
  cellAlign,
  cellText,
  placeHeader,
  placeRow,
  type HeaderCellPlacement,
} from '../../../../shared/documents/cells';
import type { Align, DocColumn, DocRow, DocTable } from '../../../../shared/documents/view-model';
import { bottomY, ensureSpace, FONT, SIZE, topY, type PdfCtx } from './pdf-context';

// Tables are drawn row by row (not with pdfkit's doc.table()): doc.table() breaks pages but
// cannot repeat the header row on the next page, and it measures the break against the bottom
// margin without letting us redraw anything first. Here each row is measured, and when it does
// not fit, a new page starts with the header drawn again.

const PAD = 3;
const LINE = 0.5;
const GRID = '#000000';
const HEADER_FILL = '#ececec';
const TOTALS_FILL = '#f5f5f5';

interface Grid {
  readonly xs: readonly number[];
  readonly ws: readonly number[];
}

function grid(columns: readonly DocColumn[], left: number, width: number): Grid {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const ws = columns.map((c) => (c.width / total) * width);
  const xs: number[] = [];
  let x = left;
  for (const w of ws) {
    xs.push(x);
    x += w;
  }
  return { xs, ws };
}

function spanWidth(g: Grid, col: number, span: number): number {
  let w = 0;
  for (let i = col; i < col + span; i++) w += g.ws[i] ?? 0;
  return w;
}

function textHeight(ctx: PdfCtx, text: string, width: number, bold: boolean, size: number = SIZE.table): number {
  const doc = ctx.doc.font(bold ? FONT.bold : FONT.regular).fontSize(size);
  const lineH = doc.currentLineHeight(true);
  return text === '' ? lineH : Math.max(lineH, doc.heightOfString(text, { width: width - 2 * PAD }));
}

function cellBox(ctx: PdfCtx, x: number, y: number, w: number, h: number, fill: string | null): void {
  const doc = ctx.doc;
  if (fill) doc.rect(x, y, w, h).fill(fill);
  doc.lineWidth(LINE).strokeColor(GRID).rect(x, y, w, h).stroke();
}

function cellTextAt(
  ctx: PdfCtx,
  text: string,
  box: { x: number; y: number; w: number; h: number },
  opts: { bold: boolean; align: Align; size?: number },
): void {
  if (text === '') return;
  const { x, y, w, h } = box;
  ctx.doc
    .fillColor('#000000')
    .font(opts.bold ? FONT.bold : FONT.regular)
    .fontSize(opts.size ?? SIZE.table)
    // `height` keeps an (absurdly) tall cell inside its box instead of spilling onto a new page.
    .text(text, x + PAD, y + PAD, { width: w - 2 * PAD, height: h - 2 * PAD + 1, ellipsis: true, align: opts.align, lineGap: 0 });
}

/**
 * Options of a one-line text whose width is already measured: `textWidth` (and `wordCount`)
 * spare pdfkit a second measurement of the same text while it writes it (it only uses them
 * for links and underlines, which cells do not have).
 */
export function oneLineOptions(width: number): PDFKit.Mixins.TextOptions {
  const options: PDFKit.Mixins.TextOptions & { textWidth: number; wordCount: number } = { lineBreak: false, textWidth: width, wordCount: 1 };
  return options;
}

const MIN_HEADER_SIZE = 6.5;

/** A header font size at which the longest word fits the cell, so no word is split mid-way. */
function headerSize(ctx: PdfCtx, text: string, width: number): number {
  const doc = ctx.doc.font(FONT.bold).fontSize(SIZE.table);
  const longest = Math.max(0, ...text.split(/\s+/).map((word) => doc.widthOfString(word)));
  const room = width - 2 * PAD - 0.5;
  return longest <= room ? SIZE.table : Math.max(MIN_HEADER_SIZE, (SIZE.table * room) / longest);
}

/** A header cell measured once per table (not again on every page it is repeated on). */
type SizedHeaderCell = HeaderCellPlacement & {
  readonly size: number;
  /** Height of its text in its box. */
  readonly textH: number;
  /** Width of the text when it fits on one line, else null (then it goes through the line wrapper). */
  readonly oneLine: number | null;
};

function sizeHeaderCell(ctx: PdfCtx, c: HeaderCellPlacement, g: Grid): SizedHeaderCell {
  const w = spanWidth(g, c.col, c.span);
  const size = headerSize(ctx, c.text, w);
  const doc = ctx.doc.font(FONT.bold).fontSize(size);
  const tw = c.text.includes('\n') ? Number.POSITIVE_INFINITY : doc.widthOfString(c.text);
  const oneLine = tw <= w - 2 * PAD ? tw : null;
  return { ...c, size, oneLine, textH: oneLine === null ? textHeight(ctx, c.text, w, true, size) : doc.currentLineHeight(true) };
}

interface HeaderLayout {
  readonly cells: readonly SizedHeaderCell[];
  readonly rowHeights: readonly number[];
  readonly height: number;
}

function measureHeader(ctx: PdfCtx, table: DocTable, g: Grid): HeaderLayout {
  const cells = placeHeader(table.columns, table.headerGroups).map((c) => sizeHeaderCell(ctx, c, g));
  const rows = cells.some((c) => c.row === 1) ? 2 : 1;
  const hs = [0, 0];
  for (const c of cells) {
    if (c.rowSpan !== 1) continue;
    hs[c.row] = Math.max(hs[c.row] ?? 0, c.textH + 2 * PAD);
  }
  const rowHeights = rows === 2 ? [hs[0] ?? 0, hs[1] ?? 0] : [hs[0] ?? 0];
  if (rows === 2) {
    // A column without a group covers both rows; make the bottom row taller if it needs it.
    const tallest = Math.max(0, ...cells.filter((c) => c.rowSpan === 2).map((c) => c.textH + 2 * PAD));
    const [a = 0, b = 0] = rowHeights;
    if (tallest > a + b) rowHeights[1] = tallest - a;
  }
  return { cells, rowHeights, height: rowHeights.reduce((s, h) => s + h, 0) };
}

function drawHeader(ctx: PdfCtx, g: Grid, layout: HeaderLayout, y: number): number {
  const [h0 = 0] = layout.rowHeights;
  for (const c of layout.cells) {
    const x = g.xs[c.col] ?? 0;
    const w = spanWidth(g, c.col, c.span);
    const cy = c.row === 0 ? y : y + h0;
    const h = c.rowSpan === 2 ? layout.height : (layout.rowHeights[c.row] ?? 0);
    cellBox(ctx, x, cy, w, h, HEADER_FILL);
    const dy = Math.max(0, (h - c.textH - 2 * PAD) / 2);
    if (c.oneLine === null) cellTextAt(ctx, c.text, { x, y: cy + dy, w, h: h - dy }, { bold: true, align: 'center', size: c.size });
    else if (c.text !== '') ctx.doc.fillColor('#000000').font(FONT.bold).fontSize(c.size).text(c.text, x + (w - c.oneLine) / 2, cy + dy + PAD, oneLineOptions(c.oneLine));
  }
  return y + layout.height;
}

interface MeasuredCell {
  readonly text: string;
  readonly col: number;
  readonly span: number;
  readonly bold: boolean;
  readonly align: Align;
  /** Width of the text when it fits on one line (most cells: numbers, short names), else null. */
  readonly oneLine: number | null;
}

interface MeasuredRow {
  readonly cells: readonly MeasuredCell[];
  readonly height: number;
}

function measureRow(ctx: PdfCtx, row: DocRow, columns: readonly DocColumn[], g: Grid, isTotals: boolean): MeasuredRow {
  let height = 0;
  const cells = placeRow(row).map((cell): MeasuredCell => {
    const column = columns[cell.col];
    const text = cellText(cell.value, column, ctx.model.lang);
    const bold = isTotals || cell.bold;
    const w = spanWidth(g, cell.col, cell.span);
    // One width measurement settles most cells; only text that may wrap goes through the line wrapper.
    const doc = ctx.doc.font(bold ? FONT.bold : FONT.regular).fontSize(SIZE.table);
    const tw = text.includes('\n') ? Number.POSITIVE_INFINITY : doc.widthOfString(text);
    const oneLine = tw <= w - 2 * PAD ? tw : null;
    const h = oneLine === null ? textHeight(ctx, text, w, bold) : doc.currentLineHeight(true);
    height = Math.max(height, h + 2 * PAD);
    return { text, col: cell.col, span: cell.span, bold, align: cellAlign(cell, column), oneLine };
  });
  return { cells, height };
}

function drawRow(ctx: PdfCtx, g: Grid, row: MeasuredRow, y: number, fill: string | null): void {
  const doc = ctx.doc;
  // One fill and one stroke per row (not per cell): fewer operators, a smaller and faster file.
  if (fill) {
    for (const c of row.cells) doc.rect(g.xs[c.col] ?? 0, y, spanWidth(g, c.col, c.span), row.height);
    doc.fill(fill);
  }
  for (const c of row.cells) doc.rect(g.xs[c.col] ?? 0, y, spanWidth(g, c.col, c.span), row.height);
  doc.lineWidth(LINE).strokeColor(GRID).stroke();
  doc.fillColor('#000000').fontSize(SIZE.table);
  for (const c of row.cells) {
    const x = g.xs[c.col] ?? 0;
    const w = spanWidth(g, c.col, c.span);
    if (c.oneLine === null) {
      cellTextAt(ctx, c.text, { x, y, w, h: row.height }, { bold: c.bold, align: c.align });
    } else if (c.text !== '') {
      const tx = c.align === 'right' ? x + w - PAD - c.oneLine : c.align === 'center' ? x + (w - c.oneLine) / 2 : x + PAD;
      doc.font(c.bold ? FONT.bold : FONT.regular).text(c.text, tx, y + PAD, oneLineOptions(c.oneLine));
    }
  }
}

/** Draws a table at the current position; rows that do not fit go to a new page under a repeated header. */
export function drawTable(ctx: PdfCtx, table: DocTable): void {
  const doc = ctx.doc;
  const g = grid(table.columns, ctx.left, ctx.width);
  const header = measureHeader(ctx, table, g);
  const first = table.rows[0] ?? table.totals;
  const firstH = first ? measureRow(ctx, first, table.columns, g, first === table.totals).height : 0;

  let captionH = 0;
  if (table.caption) {
    doc.font(FONT.bold).fontSize(SIZE.caption);
    captionH = doc.heightOfString(table.caption, { width: ctx.width }) + 4;
  }
  // Never leave a caption or a header alone at the foot of a page.
  ensureSpace(ctx, captionH + header.height + firstH);
  if (table.caption) {
    doc.fillColor('#000000').font(FONT.bold).fontSize(SIZE.caption).text(table.caption, ctx.left, doc.y, { width: ctx.width });
    doc.y += 4;
  }
  let y = drawHeader(ctx, g, header, doc.y);

  const draw = (row: DocRow, isTotals: boolean): void => {
    let measured = measureRow(ctx, row, table.columns, g, isTotals);
    const pageRoom = bottomY(ctx) - topY(ctx) - header.height;
    if (measured.height > pageRoom) measured = { ...measured, height: pageRoom };
    if (y + measured.height > bottomY(ctx)) {
      doc.addPage();
      y = drawHeader(ctx, g, header, topY(ctx));
    }
    drawRow(ctx, g, measured, y, isTotals ? TOTALS_FILL : null);
    y += measured.height;
    ctx.rowDone();
  };
  for (const row of table.rows) draw(row, false);
  if (table.totals) draw(table.totals, true);

  doc.x = ctx.left;
  doc.y = y + 8;
}
