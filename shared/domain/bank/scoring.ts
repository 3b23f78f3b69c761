import { AppError } from '../errors';
import { add, compare, frac, type Fraction } from '../fraction';
import { parseExactDecimal, withinTolerance } from './numbers';
import { assertNever, type BankItem, type ChoiceOption, type MatchingItem, type ShortItem } from './types';

/** One examinee's answer to one item; option indexes refer to the item's stored order. */
export type ItemResponse =
  | { type: 'single'; choice: number | null }
  | { type: 'multiple'; choices: readonly number[] }
  | { type: 'truefalse'; answer: boolean | null }
  | { type: 'matching'; rights: readonly (string | null)[] }
  | { type: 'short'; text: string }
  | { type: 'numeric'; text: string }
  | { type: 'essay'; text: string };

/** How a test scores: all-or-nothing (the default) or partial credit for multiple and matching. */
export type ScoringSettings = { partialCredit: boolean };

/** The share of the item's points earned (0…1, exact), or "a person scores this" for essays. */
export type ItemScore = { kind: 'auto'; credit: Fraction } | { kind: 'manual' };

const ZERO = frac(0);
const ONE = frac(1);

function clamp01(x: Fraction): Fraction {
  if (compare(x, ZERO) < 0) return ZERO;
  return compare(x, ONE) > 0 ? ONE : x;
}

function best(weights: readonly Fraction[]): Fraction {
  return clamp01(weights.reduce((m, w) => (compare(w, m) > 0 ? w : m), ZERO));
}

function checkIndex(options: readonly ChoiceOption[], i: number): void {
  if (!Number.isInteger(i) || i < 0 || i >= options.length) {
    throw new AppError('bad_input', `option ${i} does not exist (the item has ${options.length})`, 'choice');
  }
}

/** Normalises a typed answer: NFC, spaces trimmed and collapsed, case folded, as the item allows. */
export function normaliseAnswer(text: string, item: Pick<ShortItem, 'ignoreCase' | 'ignoreSpaces'>): string {
  let t = text.normalize('NFC');
  if (item.ignoreSpaces) t = t.trim().replace(/\s+/gu, ' ');
  return item.ignoreCase ? t.toLowerCase() : t;
}

/** True when a typed answer matches an accepted one (`*` matches any run of characters). */
export function shortAnswerMatches(response: string, accepted: string, item: Pick<ShortItem, 'ignoreCase' | 'ignoreSpaces'>): boolean {
  const pattern = normaliseAnswer(accepted, item)
    .split(/(\\\*|\*)/u)
    .map((part) => (part === '*' ? '.*' : (part === '\\*' ? '*' : part).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}$`, 'su').test(normaliseAnswer(response, item));
}

function scoreMatching(item: MatchingItem, rights: readonly (string | null)[], partial: boolean): Fraction {
  const right = item.pairs.filter((p, i) => rights[i] === p.right).length;
  if (item.pairs.length === 0) return ZERO;
  if (partial) return frac(right, item.pairs.length);
  return right === item.pairs.length ? ONE : ZERO;
}

/**
 * Scores one response, exactly and never below 0 or above 1:
 * - single: the chosen option's weight (negative weights count as 0); nothing chosen → 0;
 * - multiple, all-or-nothing: 1 when the chosen set is exactly the options of positive weight;
 *   partial credit: Σ weights of the chosen options, clamped to 0…1 (Moodle's rule; a wrong
 *   choice's negative weight cancels a right one);
 * - truefalse: 1 when right; matching: all pairs right → 1 (partial: right pairs ÷ pairs);
 * - short and numeric: the best weight among the accepted answers that match;
 * - essay: scored by hand.
 */
export function scoreResponse(item: BankItem, response: ItemResponse, settings: ScoringSettings = { partialCredit: false }): ItemScore {
  const auto = (credit: Fraction): ItemScore => ({ kind: 'auto', credit });
  if (item.type === 'single' && response.type === 'single') {
    if (response.choice === null) return auto(ZERO);
    checkIndex(item.options, response.choice);
    return auto(clamp01(item.options[response.choice]!.weight));
  }
  if (item.type === 'multiple' && response.type === 'multiple') {
    const chosen = new Set(response.choices);
    chosen.forEach((i) => checkIndex(item.options, i));
    if (settings.partialCredit) return auto(clamp01([...chosen].reduce((s, i) => add(s, item.options[i]!.weight), ZERO)));
    return auto(item.options.every((o, i) => chosen.has(i) === compare(o.weight, ZERO) > 0) ? ONE : ZERO);
  }
  if (item.type === 'truefalse' && response.type === 'truefalse') return auto(response.answer === item.answer ? ONE : ZERO);
  if (item.type === 'matching' && response.type === 'matching') return auto(scoreMatching(item, response.rights, settings.partialCredit));
  if (item.type === 'short' && response.type === 'short') {
    return auto(best(item.answers.filter((a) => shortAnswerMatches(response.text, a.text, item)).map((a) => a.weight)));
  }
  if (item.type === 'numeric' && response.type === 'numeric') {
    const x = parseExactDecimal(response.text);
    if (!x) return auto(ZERO);
    return auto(best(item.answers.filter((a) => withinTolerance(x, parseExactDecimal(a.value)!, parseExactDecimal(a.tolerance)!)).map((a) => a.weight)));
  }
  if (item.type === 'essay' && response.type === 'essay') return { kind: 'manual' };
  throw new AppError('bad_input', `a ${response.type} response cannot answer the ${item.type} item ${item.id}`, 'type');
}

/** True when the item can give full credit automatically (essays: false, they have no key). */
export function hasKey(item: BankItem): boolean {
  const full = (w: Fraction): boolean => compare(w, ONE) === 0;
  switch (item.type) {
    case 'single':
      return item.options.some((o) => full(o.weight));
    case 'multiple':
      return item.options.some((o) => compare(o.weight, ZERO) > 0);
    case 'truefalse':
      return true;
    case 'matching':
      return item.pairs.length > 0;
    case 'short':
    case 'numeric':
      return item.answers.some((a) => full(a.weight));
    case 'essay':
      return false;
    default:
      return assertNever(item);
  }
}
