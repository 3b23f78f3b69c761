import type { ChannelResult, ParsedInput } from '../../shared/api/contract';
import { gradeDistributions } from '../../shared/documents/cohort-summary';
import type { CoreContext } from './context';
import { exportDocument, fileBase64, workerRenderer } from './services/documents/export';
import { summarySnapshot } from './services/documents/summary-snapshot';

/** The handlers of the document channels. */
export type DocumentHandlers = {
  'document:export': (input: ParsedInput<'document:export'>) => Promise<ChannelResult<'document:export'>>;
  'document:distribution': (input: ParsedInput<'document:distribution'>) => ChannelResult<'document:distribution'>;
};

/** Document exports over one context: rendered in a worker thread, so live scoring never waits. */
export function createDocumentHandlers(ctx: CoreContext): DocumentHandlers {
  return {
    'document:export': async ({ inline, jobId, ...req }) => {
      const result = await ctx.jobs.run(jobId, (control) => exportDocument(ctx, req, workerRenderer(ctx.fontDir, control)));
      return inline ? { ...result, base64: fileBase64(result.file) } : result;
    },
    // The grade distributions of a cohort (its summary's charts), for the Documents screen.
    'document:distribution': ({ cohortId }) => gradeDistributions(summarySnapshot(ctx.db, cohortId, ctx.now())),
  };
}
