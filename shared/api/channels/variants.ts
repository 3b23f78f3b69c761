import { z } from 'zod';
import { jobIdSchema } from './jobs';
import { blueprintSchema } from '../../domain/bank/blueprint';

const id = z.number().int().positive();
/** A built-in blueprint id (e.g. `kz-003-module-test`) or a whole blueprint. */
const blueprint = z.union([z.string().min(1).max(100), blueprintSchema]);
/** The topic path the blueprint's quotas are relative to (e.g. one module for a module test). */
const root = z.array(z.string().max(300)).max(20).optional();
/** The draw's seed; a random one when omitted (and returned). */
const seed = z.string().min(1).max(100).optional();
/** At most this many examinees in one draw or one printed run. */
export const MAX_PRINTED_EXAMINEES = 2000;
const examinees = z.number().int().min(1).max(MAX_PRINTED_EXAMINEES);

/** Which parts a printed run holds: the test booklets, their answer keys, one answer sheet per examinee. */
export const printPartsSchema = z
  .object({ variants: z.boolean(), keys: z.boolean(), sheets: z.boolean() })
  .strict()
  .refine((p) => p.variants || p.keys || p.sheets, { message: 'choose at least one part to print' });

/** Input schemas of seeded variants and their printed tests, answer keys and answer sheets (issue 6). */
export const variantInputs = {
  /** Draws one variant per examinee from a stored bank through a blueprint; same input → same output. */
  'variant:draw': z
    .object({
      bankId: id,
      blueprint,
      root,
      examinees,
      seed,
      /** Overrides the blueprint's limit on items a pool repeats from the previous examinee's variant. */
      maxOverlap: z.number().int().min(0).max(1000).optional(),
    })
    .strict(),
  /**
   * Prints variants to PDF: a sitting's stored variants (`sittingId`: exactly as its examinees
   * got them, for an appeal), or a fresh draw from `bankId` + `blueprint` + `examinees` + `seed`.
   */
  'variant:print': z
    .object({
      sittingId: id.optional(),
      bankId: id.optional(),
      blueprint: blueprint.optional(),
      root,
      examinees: examinees.optional(),
      seed,
      parts: printPartsSchema,
      lang: z.enum(['kk', 'ru', 'en']),
      /** Return the file's bytes too (a browser download); the file is kept in the data folder's exports/. */
      inline: z.boolean().default(false),
      /** Follow it with job:progress and stop it with job:cancel while this call runs. */
      jobId: jobIdSchema.optional(),
    })
    .strict(),
} as const satisfies Record<string, z.ZodTypeAny>;
