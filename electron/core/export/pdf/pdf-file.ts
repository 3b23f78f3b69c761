import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import type { Lang } from '../../../../shared/domain/localized';
import { fontBytes } from '../fonts';
import type { RenderStats } from '../render-types';
import { FONT, pageMargins } from './pdf-context';

const LOCALE: Readonly<Record<Lang, string>> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** What every Attesta PDF states about itself. */
export type PdfFacts = {
  title: string;
  lang: Lang;
  createdAt: Date;
  orientation: 'portrait' | 'landscape';
  /** False when the caller adds each page itself. */
  autoFirstPage: boolean;
  fontDir: string | undefined;
};

/** An A4 document with its pages buffered (for «N / M»), PT Serif registered, and its metadata. */
export function openPdf(facts: PdfFacts): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    layout: facts.orientation,
    margins: pageMargins(facts.orientation),
    bufferPages: true,
    autoFirstPage: facts.autoFirstPage,
    lang: LOCALE[facts.lang],
    displayTitle: true,
    info: { Title: facts.title, Author: 'Attesta', Creator: 'Attesta', CreationDate: facts.createdAt, ModDate: facts.createdAt },
  });
  for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const) doc.registerFont(FONT[face], fontBytes(face, facts.fontDir));
  doc.font(FONT.regular);
  return doc;
}

/**
 * Streams `doc` into `file` while `draw` fills it (it returns the page count); on a failure the
 * stream is destroyed and the error passes on (the caller's temp file is removed by its owner).
 */
export async function writePdf(doc: PDFKit.PDFDocument, file: string, draw: () => number | Promise<number>): Promise<RenderStats> {
  const out = createWriteStream(file);
  doc.pipe(out);
  let pages: number;
  try {
    pages = await draw();
  } catch (err) {
    out.destroy();
    throw err;
  }
  doc.end();
  await finished(out);
  return { bytes: (await stat(file)).size, pages };
}
