import type { Criterion, Design } from '../schemas/design-schema';
import { AppError } from './errors';
import { compare, frac, fromNumber, isMultipleOf, sum, toNumber, type Fraction } from './fraction';

/** Which values a member may give on a criterion, as a short human text. */
export function allowedValues(criterion: Criterion): string {
  return criterion.scale.kind === 'levels'
    ? criterion.scale.levels.map((l) => l.value).join('/')
    : `0–${criterion.max} in steps of ${criterion.scale.step}`;
}

/** Checks one member's score for one criterion; throws an AppError naming the field. */
export function checkScore(criterion: Criterion, index: number, value: Fraction, field = 'scores'): Fraction {
  const where = `${field}[${index + 1}] (${criterion.title.en})`;
  if (value.num < 0) {
    throw new AppError('out_of_range', `${where} = ${toNumber(value)} is negative; allowed ${allowedValues(criterion)}`, `${field}[${index + 1}]`);
  }
  if (compare(value, fromNumber(criterion.max)) > 0) {
    throw new AppError('out_of_range', `${where} = ${toNumber(value)} is above the maximum ${criterion.max}`, `${field}[${index + 1}]`);
  }
  const scale = criterion.scale;
  const isAllowed =
    scale.kind === 'levels'
      ? scale.levels.some((l) => compare(fromNumber(l.value), value) === 0)
      : isMultipleOf(value, fromNumber(scale.step));
  if (!isAllowed) {
    throw new AppError('not_a_step', `${where} = ${toNumber(value)} is not allowed; allowed ${allowedValues(criterion)}`, `${field}[${index + 1}]`);
  }
  return value;
}

/** Checks a whole sheet (one value per criterion) and returns the exact values. */
export function checkSheet(design: Design, values: readonly Fraction[], field = 'scores'): Fraction[] {
  if (design.criteria.length === 0) {
    throw new AppError('bad_input', `${design.id} has no criteria to score: grade it by percent`, field);
  }
  if (values.length !== design.criteria.length) {
    throw new AppError(
      'wrong_count',
      `${field} has ${values.length} values; ${design.id} has ${design.criteria.length} criteria`,
      field,
    );
  }
  return values.map((v, i) => checkScore(design.criteria[i]!, i, v, field));
}

/** The exact total of one checked sheet. */
export function sheetTotal(values: readonly Fraction[]): Fraction {
  return sum(values);
}

/** Subtotals per checklist group, in the design's group order. */
export function groupSubtotals(design: Design, values: readonly Fraction[]): { group: string; points: number; max: number }[] {
  return design.groups.map((g) => {
    const idx = design.criteria.flatMap((c, i) => (c.group === g.id ? [i] : []));
    return {
      group: g.id,
      points: toNumber(sum(idx.map((i) => values[i] ?? frac(0)))),
      max: idx.reduce((m, i) => m + design.criteria[i]!.max, 0),
    };
  });
}
