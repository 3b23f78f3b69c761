import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { aggregateSheets, type AggregateResult } from '../../../shared/domain/aggregate';
import { AppError } from '../../../shared/domain/errors';
import { fromNumber, type Fraction } from '../../../shared/domain/fraction';
import { gradePercent, gradeTotal, type GradeResult } from '../../../shared/domain/grade';
import { checkSheet, sheetTotal } from '../../../shared/domain/sheet';
import { getTemplate } from './templates';

function exact(values: readonly number[], field: string): Fraction[] {
  return values.map((v, i) => {
    try {
      return fromNumber(v);
    } catch {
      throw new AppError('bad_input', `${field}[${i + 1}] = ${v} is not a number with at most 6 decimals`, `${field}[${i + 1}]`);
    }
  });
}

/** Grades one sheet of scores, or a percent on a percent scale. */
export function grade(db: Database.Database, input: ParsedInput<'grade:compute'>): GradeResult {
  const design = getTemplate(db, input.template);
  if ((input.scores === undefined) === (input.percent === undefined)) {
    throw new AppError('bad_input', 'give either scores or a percent', 'scores');
  }
  if (input.percent !== undefined) {
    if (design.scale.basis !== 'percent') {
      throw new AppError('bad_input', `${design.id} grades points: give --scores, one per criterion`, 'percent');
    }
    const percent = exact([input.percent], 'percent')[0]!;
    if (percent.num < 0 || percent.num > 100 * percent.den) {
      throw new AppError('out_of_range', `percent = ${input.percent} is outside 0–100`, 'percent');
    }
    return gradePercent(design, percent);
  }
  const values = checkSheet(design, exact(input.scores ?? [], 'scores'));
  return gradeTotal(design, sheetTotal(values));
}

/** Aggregates members' sheets under a rule (the design's own by default). */
export function aggregate(db: Database.Database, input: ParsedInput<'aggregate:compute'>): AggregateResult {
  const design = getTemplate(db, input.template);
  const sheets = input.sheets.map((s, k) => exact(s, `sheets[${k + 1}]`));
  return aggregateSheets(design, sheets, input.rule ?? design.aggregation.rule);
}
