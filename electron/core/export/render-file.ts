import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { checkDocument } from '../../../shared/documents/check';
import type { DocumentModel } from '../../../shared/documents/view-model';
import type { RenderFormat, RenderOptions, RenderResult, RenderStats } from './render-types';

/** A model the renderers refuse: the problems are in the message. */
export class InvalidDocumentError extends Error {
  readonly code = 'invalid_document';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidDocumentError';
  }
}

/** Checks `model` and throws InvalidDocumentError listing at most five problems. */
export function assertRenderable(model: DocumentModel): void {
  const problems = checkDocument(model);
  if (problems.length === 0) return;
  const listed = problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join('; ');
  throw new InvalidDocumentError(`${problems.length} problem(s) in the document model: ${listed}`);
}

/** A hidden temporary name beside `file`, so a half-written document never has the final name. */
export function partialPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.part`);
}

/**
 * Renders `model` into exactly `path` (no temp file, no check): what the worker runs. Each
 * renderer is imported when first needed, so a worker loads pdfkit or exceljs, not both.
 */
export async function renderTo(model: DocumentModel, format: RenderFormat, path: string, options: RenderOptions = {}): Promise<RenderStats> {
  switch (format) {
    case 'pdf':
      return (await import('./pdf/render-pdf')).renderPdf(model, path, options);
    case 'xlsx':
      return (await import('./xlsx/render-xlsx')).renderXlsx(model, path, options);
  }
}

/**
 * Renders in this thread: checks the model, writes a temp file beside `file`, renames it into
 * place. For the CLI and tests; the app goes through runRender (a worker thread).
 */
export async function renderToFile(model: DocumentModel, format: RenderFormat, file: string, options: RenderOptions = {}): Promise<RenderResult> {
  assertRenderable(model);
  const part = partialPath(file);
  try {
    const stats = await renderTo(model, format, part, options);
    await rename(part, file);
    return { ...stats, file, format };
  } catch (err) {
    await rm(part, { force: true });
    throw err;
  }
}
