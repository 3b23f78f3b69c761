import { ensureSpace, FONT, SIZE, type PdfCtx } from '../pdf/pdf-context';
import type { PrintedOption, PrintedQuestion } from '../../../../shared/documents/variants/printed-variant';
import type { VariantLabels } from '../../../../shared/documents/variants/labels';

const BLACK = '#000000';
const GREY = '#555555';
const NUMBER_W = 22;
const POINTS_W = 42;
const LETTER_W = 18;
const GAP = 8;

// The same bank items come back in variant after variant: each text is measured once per document.
const heights = new WeakMap<PDFKit.PDFDocument, Map<string, number>>();

/** The height of `text` in the regular font at the body size, wrapped within `width`. */
function measured(ctx: PdfCtx, text: string, width: number): number {
  let cache = heights.get(ctx.doc);
  if (!cache) heights.set(ctx.doc, (cache = new Map()));
  const key = `${width.toFixed(1)}\u0000${text}`;
  let h = cache.get(key);
  if (h === undefined) {
    h = ctx.doc.font(FONT.regular).fontSize(SIZE.body).heightOfString(text, { width });
    cache.set(key, h);
  }
  return h;
}

function hint(q: PrintedQuestion, labels: VariantLabels): string {
  switch (q.kind) {
    case 'choice':
      return q.isMultiple ? labels.chooseMany : labels.chooseOne;
    case 'matching':
      return labels.matchPairs;
    case 'line':
      return '';
    case 'essay':
      return labels.writeEssay;
  }
}

/** One lettered option (or a numbered left-hand item) at `x`, wrapping within `width`; returns its bottom. */
function lettered(ctx: PdfCtx, o: PrintedOption, x: number, y: number, width: number, separator: string): number {
  const { doc } = ctx;
  const h = measured(ctx, o.text, width - LETTER_W);
  doc.font(FONT.bold).fontSize(SIZE.body).fillColor(BLACK).text(`${o.letter}${separator}`, x, y, { lineBreak: false });
  doc.font(FONT.regular);
  // Most answers take one line: drawn without pdfkit's line wrapper, which costs as much again.
  if (h <= doc.currentLineHeight(true) * 1.05) {
    doc.text(o.text, x + LETTER_W, y, { lineBreak: false });
    return y + h;
  }
  doc.text(o.text, x + LETTER_W, y, { width: width - LETTER_W });
  return doc.y;
}

function optionHeight(ctx: PdfCtx, o: PrintedOption, width: number): number {
  return measured(ctx, o.text, width - LETTER_W);
}

function drawMatching(ctx: PdfCtx, lefts: readonly PrintedOption[], rights: readonly PrintedOption[], x: number, width: number): void {
  const { doc } = ctx;
  const half = (width - GAP) / 2;
  for (let i = 0; i < Math.max(lefts.length, rights.length); i += 1) {
    const l = lefts[i];
    const r = rights[i];
    const h = Math.max(l ? optionHeight(ctx, l, half) : 0, r ? optionHeight(ctx, r, half) : 0);
    ensureSpace(ctx, h);
    const y = doc.y;
    const bottoms = [l ? lettered(ctx, l, x, y, half, '.') : y, r ? lettered(ctx, r, x + half + GAP, y, half, ')') : y];
    doc.y = Math.max(...bottoms) + 1;
  }
}

function ruledLines(ctx: PdfCtx, x: number, width: number, count: number, label: string): void {
  const { doc } = ctx;
  const step = 18;
  ensureSpace(ctx, step * count);
  if (label) doc.font(FONT.regular).fontSize(SIZE.body).fillColor(BLACK).text(label, x, doc.y + step - 12, { width: 60, lineBreak: false });
  const lineX = label ? x + 60 : x;
  let y = doc.y;
  for (let i = 0; i < count; i += 1) {
    y += step;
    doc.lineWidth(0.4).strokeColor(GREY).moveTo(lineX, y).lineTo(x + width, y).stroke();
  }
  doc.y = y + 4;
}

/**
 * One question: its number, text and points, a hint, then its answers (lettered options,
 * matching columns, an answer line, or ruled space for an essay). The heading stays with its
 * first answer line on one page.
 */
export function drawQuestion(ctx: PdfCtx, q: PrintedQuestion, labels: VariantLabels): void {
  const { doc, left, width } = ctx;
  const textX = left + NUMBER_W;
  const textW = width - NUMBER_W - POINTS_W;
  const textH = measured(ctx, q.text, textW);
  doc.font(FONT.regular).fontSize(SIZE.body);
  ensureSpace(ctx, textH + 2 * doc.currentLineHeight(true) + 4);
  const y = doc.y;
  doc.font(FONT.bold).fillColor(BLACK).text(`${q.number}.`, left, y, { width: NUMBER_W, lineBreak: false });
  doc.font(FONT.italic).fontSize(SIZE.caption - 1).fillColor(GREY).text(`(${q.points} ${labels.pointsShort})`, left + width - POINTS_W, y + 1, { width: POINTS_W, align: 'right', lineBreak: false });
  doc.font(FONT.regular).fontSize(SIZE.body).fillColor(BLACK).text(q.text, textX, y, { width: textW });
  const note = hint(q, labels);
  if (note) doc.font(FONT.italic).fontSize(SIZE.caption - 1).fillColor(GREY).text(note, textX, doc.y + 1, { width: width - NUMBER_W });
  doc.y += 2;
  const answersW = width - NUMBER_W;
  switch (q.kind) {
    case 'choice':
      for (const o of q.options) {
        ensureSpace(ctx, optionHeight(ctx, o, answersW));
        doc.y = lettered(ctx, o, textX, doc.y, answersW, ')') + 1;
      }
      break;
    case 'matching':
      drawMatching(ctx, q.lefts, q.rights, textX, answersW);
      break;
    case 'line':
      ruledLines(ctx, textX, answersW, 1, labels.writeAnswer);
      break;
    case 'essay':
      ruledLines(ctx, textX, answersW, 8, '');
      break;
  }
  doc.x = left;
  doc.y += 7;
}
