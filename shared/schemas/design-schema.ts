import { z } from 'zod';

/** A text in kk, ru and en (all three required; an empty string means "not translated"). */
export const localizedSchema = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

const points = z.number().finite().min(0);

/** A band inside one criterion (e.g. "Excellent 16–20") with its descriptor. */
export const criterionBandSchema = z.object({
  key: z.string().min(1),
  min: points,
  max: points,
  label: localizedSchema,
  descriptor: localizedSchema.nullable().default(null),
  notFromSource: z.boolean().default(false),
});

/** How a member scores one criterion: any step from 0 to max, or fixed levels (0/1/2, 0–3). */
export const levelScaleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('range'), step: z.number().positive().default(1) }),
  z.object({
    kind: z.literal('levels'),
    levels: z.array(z.object({ value: points, label: localizedSchema })).min(2),
  }),
]);

/** One criterion (or checklist item) of a design. */
export const criterionSchema = z.object({
  id: z.string().min(1),
  title: localizedSchema,
  max: z.number().finite().positive(),
  scale: levelScaleSchema,
  bands: z.array(criterionBandSchema).default([]),
  group: z.string().nullable().default(null),
  modules: z.array(z.number().int()).default([]),
});

/** One band of the final grade scale, with everything the grade implies. */
export const gradeBandSchema = z.object({
  key: z.string().min(1),
  min: points,
  max: points,
  grade: localizedSchema,
  mark5: z.number().int().min(2).max(5).nullable().default(null),
  pass: z.boolean().nullable().default(null),
  certificate: z.boolean().nullable().default(null),
  consequence: localizedSchema.nullable().default(null),
  notFromSource: z.boolean().default(false),
});

/** The final grade scale: inclusive point bands, or lower-inclusive percent bands. */
export const gradeScaleSchema = z.object({
  basis: z.enum(['points', 'percent']),
  bands: z.array(gradeBandSchema).min(1),
});

/** A note the design carries about itself, e.g. a scale not taken from the source. */
export const designNoteSchema = z.object({
  code: z.string().min(1),
  path: z.string().default(''),
  message: localizedSchema,
});

/** The assessment design file format (`attesta.design` v1), as export-template writes it. */
export const designSchema = z.object({
  format: z.literal('attesta.design'),
  version: z.literal(1),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'lowercase letters, digits and dashes'),
  kind: z.enum(['rubric', 'scale', 'checklist']),
  title: localizedSchema,
  source: z
    .object({ seed: z.string(), lines: z.string().default(''), note: z.string().default('') })
    .nullable()
    .default(null),
  max: z.number().finite().positive(),
  precision: z.number().int().min(0).max(2).default(0),
  criteria: z.array(criterionSchema).default([]),
  groups: z.array(z.object({ id: z.string().min(1), title: localizedSchema })).default([]),
  scale: gradeScaleSchema,
  aggregation: z
    .object({
      rule: z.enum(['mean', 'median', 'trimmed']).default('mean'),
      divergenceThreshold: z.number().positive().max(1).default(0.25),
    })
    .default({ rule: 'mean', divergenceThreshold: 0.25 }),
  questions: z.array(localizedSchema).default([]),
  pitchMinutes: z
    .object({ min: z.number().int().positive(), max: z.number().int().positive() })
    .nullable()
    .default(null),
  notes: z.array(designNoteSchema).default([]),
});

/** A parsed, defaulted assessment design. */
export type Design = z.infer<typeof designSchema>;
/** A design as written in a file (defaults may be missing). */
export type DesignInput = z.input<typeof designSchema>;
/** One criterion of a design. */
export type Criterion = z.infer<typeof criterionSchema>;
/** One band of a criterion. */
export type CriterionBand = z.infer<typeof criterionBandSchema>;
/** One band of a grade scale. */
export type GradeBand = z.infer<typeof gradeBandSchema>;
/** A grade scale. */
export type GradeScale = z.infer<typeof gradeScaleSchema>;
/** The aggregation rules of decisions §4. */
export type AggregationRule = Design['aggregation']['rule'];
