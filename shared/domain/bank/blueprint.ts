import { z } from 'zod';
import { localizedSchema } from '../../schemas/design-schema';

const path = z.array(z.string());

/** What a quota draws from, relative to the blueprint's root. */
export const quotaTargetSchema = z.discriminatedUnion('kind', [
  /** Every item in this topic and the topics under it. */
  z.object({ kind: z.literal('topic'), path }),
  /** The n-th module (child of the root, in bank order, from 1): for blueprints written by module number. */
  z.object({ kind: z.literal('module'), index: z.number().int().min(1) }),
  /** Each topic that holds items under this path gets `count` of its own (e.g. "3 per topic"). */
  z.object({ kind: z.literal('each-topic'), path: path.default([]) }),
]);

/** How many items to draw from one target. */
export const quotaSchema = z.object({
  target: quotaTargetSchema,
  count: z.number().int().min(0),
  label: z.string().nullable().default(null),
});

/** A test blueprint: where items come from and how the test runs and is graded. */
export const blueprintSchema = z.object({
  id: z.string().min(1),
  title: localizedSchema,
  /** The topic path the quotas are relative to (the programme, or one module for a module test). */
  root: path.default([]),
  quotas: z.array(quotaSchema).min(1),
  /** The total the source states, kept to show when the quotas do not add up to it. */
  statedTotal: z.number().int().min(0).nullable().default(null),
  timeLimitMinutes: z.number().int().positive().nullable().default(null),
  shuffleItems: z.boolean().default(true),
  shuffleOptions: z.boolean().default(true),
  partialCredit: z.boolean().default(false),
  /** At most this many items per pool repeat from the previous examinee's variant. */
  maxOverlap: z.number().int().min(0).nullable().default(null),
  /** Lowest passing percent (lower-inclusive, exact); null when the grade scale decides. */
  passPercent: z.number().min(0).max(100).nullable().default(null),
  /** A built-in or user grade-scale template id, e.g. `kz-001-test-percent`. */
  gradeScale: z.string().nullable().default(null),
  /** Where the numbers come from (seed and lines), or why they were filled in. */
  source: z.string().default(''),
});

/** A quota target. */
export type QuotaTarget = z.infer<typeof quotaTargetSchema>;
/** One quota. */
export type Quota = z.infer<typeof quotaSchema>;
/** A parsed, defaulted blueprint. */
export type Blueprint = z.infer<typeof blueprintSchema>;

/** The codes a blueprint check can report. */
export type BlueprintWarningCode = 'quota_exceeds_topic' | 'total_mismatch' | 'empty_topic' | 'unknown_topic' | 'quota_overlap' | 'item_without_key';

/** One finding of a blueprint check (data, not a failure: the test can still be set up). */
export type BlueprintWarning = { code: BlueprintWarningCode; message: string; path: string };

/** The same blueprint applied below another root (e.g. a module test for module 3's path). */
export function withRoot(blueprint: Blueprint, root: readonly string[]): Blueprint {
  return { ...blueprint, root: [...root] };
}
