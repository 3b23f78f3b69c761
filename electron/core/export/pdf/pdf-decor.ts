import { DRAFT_MARK, type DocumentModel } from '../../../../shared/documents/view-model';
import { qrRects, type QrRuns } from '../qr';
import { FONT, SIZE } from './pdf-context';

const QR_SIZE = 42; // 15 mm: a ~90-character payload stays scannable by a phone
const GREY = '#333333';

/** Where the footer's QR code sits on a page (points from the top-left corner). */
export function qrBox(page: { width: number; height: number }, margins: { right: number; bottom: number }): { x: number; y: number; size: number } {
  return { x: page.width - margins.right - QR_SIZE, y: page.height - margins.bottom + 15, size: QR_SIZE };
}

/** The QR code as filled rectangles (runs of dark modules, merged down the rows). */
function drawQr(doc: PDFKit.PDFDocument, rects: readonly (readonly [number, number, number, number])[], modules: number, box: { x: number; y: number; size: number }): void {
  const m = box.size / modules;
  for (const [row, col, w, h] of rects) doc.rect(box.x + col * m, box.y + row * m, w * m + 0.01, h * m + 0.01);
  doc.fillColor('#000000').fill();
}

interface QrDrawing {
  readonly modules: number;
  readonly rects: readonly (readonly [number, number, number, number])[];
}

function drawFooter(doc: PDFKit.PDFDocument, model: DocumentModel, bottomMargin: number, page: number, pages: number, qr: QrDrawing | null): void {
  const { width: pageW, height: pageH, margins } = doc.page;
  const left = margins.left;
  const right = pageW - margins.right;
  const top = pageH - bottomMargin + 10;

  doc.lineWidth(0.4).strokeColor(GREY).moveTo(left, top).lineTo(right, top).stroke();
  const textW = (right - left - QR_SIZE) / 2 - 8;
  const hashText = `${model.footer.hashLabel}: ${model.footer.hashShort}`;
  // One line, no width: a width would send this short text through pdfkit's line wrapper on every page.
  doc.fillColor(GREY).font(FONT.regular).fontSize(SIZE.footer).text(hashText, left, top + 6, { lineBreak: false });
  if (model.footer.note) {
    doc.font(FONT.italic).fontSize(SIZE.small).text(model.footer.note, left, top + 17, { width: textW, height: 26, ellipsis: true });
  }

  // «N / M»; the extra word spacing keeps the spaces in text extraction (PT Serif's are narrow).
  const numbers = `${page} / ${pages}`;
  doc.font(FONT.regular).fontSize(SIZE.footer + 1);
  const numbersW = doc.widthOfString(numbers, { wordSpacing: 1.5 });
  doc.text(numbers, (left + right - numbersW) / 2, top + 6, { lineBreak: false, wordSpacing: 1.5 });

  if (qr) {
    drawQr(doc, qr.rects, qr.modules, qrBox(doc.page, { right: margins.right, bottom: bottomMargin }));
  }
}

/** A small horizontal stamp in the top margin, so the mark also survives text extraction. */
function drawDraftStamp(doc: PDFKit.PDFDocument): void {
  const { width: w, margins } = doc.page;
  doc.font(FONT.bold).fontSize(SIZE.footer + 1).fillColor('#8c8c8c');
  const stampW = doc.widthOfString(DRAFT_MARK, { wordSpacing: 1.5 });
  doc.text(DRAFT_MARK, (margins.left + w - margins.right - stampW) / 2, margins.top / 2 - 4, { lineBreak: false, wordSpacing: 1.5 });
}

function drawWatermark(doc: PDFKit.PDFDocument): void {
  const { width: w, height: h } = doc.page;
  const angle = (Math.atan2(h, w) * 180) / Math.PI;
  doc.font(FONT.bold).fontSize(100);
  const size = Math.min(96, (100 * Math.hypot(w, h) * 0.72) / doc.widthOfString(DRAFT_MARK));
  doc.fontSize(size);
  const textW = doc.widthOfString(DRAFT_MARK);
  doc.save();
  doc.rotate(-angle, { origin: [w / 2, h / 2] });
  doc.fillColor('#8c8c8c').fillOpacity(0.22);
  doc.text(DRAFT_MARK, w / 2 - textW / 2, h / 2 - size * 0.6, { lineBreak: false });
  doc.restore();
}

/**
 * Writes what every page carries once the page count is known (pages are buffered):
 * the footer with the short hash, «N / M» and the QR code, and the draft mark on drafts.
 */
export function decoratePages(doc: PDFKit.PDFDocument, model: DocumentModel, qr: QrRuns | null): number {
  const range = doc.bufferedPageRange();
  const drawing = qr ? { modules: qr.size, rects: qrRects(qr) } : null;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin; lift the margin so pdfkit does not start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    drawFooter(doc, model, bottom, i - range.start + 1, range.count, drawing);
    if (model.draft) {
      drawDraftStamp(doc);
      drawWatermark(doc);
    }
    doc.page.margins.bottom = bottom;
  }
  return range.count;
}
