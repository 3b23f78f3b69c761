import type { DocumentModel } from '../../../shared/documents/view-model';

/** The two file formats of documents. */
export type RenderFormat = 'pdf' | 'xlsx';

/** Called as table rows are drawn: `done` of `total` rows (all tables of the document). */
export type ProgressFn = (done: number, total: number) => void;

/** Options shared by both renderers. */
export interface RenderOptions {
  readonly onProgress?: ProgressFn;
  /** Where the PT Serif files are (defaults to this checkout's resources/fonts). */
  readonly fontDir?: string;
}

/** What a renderer wrote: size and page or sheet count. */
export interface RenderStats {
  readonly bytes: number;
  /** PDF: number of pages. */
  readonly pages?: number;
  /** XLSX: number of sheets. */
  readonly sheets?: number;
}

/** A rendered file on disk. */
export interface RenderResult extends RenderStats {
  readonly file: string;
  readonly format: RenderFormat;
}

/** Why a render did not produce a file. */
export type RenderErrorCode = 'invalid_document' | 'cancelled' | 'render_failed' | 'worker_exited';

/** A render's outcome; never thrown across the worker boundary. */
export type RenderOutcome =
  | { readonly ok: true; readonly value: RenderResult }
  | { readonly ok: false; readonly error: { readonly code: RenderErrorCode; readonly message: string } };

/** A render job: the model, the format and the file to write. */
export interface RenderJob {
  readonly model: DocumentModel;
  readonly format: RenderFormat;
  readonly file: string;
  readonly fontDir?: string;
}
