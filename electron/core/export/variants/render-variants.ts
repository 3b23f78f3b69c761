import { VARIANT_LABELS, type VariantLabels } from '../../../../shared/documents/variants/labels';
import { bookletDocument, keyDocument, sheetDocument, type PrintMeta } from '../../../../shared/documents/variants/print-documents';
import { printedVariant, type PrintedVariant } from '../../../../shared/documents/variants/printed-variant';
import type { DocumentModel } from '../../../../shared/documents/view-model';
import { drawHeaderBlock, drawSection } from '../pdf/pdf-blocks';
import type { PdfCtx } from '../pdf/pdf-context';
import { openPdf, writePdf } from '../pdf/pdf-file';
import { decoratePages } from '../pdf/pdf-decor';
import type { RenderOptions, RenderStats } from '../render-types';
import { drawQuestion } from './draw-booklet';
import { drawAnswerSheet } from './draw-sheet';
import type { VariantsJob } from './variants-job';

/** Starts a part on a new page, draws it, writes its footers («N / M» within the part), flushes its pages. */
function part(doc: PDFKit.PDFDocument, model: DocumentModel, draw: (ctx: PdfCtx) => void): number {
  doc.addPage();
  const left = doc.page.margins.left;
  const ctx: PdfCtx = { doc, model, left, width: doc.page.width - left - doc.page.margins.right, rowDone: () => undefined };
  doc.x = left;
  doc.y = doc.page.margins.top;
  draw(ctx);
  const pages = decoratePages(doc, model, null);
  doc.flushPages();
  return pages;
}

function drawBooklet(doc: PDFKit.PDFDocument, meta: PrintMeta, v: PrintedVariant, labels: VariantLabels): number {
  const model = bookletDocument(meta, v, labels);
  return part(doc, model, (ctx) => {
    drawHeaderBlock(ctx, model.header);
    for (const q of v.questions) drawQuestion(ctx, q, labels);
  });
}

function drawSheet(doc: PDFKit.PDFDocument, meta: PrintMeta, v: PrintedVariant, labels: VariantLabels): number {
  return part(doc, sheetDocument(meta, v, labels), (ctx) => drawAnswerSheet(ctx, meta, v, labels));
}

function drawKey(doc: PDFKit.PDFDocument, meta: PrintMeta, v: PrintedVariant, labels: VariantLabels): number {
  const model = keyDocument(meta, v, labels);
  return part(doc, model, (ctx) => {
    drawHeaderBlock(ctx, model.header);
    for (const section of model.sections) drawSection(ctx, section);
  });
}

/** Lets the file stream take the pages written so far, so they do not pile up in memory on a long run. */
async function drained(doc: PDFKit.PDFDocument): Promise<void> {
  do await new Promise((resolve) => setImmediate(resolve));
  while (doc.readableLength > 1 << 20);
}

/**
 * Prints a run into `file`: per examinee the test booklet, then the one-page answer sheet;
 * then one answer key per variant. Each variant's pages are built from the bank items when
 * drawn and flushed at once, so memory stays flat however many variants there are.
 */
export async function renderVariants(job: VariantsJob, file: string, options: RenderOptions = {}): Promise<RenderStats> {
  const labels = VARIANT_LABELS[job.meta.lang];
  const byId = new Map(job.items.map((i) => [i.id, i]));
  const printed = (k: number): PrintedVariant => printedVariant(job.variants[k]!, byId, job.meta.lang, labels);
  const perVariant = (job.parts.variants || job.parts.sheets ? 1 : 0) + (job.parts.keys ? 1 : 0);
  const total = job.variants.length * perVariant;
  let done = 0;
  const step = (): void => options.onProgress?.(++done, total);

  // Pages are buffered only while one part is drawn (its «N / M» needs its page count), then flushed.
  const doc = openPdf({ title: job.meta.titleLines.join(' · '), lang: job.meta.lang, createdAt: new Date(job.meta.createdAt), orientation: 'portrait', autoFirstPage: false, fontDir: options.fontDir });
  return writePdf(doc, file, async () => {
    let pages = 0;
    if (job.parts.variants || job.parts.sheets) {
      for (let k = 0; k < job.variants.length; k += 1) {
        const v = printed(k);
        if (job.parts.variants) pages += drawBooklet(doc, job.meta, v, labels);
        if (job.parts.sheets) pages += drawSheet(doc, job.meta, v, labels);
        step();
        await drained(doc);
      }
    }
    if (job.parts.keys) {
      for (let k = 0; k < job.variants.length; k += 1) {
        pages += drawKey(doc, job.meta, printed(k), labels);
        step();
        await drained(doc);
      }
    }
    return pages;
  });
}
