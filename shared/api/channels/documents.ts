import { z } from 'zod';
import { jobIdSchema } from './jobs';

/** The printable documents of decisions §4. */
export const DOCS = ['protocol', 'sheets', 'statement', 'summary'] as const;

/** Input schemas of exports: which document, of what, in which format and language. */
export const documentInputs = {
  'document:export': z
    .object({
      doc: z.enum(DOCS),
      sessionId: z.number().int().positive().optional(),
      sittingId: z.number().int().positive().optional(),
      cohortId: z.number().int().positive().optional(),
      format: z.enum(['pdf', 'xlsx']),
      lang: z.enum(['kk', 'ru', 'en']),
      draft: z.boolean().default(false),
      /** The rounded total (protocol) or percent (statement) in words too. */
      words: z.boolean().default(false),
      /** Return the file's bytes too (a browser download); the file is kept in the data folder's exports/. */
      inline: z.boolean().default(false),
      /** Follow it with job:progress and stop it with job:cancel while this call runs. */
      jobId: jobIdSchema.optional(),
    })
    .strict(),
  'document:distribution': z.object({ cohortId: z.number().int().positive() }).strict(),
} as const;
