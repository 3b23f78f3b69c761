import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportResult } from '../../../../shared/api/channels/documents-types';
import { defenseProtocol } from '../../../../shared/documents/defense-protocol';
import { scoreSheets } from '../../../../shared/documents/score-sheets';
import type { DocumentModel } from '../../../../shared/documents/view-model';
import { AppError } from '../../../../shared/domain/errors';
import type { Lang } from '../../../../shared/domain/localized';
import type { CoreContext } from '../../context';
import { renderToFile } from '../../export/render-file';
import type { RenderFormat, RenderResult } from '../../export/render-types';
import { runRender } from '../../export/run-render';
import { snapshotHash } from '../../export/snapshot-hash';
import { defenseSnapshot } from './defense-snapshot';

/** What to export (decisions §4 `export`). */
export type ExportRequest = {
  doc: 'protocol' | 'sheets' | 'statement' | 'summary';
  sessionId?: number;
  sittingId?: number;
  cohortId?: number;
  format: RenderFormat;
  lang: Lang;
  draft: boolean;
  out?: string;
};

/** How the file is written: in a worker thread (the app) or in this thread (the CLI). */
export type Renderer = (model: DocumentModel, format: RenderFormat, file: string) => Promise<RenderResult>;

/** The app's renderer: a worker thread, so live scoring never waits for an export. */
export function workerRenderer(fontDir?: string): Renderer {
  return async (model, format, file) => {
    const outcome = await runRender({ model, format, file, ...(fontDir ? { fontDir } : {}) });
    if (!outcome.ok) throw new AppError(outcome.error.code === 'invalid_document' ? 'bad_input' : 'render_failed', outcome.error.message, 'doc');
    return outcome.value;
  };
}

/** The CLI's renderer: in this thread (the process does nothing else). */
export function inThreadRenderer(fontDir?: string): Renderer {
  return (model, format, file) => renderToFile(model, format, file, fontDir ? { fontDir } : {});
}

function need(value: number | undefined, field: string, doc: string): number {
  if (value === undefined) throw new AppError('bad_input', `the ${doc} needs --${field}`, field);
  return value;
}

function build(ctx: CoreContext, req: ExportRequest): { model: DocumentModel; hash: string; name: string } {
  switch (req.doc) {
    case 'protocol':
    case 'sheets': {
      const sessionId = need(req.sessionId, 'session', req.doc);
      const snapshot = defenseSnapshot(ctx.db, sessionId);
      if (req.doc === 'protocol' && !snapshot.isFinal && !req.draft) {
        throw new AppError('not_final', `session ${sessionId} is not closed: final documents come only from locked data (export a --draft, or close the session)`, 'session');
      }
      const hash = snapshotHash(JSON.parse(JSON.stringify(snapshot))).full;
      const model = req.doc === 'protocol' ? defenseProtocol(snapshot, req.lang, hash, req.draft || !snapshot.isFinal) : scoreSheets(snapshot, req.lang, hash);
      return { model, hash, name: `${req.doc}-${snapshot.number}-${req.lang}` };
    }
    case 'statement':
    case 'summary':
      throw new AppError('bad_input', `the ${req.doc} needs test sittings, which this version does not export yet`, 'doc');
  }
}

/** Builds the document's model from the store and renders it; `{file, bytes, pages|sheets, hash}`. */
export async function exportDocument(ctx: CoreContext, req: ExportRequest, render: Renderer): Promise<ExportResult> {
  const { model, hash, name } = build(ctx, req);
  const file = req.out ?? join(ctx.dataDir, 'exports', `${name}${req.draft ? '-draft' : ''}.${req.format}`);
  mkdirSync(join(file, '..'), { recursive: true });
  const r = await render(model, req.format, file);
  return { file: r.file, bytes: r.bytes, ...(r.pages !== undefined ? { pages: r.pages } : {}), ...(r.sheets !== undefined ? { sheets: r.sheets } : {}), hash };
}

/** The file's bytes as base64, for a browser download. */
export function fileBase64(file: string): string {
  return readFileSync(file).toString('base64');
}
