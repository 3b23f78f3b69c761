import QRCode from 'qrcode';
import { DRAFT_MARK, type DocumentModel } from '../../../../shared/documents/view-model';
import { FONT, SIZE } from './pdf-context';

const QR_SIZE = 42; // 15 mm: a ~90-character payload stays scannable by a phone
const GREY = '#333333';

/** The QR code as a PNG data URL; pdfkit embeds a data URL once however many pages show it. */
export async function qrDataUrl(payload: string): Promise<string> {
  return QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 0, scale: 6, type: 'image/png' });
}

function drawFooter(doc: PDFKit.PDFDocument, model: DocumentModel, page: number, pages: number, qr: string | null): void {
  const { width: pageW, height: pageH, margins } = doc.page;
  const left = margins.left;
  const right = pageW - margins.right;
  const top = pageH - margins.bottom + 10;

  doc.lineWidth(0.4).strokeColor(GREY).moveTo(left, top).lineTo(right, top).stroke();
  const textW = (right - left - QR_SIZE) / 2 - 8;
  const hashText = `${model.footer.hashLabel}: ${model.footer.hashShort}`;
  doc.fillColor(GREY).font(FONT.regular).fontSize(SIZE.footer).text(hashText, left, top + 6, { width: textW, lineBreak: false });
  if (model.footer.note) {
    doc.font(FONT.italic).fontSize(SIZE.small).text(model.footer.note, left, top + 17, { width: textW, height: 26, ellipsis: true });
  }

  const numbers = `${page} / ${pages}`;
  doc.font(FONT.regular).fontSize(SIZE.footer + 1);
  doc.text(numbers, (left + right - doc.widthOfString(numbers)) / 2, top + 6, { lineBreak: false });

  if (qr) doc.image(qr, right - QR_SIZE, top + 5, { width: QR_SIZE, height: QR_SIZE });
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
export function decoratePages(doc: PDFKit.PDFDocument, model: DocumentModel, qr: string | null): number {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin; lift the margin so pdfkit does not start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    drawFooter(doc, model, i - range.start + 1, range.count, qr);
    if (model.draft) drawWatermark(doc);
    doc.page.margins.bottom = bottom;
  }
  return range.count;
}
