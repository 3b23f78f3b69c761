/**
 * Codes the UI translates besides ERROR_CODES: validator findings (shared/domain/validate-design),
 * grade warnings (shared/domain/grade) and the note codes the built-in templates carry.
 */
export const FINDING_CODES = [
  'band_gap',
  'band_overlap',
  'band_inverted',
  'band_out_of_range',
  'criterion_band_gap',
  'criterion_band_overlap',
  'criterion_band_inverted',
  'criterion_band_out_of_range',
  'criteria_max_sum',
  'not_from_source',
  'missing_translation',
  'no_criteria',
  'duplicate_id',
  'unknown_group',
  'level_above_max',
  'level_max_mismatch',
  'duplicate_level',
  'duplicate_band_key',
  'scale_with_criteria',
  'pitch_inverted',
  'no_band',
  'rubric_scale_mismatch',
  'aggregation_not_from_source',
  'percent_bands_lower_inclusive',
  'pass_threshold_inferred',
  'criteria_not_in_source',
  'mini_lesson_versions',
  'scale_not_from_source',
] as const;

/** A validator finding, grade warning or template note code the catalogs translate. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** Error codes that exist only in the renderer (the core cannot be reached at all). */
export const CLIENT_ERROR_CODES = ['network'] as const;

/** A renderer-only error code. */
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];
