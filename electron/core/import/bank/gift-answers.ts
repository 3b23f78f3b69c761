import { frac, type Fraction } from '../../../../shared/domain/fraction';
import { formatDecimal, parseExactDecimal, rangeToTolerance, weightFromPercent } from '../../../../shared/domain/bank/numbers';
import type { ChoiceOption, EssayItem, MatchingItem, MultipleItem, NumericAnswer, NumericItem, ShortItem, SingleItem, TrueFalseItem } from '../../../../shared/domain/bank/types';
import { checkChoices } from './choices';
import { ItemError } from './item-error';
import { findUnescaped, splitUnescaped, unescapeGift } from './gift-lex';

type Only<T, K extends keyof T> = Pick<T, K>;

/** The type-specific part of a GIFT question, read from its `{…}` block. */
export type GiftBody =
  | Only<EssayItem, 'type'>
  | Only<SingleItem, 'type' | 'options'>
  | Only<MultipleItem, 'type' | 'options'>
  | Only<TrueFalseItem, 'type' | 'answer' | 'feedbackTrue' | 'feedbackFalse'>
  | Only<MatchingItem, 'type' | 'pairs' | 'distractors'>
  | Only<ShortItem, 'type' | 'answers'>
  | Only<NumericItem, 'type' | 'answers'>;

type Answer = { mark: string; weight: Fraction | null; text: string; feedback: string };

function readAnswer(mark: string, body: string): Answer {
  let rest = body.trim();
  let weight: Fraction | null = null;
  const w = /^%([^%]*)%/u.exec(rest);
  if (w) {
    weight = weightFromPercent(w[1]!);
    if (!weight) throw new ItemError(`weight %${w[1]}% is not a percent between -100 and 100`);
    rest = rest.slice(w[0].length);
  }
  const hash = findUnescaped(rest, '#');
  const text = hash < 0 ? rest : rest.slice(0, hash);
  const feedback = hash < 0 ? '' : rest.slice(hash + 1);
  return { mark, weight, text: text.trim(), feedback: unescapeGift(feedback.trim()) };
}

function numericAnswer(spec: string, weight: Fraction, feedback: string): NumericAnswer {
  const range = /^(.+?)\.\.(.+)$/u.exec(spec);
  if (range) {
    const a = parseExactDecimal(range[1]!);
    const b = parseExactDecimal(range[2]!);
    if (!a || !b) throw new ItemError(`"${spec}" is not a numeric range min..max`);
    const { value, tolerance } = rangeToTolerance(a, b);
    return { value: formatDecimal(value), tolerance: formatDecimal(tolerance), weight, feedback };
  }
  const [v, t = '0', extra] = spec.split(':');
  const value = parseExactDecimal(v ?? '');
  const tolerance = parseExactDecimal(t);
  if (extra !== undefined || !value || !tolerance || tolerance.units < 0n) throw new ItemError(`"${spec}" is not a number with an optional :tolerance`);
  return { value: formatDecimal(value), tolerance: formatDecimal(tolerance), weight, feedback };
}

function numeric(body: string): GiftBody {
  if (findUnescaped(body, '=') < 0) {
    const a = readAnswer('=', body);
    return { type: 'numeric', answers: [numericAnswer(a.text, frac(1), a.feedback)] };
  }
  const parts = splitUnescaped(body, '=');
  if (parts[0]!.body.trim() !== '') throw new ItemError(`unexpected "${parts[0]!.body.trim()}" before the first =`);
  const answers = parts.slice(1).map((p) => {
    const a = readAnswer('=', p.body);
    return numericAnswer(a.text, a.weight ?? frac(1), a.feedback);
  });
  return { type: 'numeric', answers };
}

function trueFalse(body: string): GiftBody | null {
  const [head = '', ...feedbacks] = splitUnescaped(body, '#').map((p) => p.body);
  const key = head.trim().toUpperCase();
  if (!['T', 'TRUE', 'F', 'FALSE'].includes(key)) return null;
  if (feedbacks.length > 2) throw new ItemError('a true/false answer takes at most two #feedbacks');
  const answer = key.startsWith('T');
  // GIFT: the first feedback is shown for a wrong answer, the second for a right one.
  const [wrong = '', right = ''] = feedbacks.map((f) => unescapeGift(f.trim()));
  return { type: 'truefalse', answer, feedbackTrue: answer ? right : wrong, feedbackFalse: answer ? wrong : right };
}

function matching(answers: Answer[]): GiftBody {
  const pairs: { left: string; right: string }[] = [];
  const distractors: string[] = [];
  for (const a of answers) {
    const arrow = a.text.indexOf('->');
    if (a.mark !== '=' || arrow < 0) throw new ItemError('every answer of a matching question is "=left -> right"');
    const left = unescapeGift(a.text.slice(0, arrow).trim());
    const right = unescapeGift(a.text.slice(arrow + 2).trim());
    if (right === '') throw new ItemError(`"${left}" has nothing to match`);
    if (left === '') distractors.push(right);
    else pairs.push({ left, right });
  }
  if (pairs.length < 2) throw new ItemError(`a matching question needs at least 2 pairs, found ${pairs.length}`);
  return { type: 'matching', pairs, distractors };
}

/** Reads the inside of a GIFT answer block; returns the body and the general feedback (`####`). */
export function parseGiftAnswers(inner: string): { body: GiftBody; feedback: string } {
  const general = findUnescaped(inner, '####');
  const feedback = general < 0 ? '' : unescapeGift(inner.slice(general + 4).trim());
  const block = (general < 0 ? inner : inner.slice(0, general)).trim();
  if (block === '') return { body: { type: 'essay' }, feedback };
  if (block.startsWith('#')) return { body: numeric(block.slice(1)), feedback };
  const tf = trueFalse(block);
  if (tf) return { body: tf, feedback };
  const parts = splitUnescaped(block, '=~');
  if (parts[0]!.body.trim() !== '') throw new ItemError(`"${parts[0]!.body.trim()}" is not an answer: answers start with = or ~`);
  const answers = parts.slice(1).map((p) => readAnswer(p.mark, p.body));
  if (answers.some((a) => a.mark === '=' && a.text.includes('->'))) return { body: matching(answers), feedback };
  if (answers.some((a) => a.mark === '~')) {
    const type = answers.some((a) => a.mark === '=') ? 'single' : 'multiple';
    const options: ChoiceOption[] = answers.map((a) => ({
      text: unescapeGift(a.text),
      weight: a.weight ?? frac(a.mark === '=' ? 1 : 0),
      feedback: a.feedback,
    }));
    checkChoices(type, options);
    return { body: { type, options }, feedback };
  }
  return { body: { type: 'short', answers: answers.map((a) => ({ text: unescapeGift(a.text), weight: a.weight ?? frac(1), feedback: a.feedback })) }, feedback };
}
