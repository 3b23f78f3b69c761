import type { DocHeader, DocSection, SignatureBlock } from '../../../../shared/documents/view-model';
import { ensureSpace, FONT, SIZE, topY, type PdfCtx } from './pdf-context';
import { drawChart } from './pdf-chart';
import { drawTable, oneLineOptions } from './pdf-table';

/** The width of `text` in the current font when it fits `room` on one line, else null. */
function oneLineWidth(doc: PDFKit.PDFDocument, text: string, room: number): number | null {
  if (text.includes('\n')) return null;
  const w = doc.widthOfString(text);
  return w <= room ? w : null;
}

const BLACK = '#000000';

/** Title lines centred, date and number on one line, then the meta rows as a label/value grid. */
export function drawHeaderBlock(ctx: PdfCtx, header: DocHeader): void {
  const { doc, left, width } = ctx;
  doc.fillColor(BLACK).font(FONT.bold).fontSize(SIZE.title);
  for (const line of header.titleLines) doc.text(line, left, doc.y, { width, align: 'center' });
  doc.y += 6;

  doc.font(FONT.regular).fontSize(SIZE.body);
  if (header.date || header.number) {
    const y = doc.y;
    const half = width / 2;
    if (header.date) doc.text(`${header.date.label} ${header.date.value}`.trim(), left, y, { width: half, align: 'left' });
    const afterDate = doc.y;
    if (header.number) doc.text(`${header.number.label} ${header.number.value}`.trim(), left + half, y, { width: half, align: 'right' });
    doc.y = Math.max(afterDate, doc.y) + 6;
  }

  const labelW = width * 0.34;
  const valueW = width - labelW - 6;
  for (const row of header.meta) {
    // Most facts fit on one line: one width measurement each instead of two passes of the line wrapper.
    const labelLine = oneLineWidth(doc.font(FONT.bold).fontSize(SIZE.body), row.label, labelW);
    const valueLine = oneLineWidth(doc.font(FONT.regular), row.value, valueW);
    const h =
      labelLine !== null && valueLine !== null
        ? doc.currentLineHeight(true)
        : Math.max(doc.heightOfString(row.label, { width: labelW }), doc.heightOfString(row.value, { width: valueW }));
    ensureSpace(ctx, h);
    const y = doc.y;
    doc.font(FONT.bold).text(row.label, left, y, labelLine === null ? { width: labelW } : oneLineOptions(labelLine));
    doc.font(FONT.regular).text(row.value, left + labelW + 6, y, valueLine === null ? { width: valueW } : oneLineOptions(valueLine));
    doc.y = y + h + 2;
  }
  doc.x = left;
  doc.y += 8;
}

function drawParagraph(ctx: PdfCtx, text: string, style: 'normal' | 'bold' | 'italic'): void {
  const { doc, left, width } = ctx;
  const font = style === 'bold' ? FONT.bold : style === 'italic' ? FONT.italic : FONT.regular;
  doc.fillColor(BLACK).font(font).fontSize(SIZE.body);
  ensureSpace(ctx, Math.min(doc.heightOfString(text, { width }), doc.currentLineHeight(true) * 2));
  doc.text(text, left, doc.y, { width, align: 'justify' });
  doc.y += 4;
}

/** A section: optional page break, its heading kept with what follows, then paragraphs and tables. */
export function drawSection(ctx: PdfCtx, section: DocSection): void {
  const { doc, left, width } = ctx;
  if (section.pageBreakBefore && doc.y > topY(ctx) + 0.5) {
    doc.addPage();
    doc.y = topY(ctx);
  }
  if (section.heading) {
    doc.fillColor(BLACK).font(FONT.bold).fontSize(SIZE.body + 0.5);
    ensureSpace(ctx, doc.heightOfString(section.heading, { width }) + 60);
    doc.text(section.heading, left, doc.y, { width });
    doc.y += 4;
  }
  for (const block of section.blocks) {
    if (block.kind === 'paragraph') drawParagraph(ctx, block.text, block.style ?? 'normal');
    else if (block.kind === 'chart') drawChart(ctx, block.chart);
    else drawTable(ctx, block.table);
  }
  doc.y += 4;
}

const ROLE_SHARE = 0.4;
const LINE_SHARE = 0.3;

/** The signature lines (role, line, name), kept together on one page. */
export function drawSignatures(ctx: PdfCtx, block: SignatureBlock): void {
  const { doc, left, width } = ctx;
  const roleW = width * ROLE_SHARE - 8;
  const lineX = left + width * ROLE_SHARE;
  const lineW = width * LINE_SHARE - 8;
  const nameX = lineX + width * LINE_SHARE;
  const nameW = width - (nameX - left);
  const captionH = block.lineCaption ? 9 : 0;

  doc.font(FONT.regular).fontSize(SIZE.body);
  const rowHeights = block.signatories.map(
    (s) => Math.max(doc.heightOfString(s.role, { width: roleW }), doc.heightOfString(s.name, { width: nameW }), 16) + captionH + 10,
  );
  doc.font(FONT.bold);
  const headingH = block.heading ? doc.heightOfString(block.heading, { width }) + 8 : 0;
  ensureSpace(ctx, 12 + headingH + rowHeights.reduce((s, h) => s + h, 0));
  doc.y += 12;
  if (block.heading) {
    doc.fillColor(BLACK).text(block.heading, left, doc.y, { width });
    doc.y += 8;
  }
  block.signatories.forEach((s, i) => {
    const y = doc.y + 6;
    doc.fillColor(BLACK).font(FONT.regular).fontSize(SIZE.body);
    doc.text(s.role, left, y, { width: roleW });
    doc.text(s.name, nameX, y, { width: nameW });
    const baseline = y + doc.currentLineHeight(true) + 1;
    doc.lineWidth(0.6).strokeColor(BLACK).moveTo(lineX, baseline).lineTo(lineX + lineW, baseline).stroke();
    if (block.lineCaption) {
      doc.font(FONT.italic).fontSize(SIZE.small).text(block.lineCaption, lineX, baseline + 1.5, { width: lineW, align: 'center' });
    }
    doc.x = left;
    doc.y = y - 6 + (rowHeights[i] ?? 0);
  });
}
