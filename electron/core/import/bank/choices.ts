import type { ChoiceOption } from '../../../../shared/domain/bank/types';
import { compare, frac, sum, toNumber } from '../../../../shared/domain/fraction';
import { ItemError } from './item-error';

/** Single or multiple choice by the weights: checks what Moodle itself refuses. */
export function checkChoices(type: 'single' | 'multiple', options: readonly ChoiceOption[]): void {
  if (options.length < 2) throw new ItemError(`a ${type}-choice question needs at least 2 options, found ${options.length}`);
  if (type === 'multiple') {
    const positive = sum(options.filter((o) => o.weight.num > 0).map((o) => o.weight));
    if (positive.num !== 0 && compare(positive, frac(1)) !== 0) {
      throw new ItemError(`the positive weights add up to ${Math.round(toNumber(positive) * 100000) / 1000} %, not 100 %`);
    }
  }
}

/**
 * Weights for a choice question given only which options are right (Aiken, the xlsx template):
 * single: the right one 1, others 0; multiple: each right one 1/c, each wrong one −1/(n−c), so
 * under partial credit choosing everything earns 0.
 */
export function weightsFromKey(texts: readonly string[], right: ReadonlySet<number>): { type: 'single' | 'multiple'; options: ChoiceOption[] } {
  const n = texts.length;
  const c = right.size;
  const type = c === 1 ? 'single' : 'multiple';
  const options = texts.map((text, i) => ({
    text,
    weight: right.has(i) ? frac(1, type === 'single' ? 1 : c) : type === 'single' || c === 0 ? frac(0) : frac(-1, n - c),
    feedback: '',
  }));
  return { type, options };
}
