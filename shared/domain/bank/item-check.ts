import { add, compare, frac, type Fraction } from '../fraction';
import { parseExactDecimal } from './numbers';
import { assertNever, type BankItem } from './types';

/** Why an edited item cannot be saved; the editor shows each next to its field. */
export type ItemProblemCode =
  | 'text_required'
  | 'too_few_options'
  | 'option_text_required'
  | 'weight_range'
  | 'no_full_credit'
  | 'weights_not_100'
  | 'too_few_pairs'
  | 'pair_text_required'
  | 'no_answers'
  | 'answer_text_required'
  | 'not_a_number'
  | 'bad_tolerance'
  | 'points_range'
  | 'difficulty_range';

/** One problem of an item: its code and the field it is about (`options.2.text`, `answers.0.value` …). */
export type ItemProblem = { code: ItemProblemCode; field: string };

/** The item fields the check reads (an item being edited has no id or topic yet). */
export type ItemDraft = BankItem extends infer T ? (T extends BankItem ? Omit<T, 'id' | 'topic'> : never) : never;

const ZERO = frac(0);
const ONE = frac(1);
const MINUS_ONE = frac(-1);

function isBlank(text: string): boolean {
  return text.trim() === '';
}

function weightsOf(list: readonly { weight: Fraction }[], field: string, problems: ItemProblem[]): void {
  list.forEach((o, i) => {
    if (compare(o.weight, MINUS_ONE) < 0 || compare(o.weight, ONE) > 0) problems.push({ code: 'weight_range', field: `${field}.${i}.weight` });
  });
}

function checkChoices(item: Extract<ItemDraft, { type: 'single' | 'multiple' }>, problems: ItemProblem[]): void {
  if (item.options.length < 2) problems.push({ code: 'too_few_options', field: 'options' });
  item.options.forEach((o, i) => isBlank(o.text) && problems.push({ code: 'option_text_required', field: `options.${i}.text` }));
  weightsOf(item.options, 'options', problems);
  if (item.type === 'single') {
    if (!item.options.some((o) => compare(o.weight, ONE) === 0)) problems.push({ code: 'no_full_credit', field: 'options' });
    return;
  }
  const positive = item.options.filter((o) => compare(o.weight, ZERO) > 0);
  if (positive.length === 0) problems.push({ code: 'no_full_credit', field: 'options' });
  // As in Moodle: the right options' shares add up to exactly 100 %.
  else if (compare(positive.reduce((s, o) => add(s, o.weight), ZERO), ONE) !== 0) problems.push({ code: 'weights_not_100', field: 'options' });
}

function checkAnswers(item: Extract<ItemDraft, { type: 'short' | 'numeric' }>, problems: ItemProblem[]): void {
  if (item.answers.length === 0) problems.push({ code: 'no_answers', field: 'answers' });
  weightsOf(item.answers, 'answers', problems);
  if (item.answers.length > 0 && !item.answers.some((a) => compare(a.weight, ONE) === 0)) problems.push({ code: 'no_full_credit', field: 'answers' });
  if (item.type === 'short') {
    item.answers.forEach((a, i) => isBlank(a.text) && problems.push({ code: 'answer_text_required', field: `answers.${i}.text` }));
    return;
  }
  item.answers.forEach((a, i) => {
    if (parseExactDecimal(a.value) === null) problems.push({ code: 'not_a_number', field: `answers.${i}.value` });
    const tolerance = parseExactDecimal(a.tolerance);
    if (tolerance === null || tolerance.units < 0n) problems.push({ code: 'bad_tolerance', field: `answers.${i}.tolerance` });
  });
}

/**
 * What keeps an edited item from being saved: an empty text, too few options or pairs, no
 * answer with full credit, multiple-choice shares that do not add up to 100 % (as in Moodle),
 * weights outside −100 %…100 %, numbers that are not numbers. Empty when it can be saved.
 */
export function checkItem(item: ItemDraft): ItemProblem[] {
  const problems: ItemProblem[] = [];
  if (isBlank(item.text)) problems.push({ code: 'text_required', field: 'text' });
  if (!(item.points > 0 && item.points <= 1000)) problems.push({ code: 'points_range', field: 'points' });
  if (item.difficulty !== null && !(Number.isInteger(item.difficulty) && item.difficulty >= 1 && item.difficulty <= 5)) {
    problems.push({ code: 'difficulty_range', field: 'difficulty' });
  }
  switch (item.type) {
    case 'single':
    case 'multiple':
      checkChoices(item, problems);
      break;
    case 'matching':
      if (item.pairs.length < 2) problems.push({ code: 'too_few_pairs', field: 'pairs' });
      item.pairs.forEach((p, i) => {
        if (isBlank(p.left)) problems.push({ code: 'pair_text_required', field: `pairs.${i}.left` });
        if (isBlank(p.right)) problems.push({ code: 'pair_text_required', field: `pairs.${i}.right` });
      });
      break;
    case 'short':
    case 'numeric':
      checkAnswers(item, problems);
      break;
    case 'truefalse':
    case 'essay':
      break;
    default:
      assertNever(item);
  }
  return problems;
}
