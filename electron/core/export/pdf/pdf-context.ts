import type { DocumentModel, Orientation } from '../../../../shared/documents/view-model';

/** Font names registered on every document (PT Serif, embedded). */
export const FONT = {
  regular: 'pt-serif',
  bold: 'pt-serif-bold',
  italic: 'pt-serif-italic',
  boldItalic: 'pt-serif-bold-italic',
} as const;

/** Font sizes in points. */
export const SIZE = { title: 13, body: 10.5, table: 9, caption: 10, small: 7, footer: 8 } as const;

const MM = 72 / 25.4;

/**
 * Page margins in points. Left 30 mm on portrait pages for binding (the usual margin of
 * official papers); the bottom margin holds the footer: rule, short hash, «N / M», QR code.
 */
export function pageMargins(orientation: Orientation): { top: number; bottom: number; left: number; right: number } {
  return orientation === 'portrait'
    ? { top: 20 * MM, bottom: 28 * MM, left: 30 * MM, right: 15 * MM }
    : { top: 20 * MM, bottom: 28 * MM, left: 20 * MM, right: 15 * MM };
}

/** What the drawing functions share while one document is written. */
export interface PdfCtx {
  readonly doc: PDFKit.PDFDocument;
  readonly model: DocumentModel;
  /** Left edge and width of the text area. */
  readonly left: number;
  readonly width: number;
  /** Counts one drawn table row towards progress. */
  readonly rowDone: () => void;
}

/** The lowest y content may reach on the current page. */
export function bottomY(ctx: PdfCtx): number {
  return ctx.doc.page.maxY();
}

/** The top of the text area on the current page. */
export function topY(ctx: PdfCtx): number {
  return ctx.doc.page.margins.top;
}

/** Starts a new page unless `height` more points fit below the current position. */
export function ensureSpace(ctx: PdfCtx, height: number): void {
  if (ctx.doc.y + height > bottomY(ctx) && ctx.doc.y > topY(ctx) + 0.5) {
    ctx.doc.addPage();
    ctx.doc.x = ctx.left;
    ctx.doc.y = topY(ctx);
  }
}
