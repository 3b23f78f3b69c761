import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportResult } from '../../../../shared/api/channels/documents-types';
import { cohortSummary } from '../../../../shared/documents/cohort-summary';
import { defenseProtocol } from '../../../../shared/documents/defense-protocol';
import { testStatement } from '../../../../shared/documents/test-statement';
import { scoreSheets } from '../../../../shared/documents/score-sheets';
import type { DocumentModel } from '../../../../shared/documents/view-model';
import { AppError } from '../../../../shared/domain/errors';
import type { Lang } from '../../../../shared/domain/localized';
import type { CoreContext } from '../../context';
import { renderToFile } from '../../export/render-file';
import type { RenderFormat, RenderResult } from '../../export/render-types';
import { runRender, type RunRenderOptions } from '../../export/run-render';
import { snapshotHash } from '../../export/snapshot-hash';
import { defenseSnapshot } from './defense-snapshot';
import { statementSnapshot } from './statement-snapshot';
import { summarySnapshot } from './summary-snapshot';

/** What to export (decisions §4 `export`). */
export type ExportRequest = {
  doc: 'protocol' | 'sheets' | 'statement' | 'summary';
  sessionId?: number;
  sittingId?: number;
  cohortId?: number;
  format: RenderFormat;
  lang: Lang;
  draft: boolean;
  /** The rounded total (protocol) or percent (statement) in words too; off by default. */
  words?: boolean;
  out?: string;
};

/** How the file is written: in a worker thread (the app) or in this thread (the CLI). */
export type Renderer = (model: DocumentModel, format: RenderFormat, file: string) => Promise<RenderResult>;

/** The app's renderer: a worker thread, so live scoring never waits for an export. */
export function workerRenderer(fontDir?: string, control: RunRenderOptions = {}): Renderer {
  return async (model, format, file) => {
    const outcome = await runRender({ model, format, file, ...(fontDir ? { fontDir } : {}) }, control);
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

/** The snapshot's hash (decisions §6): over its canonical JSON, as stored data (no undefined). */
function hashOf(snapshot: object): string {
  return snapshotHash(JSON.parse(JSON.stringify(snapshot))).full;
}

function build(ctx: CoreContext, req: ExportRequest): { model: DocumentModel; hash: string; name: string } {
  const words = req.words === true;
  switch (req.doc) {
    case 'protocol':
    case 'sheets': {
      const sessionId = need(req.sessionId, 'session', req.doc);
      const snapshot = defenseSnapshot(ctx.db, sessionId);
      if (req.doc === 'protocol' && !snapshot.isFinal && !req.draft) {
        throw new AppError('not_final', `session ${sessionId} is not closed: final documents come only from locked data (export a --draft, or close the session)`, 'session');
      }
      const hash = hashOf(snapshot);
      const model = req.doc === 'protocol' ? defenseProtocol(snapshot, req.lang, hash, req.draft || !snapshot.isFinal, { words }) : scoreSheets(snapshot, req.lang, hash);
      return { model, hash, name: `${req.doc}-${snapshot.number}-${req.lang}` };
    }
    case 'statement': {
      const sittingId = need(req.sittingId, 'sitting', req.doc);
      const snapshot = statementSnapshot(ctx.db, sittingId, ctx.now());
      if (!snapshot.isFinal && !req.draft) {
        throw new AppError('not_final', `the results of sitting ${sittingId} are not released: final documents come only from locked data (export a --draft, or release the results)`, 'sitting');
      }
      const hash = hashOf(snapshot);
      return { model: testStatement(snapshot, req.lang, hash, req.draft || !snapshot.isFinal, { words }), hash, name: `statement-${snapshot.number}-${req.lang}` };
    }
    case 'summary': {
      const cohortId = need(req.cohortId, 'cohort', req.doc);
      const snapshot = summarySnapshot(ctx.db, cohortId, ctx.now());
      if (!snapshot.isFinal && !req.draft) {
        throw new AppError('not_final', `cohort ${cohortId} has an open defense session or unreleased test results: final documents come only from locked data (export a --draft)`, 'cohort');
      }
      const hash = hashOf(snapshot);
      return { model: cohortSummary(snapshot, req.lang, hash, req.draft || !snapshot.isFinal), hash, name: `summary-${snapshot.number}-${req.lang}` };
    }
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
