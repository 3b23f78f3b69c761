import { mkdirSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { VariantPrintResult } from '../../../../shared/api/channels/variants-types';
import { AppError } from '../../../../shared/domain/errors';
import type { Lang } from '../../../../shared/domain/localized';
import type { CoreContext } from '../../context';
import { partialPath } from '../../export/render-file';
import type { ProgressFn, RenderStats } from '../../export/render-types';
import { runWorkerJob } from '../../export/run-render';
import type { PrintParts, VariantsJob } from '../../export/variants/variants-job';
import { resolvePrint, type PrintSource } from './print-source';

/** What to print and how (the `variant:print` input without `inline`). */
export type PrintRequest = PrintSource & { parts: PrintParts; lang: Lang; out?: string | undefined };

/** What a caller may follow and stop: progress (variants done of all), and cancellation. */
export type PrintControl = { onProgress?: ProgressFn; signal?: AbortSignal };

/** How a run is written: in a worker thread (the app) or in this thread (the CLI). */
export type VariantsRenderer = (job: VariantsJob, file: string, control: PrintControl) => Promise<RenderStats>;

/** The app's renderer: a worker thread, so live scoring and the HTTP host never wait for a long run. */
export function workerVariantsRenderer(fontDir?: string): VariantsRenderer {
  return async (job, file, control) => {
    const extra = fontDir ? { fontDir } : {};
    // The live data of a run stays under ~100 MB whatever its length (a variant's pages are flushed
    // as they are done); a 256 MB heap makes V8 collect the garbage before the process grows.
    const outcome = await runWorkerJob((path) => ({ kind: 'variants', job, path, ...extra }), file, 'pdf', { maxHeapMb: 256, ...control });
    if (!outcome.ok) throw new AppError('render_failed', outcome.error.message);
    return outcome.value;
  };
}

/** The CLI's renderer: in this thread, through a temp file renamed when complete (the CLI is not cancelled: it is stopped). */
export function inThreadVariantsRenderer(fontDir?: string): VariantsRenderer {
  return async (job, file, control) => {
    const part = partialPath(file);
    try {
      // Imported when first needed, as the document renderers are: the app's main process never loads pdfkit for this.
      const { renderVariants } = await import('../../export/variants/render-variants');
      const stats = await renderVariants(job, part, { ...(fontDir ? { fontDir } : {}), ...(control.onProgress ? { onProgress: control.onProgress } : {}) });
      await rename(part, file);
      return stats;
    } catch (err) {
      await rm(part, { force: true });
      throw err;
    }
  };
}

/** A seed or name as a safe part of a file name (a seed may hold any character, `/` included). */
function fileSafe(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60);
}

function partsTag(parts: PrintParts): string {
  return [parts.variants ? 'variants' : '', parts.keys ? 'keys' : '', parts.sheets ? 'sheets' : ''].filter(Boolean).join('-');
}

/**
 * Prints variants, answer keys and answer sheets to one A4 PDF in the data folder's exports/
 * (or `out`); the file gets its name only when complete, and nothing is left on a failure.
 */
export async function printVariants(ctx: CoreContext, req: PrintRequest, render: VariantsRenderer, control: PrintControl = {}): Promise<VariantPrintResult> {
  if (!req.parts.variants && !req.parts.keys && !req.parts.sheets) throw new AppError('bad_input', 'choose at least one part to print', 'parts');
  const resolved = resolvePrint(ctx.db, req, req.lang);
  const job: VariantsJob = {
    meta: { lang: req.lang, titleLines: resolved.titleLines, seed: resolved.seed, heldOn: resolved.heldOn, createdAt: ctx.now().toISOString() },
    parts: req.parts,
    items: resolved.items,
    variants: resolved.variants,
  };
  const file = req.out ?? join(ctx.dataDir, 'exports', `${fileSafe(resolved.name)}-${partsTag(req.parts)}-${req.lang}.pdf`);
  mkdirSync(join(file, '..'), { recursive: true });
  const stats = await render(job, file, control);
  return { file, bytes: stats.bytes, pages: stats.pages ?? 0, seed: resolved.seed };
}
