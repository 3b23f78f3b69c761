import type { VariantLabels } from '../../../../shared/documents/variants/labels';
import type { PrintMeta } from '../../../../shared/documents/variants/print-documents';
import type { PrintedVariant, SheetRow } from '../../../../shared/documents/variants/printed-variant';
import { FONT, SIZE, type PdfCtx } from '../pdf/pdf-context';

const BLACK = '#000000';
const GREY = '#555555';
const ROW_H = 22;
const MIN_ROW_H = 9;
const LABEL_W = 30;
const CIRCLE_STEP = 18;
const BOX_W = 120;
const IIN_DIGITS = 12;

function markWidth(row: SheetRow): number {
  switch (row.mark.kind) {
    case 'circles':
      return row.mark.letters.length * CIRCLE_STEP;
    case 'box':
      return BOX_W;
    case 'booklet':
      return 70;
  }
}

function drawRow(ctx: PdfCtx, row: SheetRow, x: number, y: number, s: number, labels: VariantLabels): void {
  const { doc } = ctx;
  const mid = y + (ROW_H * s) / 2;
  doc.font(FONT.bold).fontSize(SIZE.table * Math.max(s, 0.7)).fillColor(BLACK);
  doc.text(row.label, x, mid - 4.5 * s, { width: LABEL_W * s - 4, align: 'right', lineBreak: false });
  const mx = x + LABEL_W * s;
  switch (row.mark.kind) {
    case 'circles': {
      const r = 6.5 * s;
      doc.lineWidth(0.6).strokeColor(BLACK).font(FONT.regular).fontSize(7 * s);
      row.mark.letters.forEach((letter, i) => {
        const cx = mx + i * CIRCLE_STEP * s + r;
        doc.circle(cx, mid, r).stroke();
        const w = doc.widthOfString(letter);
        doc.text(letter, cx - w / 2, mid - 3.6 * s, { lineBreak: false });
      });
      return;
    }
    case 'box':
      doc.lineWidth(0.6).strokeColor(BLACK).rect(mx, mid - 6 * s, BOX_W * s, 12 * s).stroke();
      return;
    case 'booklet':
      doc.font(FONT.italic).fontSize(SIZE.small * Math.max(s, 0.8)).fillColor(GREY).text(labels.sheetEssay, mx, mid - 3.5 * s, { width: 70 * s, lineBreak: false });
      return;
  }
}

function drawIdentity(ctx: PdfCtx, meta: PrintMeta, v: PrintedVariant, labels: VariantLabels): void {
  const { doc, left, width } = ctx;
  doc.fillColor(BLACK).font(FONT.bold).fontSize(SIZE.title - 1);
  for (const line of [...meta.titleLines, labels.answerSheet]) doc.text(line, left, doc.y, { width, align: 'center' });
  doc.y += 6;
  const y = doc.y;
  doc.font(FONT.bold).fontSize(SIZE.title).text(`${labels.variant} ${v.examinee}`, left, y, { width: width / 2, lineBreak: false });
  doc.font(FONT.regular).fontSize(SIZE.body).text(`${labels.checkCode}: ${v.checkCode}`, left + width / 2, y + 2, { width: width / 2, align: 'right', lineBreak: false });
  doc.y = y + 22;
  doc.font(FONT.regular).fontSize(SIZE.body).text(`${labels.examinee}:`, left, doc.y, { width: 90, lineBreak: false });
  const nameY = doc.y + 12;
  if (v.name) doc.font(FONT.bold).text(v.name, left + 92, doc.y, { width: width - 92, lineBreak: false });
  doc.lineWidth(0.4).strokeColor(GREY).moveTo(left + 90, nameY).lineTo(left + width, nameY).stroke();
  doc.y = nameY + 8;
  doc.font(FONT.regular).fontSize(SIZE.body).fillColor(BLACK).text(`${labels.iin}:`, left, doc.y + 3, { width: 90, lineBreak: false });
  const box = 16;
  for (let i = 0; i < IIN_DIGITS; i += 1) doc.lineWidth(0.6).strokeColor(BLACK).rect(left + 90 + i * (box + 2), doc.y, box, box + 2).stroke();
  doc.y += box + 10;
  doc.font(FONT.italic).fontSize(SIZE.caption - 1).fillColor(GREY).text(labels.sheetHint, left, doc.y, { width });
  doc.y += 6;
}

/**
 * The answer sheet on exactly one page: who (name, IIN), which variant and its check code, then
 * a row per question (per left-hand item of a matching question) in as many columns as fit,
 * shrunk when a long test would not fit the page otherwise.
 */
export function drawAnswerSheet(ctx: PdfCtx, meta: PrintMeta, v: PrintedVariant, labels: VariantLabels): void {
  const { doc, left, width } = ctx;
  drawIdentity(ctx, meta, v, labels);
  const signatureH = 30;
  const top = doc.y;
  const available = doc.page.maxY() - top - signatureH;
  const colW = LABEL_W + Math.max(...v.sheet.map(markWidth), CIRCLE_STEP) + 14;
  // As few columns as the rows need at full size (easier to follow down the page), at most as many as fit across.
  const fitAcross = Math.max(1, Math.min(4, Math.floor(width / colW)));
  const columns = Math.min(fitAcross, Math.max(1, Math.ceil((v.sheet.length * ROW_H) / available)));
  const perColumn = Math.ceil(v.sheet.length / columns);
  const s = Math.max(MIN_ROW_H / ROW_H, Math.min(1, available / (perColumn * ROW_H), width / (columns * colW)));
  const step = width / columns;
  // Nothing on the sheet may start a second page, not even a test too long to fit at the smallest scale.
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  v.sheet.forEach((row, i) => {
    const col = Math.floor(i / perColumn);
    drawRow(ctx, row, left + col * step, top + (i % perColumn) * ROW_H * s, s, labels);
  });
  const signY = top + perColumn * ROW_H * s + 14;
  doc.font(FONT.regular).fontSize(SIZE.body).fillColor(BLACK).text(`${labels.signature}:`, left + width / 2, signY, { width: 70, lineBreak: false });
  doc.lineWidth(0.4).strokeColor(GREY).moveTo(left + width / 2 + 72, signY + 12).lineTo(left + width, signY + 12).stroke();
  doc.page.margins.bottom = bottom;
  doc.x = left;
}
