import type { Design, GradeBand } from '../schemas/design-schema';
import { compare, div, frac, fromNumber, mul, toNumber, type Fraction } from './fraction';
import type { Localized } from './localized';
import { roundHalfUp } from './rounding';

/** A warning attached to a computed grade (e.g. the band was not in the source). */
export type GradeWarning = { code: string; message: string };

/** The grade of one total or percent, in the shape `attesta grade` prints. */
export type GradeResult = {
  template: string;
  totalExact: number | null;
  total: number | null;
  max: number;
  percent: number;
  band: string | null;
  grade: Localized | null;
  mark5: number | null;
  pass: boolean | null;
  certificate: boolean | null;
  consequence: Localized | null;
  warnings: GradeWarning[];
};

/** Finds the band holding `value`: inclusive on points, lower-inclusive on percent. */
export function findBand(design: Design, value: Fraction): GradeBand | null {
  const { basis, bands } = design.scale;
  if (basis === 'points') {
    return (
      bands.find((b) => compare(value, fromNumber(b.min)) >= 0 && compare(value, fromNumber(b.max)) <= 0) ??
      null
    );
  }
  // Percent: the band with the highest lower bound not above the value (49.9 % stays below 50 %).
  const candidates = bands
    .filter((b) => compare(value, fromNumber(b.min)) >= 0 && compare(value, fromNumber(design.max)) <= 0)
    .sort((a, b) => b.min - a.min);
  return candidates[0] ?? null;
}

function bandWarnings(design: Design, band: GradeBand | null, shown: string): GradeWarning[] {
  if (!band) {
    return [{ code: 'no_band', message: `${shown} falls in no band of ${design.id}'s grade scale` }];
  }
  if (band.notFromSource) {
    return [
      {
        code: 'not_from_source',
        message: `the band ${band.min}–${band.max} (${band.grade.en}) is not in the source programme; it was filled in as a setting`,
      },
    ];
  }
  return [];
}

function fromBand(
  design: Design,
  band: GradeBand | null,
  parts: { totalExact: Fraction | null; total: Fraction | null; percent: Fraction },
  shown: string,
): GradeResult {
  return {
    template: design.id,
    totalExact: parts.totalExact ? toNumber(parts.totalExact) : null,
    total: parts.total ? toNumber(parts.total) : null,
    max: design.max,
    percent: toNumber(parts.percent),
    band: band?.key ?? null,
    grade: band?.grade ?? null,
    mark5: band?.mark5 ?? null,
    pass: band?.pass ?? null,
    certificate: band?.certificate ?? null,
    consequence: band?.consequence ?? null,
    warnings: bandWarnings(design, band, shown),
  };
}

/** Grades an exact total: rounded once half-up to the design's precision, then looked up. */
export function gradeTotal(design: Design, totalExact: Fraction): GradeResult {
  const total = roundHalfUp(totalExact, design.precision);
  const percent = mul(div(totalExact, fromNumber(design.max)), frac(100));
  const lookedUp = design.scale.basis === 'points' ? total : percent;
  const band = findBand(design, lookedUp);
  return fromBand(design, band, { totalExact, total, percent }, `the total ${toNumber(total)}`);
}

/** Grades an exact percent (tests): never rounded before the lookup. */
export function gradePercent(design: Design, percent: Fraction): GradeResult {
  const band = findBand(design, percent);
  return fromBand(design, band, { totalExact: null, total: null, percent }, `${toNumber(percent)} %`);
}
