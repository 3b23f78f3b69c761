import { countRows } from '../../../../shared/documents/check';
import type { DocumentModel } from '../../../../shared/documents/view-model';
import type { RenderOptions, RenderStats } from '../render-types';
import { drawHeaderBlock, drawSection, drawSignatures } from './pdf-blocks';
import type { PdfCtx } from './pdf-context';
import { openPdf, writePdf } from './pdf-file';
import { decoratePages } from './pdf-decor';
import { qrRuns, type QrRuns } from '../qr';

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
  const createdAt = model.createdAt ? new Date(model.createdAt) : new Date();
  const doc = openPdf({ title: model.title, lang: model.lang, createdAt, orientation: model.orientation, autoFirstPage: true, fontDir: options.fontDir });
  return writePdf(doc, file, () => drawDocument(doc, model, qr, options));
}
