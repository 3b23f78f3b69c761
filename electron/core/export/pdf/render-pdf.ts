import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { countRows } from '../../../../shared/documents/check';
import type { DocumentModel } from '../../../../shared/documents/view-model';
import { fontBytes } from '../fonts';
import type { RenderOptions, RenderStats } from '../render-types';
import { drawHeaderBlock, drawSection, drawSignatures } from './pdf-blocks';
import { FONT, pageMargins, type PdfCtx } from './pdf-context';
import { decoratePages } from './pdf-decor';
import { qrRuns, type QrRuns } from '../qr';

const LOCALE = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' } as const;

function openDocument(model: DocumentModel, fontDir: string | undefined): PDFKit.PDFDocument {
  const created = model.createdAt ? new Date(model.createdAt) : new Date();
  const doc = new PDFDocument({
    size: 'A4',
    layout: model.orientation,
    margins: pageMargins(model.orientation),
    bufferPages: true,
    autoFirstPage: true,
    lang: LOCALE[model.lang],
    displayTitle: true,
    info: { Title: model.title, Author: 'Attesta', Creator: 'Attesta', CreationDate: created, ModDate: created },
  });
  doc.registerFont(FONT.regular, fontBytes('regular', fontDir));
  doc.registerFont(FONT.bold, fontBytes('bold', fontDir));
  doc.registerFont(FONT.italic, fontBytes('italic', fontDir));
  doc.registerFont(FONT.boldItalic, fontBytes('boldItalic', fontDir));
  doc.font(FONT.regular);
  return doc;
}

/** Draws the whole document into `doc` (all pages buffered); returns the page count. */
export function drawDocument(doc: PDFKit.PDFDocument, model: DocumentModel, qr: QrRuns | null, options: RenderOptions = {}): number {
  const total = countRows(model);
  let done = 0;
  const left = doc.page.margins.left;
  const ctx: PdfCtx = {
    doc,
    model,
    left,
    width: doc.page.width - left - doc.page.margins.right,
    rowDone: () => options.onProgress?.(++done, total),
  };
  doc.x = left;
  drawHeaderBlock(ctx, model.header);
  for (const section of model.sections) drawSection(ctx, section);
  if (model.signatures && model.signatures.signatories.length > 0) drawSignatures(ctx, model.signatures);
  return decoratePages(doc, model, qr);
}

/** Renders `model` as an A4 PDF at `file` with PT Serif embedded. */
export async function renderPdf(model: DocumentModel, file: string, options: RenderOptions = {}): Promise<RenderStats> {
  const qr = model.footer.qrPayload ? qrRuns(model.footer.qrPayload) : null;
  const doc = openDocument(model, options.fontDir);
  const out = createWriteStream(file);
  doc.pipe(out);
  let pages: number;
  try {
    pages = drawDocument(doc, model, qr, options);
  } catch (err) {
    out.destroy();
    throw err;
  }
  doc.end();
  await finished(out);
  return { bytes: (await stat(file)).size, pages };
}
