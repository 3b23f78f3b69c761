import { describe, expect, it } from 'vitest';
import { frac } from '../../shared/domain/fraction';
import { hasKey, scoreResponse, shortAnswerMatches, type ItemScore } from '../../shared/domain/bank/scoring';
import { weightFromPercent, weightToPercent, parseExactDecimal, formatDecimal, withinTolerance, rangeToTolerance } from '../../shared/domain/bank/numbers';
import { baseItem, type BankItem } from '../../shared/domain/bank/types';
import { isAppError } from '../../shared/domain/errors';
import { opt, single } from '../fixtures/banks/items';

const base = baseItem('?', [], 'q');
const auto = (num: number, den = 1): ItemScore => ({ kind: 'auto', credit: frac(num, den) });
const multiple: BankItem = { ...base, type: 'multiple', shuffle: true, options: [opt('A', 1, 3), opt('B', 1, 3), opt('C', 1, 3), opt('D', -1)] };

describe('scoring one response (exact, 0 … 1)', () => {
  it('single: the chosen option weight, never below 0; nothing chosen is 0', () => {
    const item = single('s');
    expect(scoreResponse(item, { type: 'single', choice: 0 })).toEqual(auto(1));
    expect(scoreResponse(item, { type: 'single', choice: 1 })).toEqual(auto(0));
    expect(scoreResponse(item, { type: 'single', choice: 2 })).toEqual(auto(1, 2));
    expect(scoreResponse(item, { type: 'single', choice: 3 })).toEqual(auto(0));
    expect(scoreResponse(item, { type: 'single', choice: null })).toEqual(auto(0));
  });

  it('multiple, all-or-nothing by default: exactly the right set or nothing', () => {
    expect(scoreResponse(multiple, { type: 'multiple', choices: [0, 1, 2] })).toEqual(auto(1));
    expect(scoreResponse(multiple, { type: 'multiple', choices: [2, 1, 0, 0] })).toEqual(auto(1));
    expect(scoreResponse(multiple, { type: 'multiple', choices: [0, 1] })).toEqual(auto(0));
    expect(scoreResponse(multiple, { type: 'multiple', choices: [0, 1, 2, 3] })).toEqual(auto(0));
  });

  it('multiple with partial credit: Σ chosen weights, exact thirds, clamped to 0 … 1', () => {
    const partial = { partialCredit: true };
    expect(scoreResponse(multiple, { type: 'multiple', choices: [0, 1] }, partial)).toEqual(auto(2, 3));
    expect(scoreResponse(multiple, { type: 'multiple', choices: [0, 1, 2] }, partial)).toEqual(auto(1));
    expect(scoreResponse(multiple, { type: 'multiple', choices: [0, 3] }, partial)).toEqual(auto(0));
    expect(scoreResponse(multiple, { type: 'multiple', choices: [] }, partial)).toEqual(auto(0));
  });

  it('truefalse, matching (all-or-nothing, or right pairs ÷ pairs)', () => {
    const tf: BankItem = { ...base, type: 'truefalse', answer: false, feedbackTrue: '', feedbackFalse: '' };
    expect(scoreResponse(tf, { type: 'truefalse', answer: false })).toEqual(auto(1));
    expect(scoreResponse(tf, { type: 'truefalse', answer: true })).toEqual(auto(0));
    expect(scoreResponse(tf, { type: 'truefalse', answer: null })).toEqual(auto(0));
    const m: BankItem = { ...base, type: 'matching', shuffle: true, distractors: ['x'], pairs: [{ left: 'Ә', right: 'ә' }, { left: 'Ғ', right: 'ғ' }, { left: 'Қ', right: 'қ' }] };
    expect(scoreResponse(m, { type: 'matching', rights: ['ә', 'ғ', 'қ'] })).toEqual(auto(1));
    expect(scoreResponse(m, { type: 'matching', rights: ['ә', 'x', 'қ'] })).toEqual(auto(0));
    expect(scoreResponse(m, { type: 'matching', rights: ['ә', 'x', 'қ'] }, { partialCredit: true })).toEqual(auto(2, 3));
    expect(scoreResponse(m, { type: 'matching', rights: [null] }, { partialCredit: true })).toEqual(auto(0));
  });

  it('short answer: case- and space-insensitive unless the item says otherwise; * is a wildcard', () => {
    const item: BankItem = { ...base, type: 'short', ignoreCase: true, ignoreSpaces: true, answers: [{ text: 'Қысқа мерзімді жоспар', weight: frac(1), feedback: '' }, { text: 'ҚМЖ*', weight: frac(1, 2), feedback: '' }] };
    expect(scoreResponse(item, { type: 'short', text: '  қысқа   МЕРЗІМДІ жоспар ' })).toEqual(auto(1));
    expect(scoreResponse(item, { type: 'short', text: 'қмж жоспары' })).toEqual(auto(1, 2));
    expect(scoreResponse(item, { type: 'short', text: 'ұзақ' })).toEqual(auto(0));
    const strict: BankItem = { ...item, ignoreCase: false, ignoreSpaces: false };
    expect(scoreResponse(strict, { type: 'short', text: 'қысқа мерзімді жоспар' })).toEqual(auto(0));
    expect(scoreResponse(strict, { type: 'short', text: 'Қысқа  мерзімді жоспар' })).toEqual(auto(0));
    expect(shortAnswerMatches('a*b', 'a\\*b', { ignoreCase: true, ignoreSpaces: true })).toBe(true);
    expect(shortAnswerMatches('axb', 'a\\*b', { ignoreCase: true, ignoreSpaces: true })).toBe(false);
    expect(shortAnswerMatches('1+1 (2)', '1+1 (2)', { ignoreCase: true, ignoreSpaces: true })).toBe(true);
  });

  it('numeric: exact tolerance (no float drift at the edge), best matching answer, comma decimals', () => {
    const item: BankItem = { ...base, type: 'numeric', answers: [{ value: '3.14', tolerance: '0.005', weight: frac(1), feedback: '' }, { value: '3.1', tolerance: '0.05', weight: frac(1, 2), feedback: '' }] };
    expect(scoreResponse(item, { type: 'numeric', text: '3.145' })).toEqual(auto(1));
    expect(scoreResponse(item, { type: 'numeric', text: '3,135' })).toEqual(auto(1));
    expect(scoreResponse(item, { type: 'numeric', text: '3.1451' })).toEqual(auto(1, 2));
    expect(scoreResponse(item, { type: 'numeric', text: '3.2' })).toEqual(auto(0));
    expect(scoreResponse(item, { type: 'numeric', text: 'пи' })).toEqual(auto(0));
    const tenth: BankItem = { ...base, type: 'numeric', answers: [{ value: '0.3', tolerance: '0', weight: frac(1), feedback: '' }] };
    expect(scoreResponse(tenth, { type: 'numeric', text: '0.30' })).toEqual(auto(1));
  });

  it('essay is scored by hand; a response of another type, or a missing option, is bad input', () => {
    const essay: BankItem = { ...base, type: 'essay' };
    expect(scoreResponse(essay, { type: 'essay', text: 'мәтін' })).toEqual({ kind: 'manual' });
    const thrown = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return null;
    };
    const e1 = thrown(() => scoreResponse(essay, { type: 'single', choice: 0 }));
    expect(isAppError(e1) && e1.code).toBe('bad_input');
    const e2 = thrown(() => scoreResponse(single('s'), { type: 'single', choice: 9 }));
    expect(isAppError(e2) && e2.code).toBe('bad_input');
  });

  it('hasKey: an answer giving full credit exists', () => {
    expect(hasKey(single('s'))).toBe(true);
    expect(hasKey(single('s', [], [opt('a', 1, 2), opt('b', 0)]))).toBe(false);
    expect(hasKey(multiple)).toBe(true);
    expect(hasKey({ ...base, type: 'essay' })).toBe(false);
    expect(hasKey({ ...base, type: 'short', answers: [], ignoreCase: true, ignoreSpaces: true })).toBe(false);
  });
});

describe('exact numbers of banks', () => {
  it('reads Moodle percents, snapping its 5-decimal thirds and sixths to exact fractions', () => {
    expect(weightFromPercent('100')).toEqual(frac(1));
    expect(weightFromPercent('33.33333')).toEqual(frac(1, 3));
    expect(weightFromPercent('-33.33333')).toEqual(frac(-1, 3));
    expect(weightFromPercent('16.66667')).toEqual(frac(1, 6));
    expect(weightFromPercent('14.28571')).toEqual(frac(1, 7));
    expect(weightFromPercent('0.1')).toEqual(frac(1, 1000));
    expect(weightFromPercent('101')).toBeNull();
    expect(weightFromPercent('abc')).toBeNull();
    expect(weightToPercent(frac(1, 3))).toBe('33.33333');
    expect(weightToPercent(frac(-1, 2))).toBe('-50');
    expect(weightToPercent(frac(1))).toBe('100');
  });

  it('parses and prints decimals exactly, ranges become value ± tolerance', () => {
    expect(formatDecimal(parseExactDecimal('3.14159265358979')!)).toBe('3.14159265358979');
    expect(formatDecimal(parseExactDecimal('-0,50')!)).toBe('-0.5');
    expect(formatDecimal(parseExactDecimal('1e3')!)).toBe('1000');
    expect(formatDecimal(parseExactDecimal('25e-3')!)).toBe('0.025');
    expect(parseExactDecimal('1.2.3')).toBeNull();
    expect(parseExactDecimal('.')).toBeNull();
    const r = rangeToTolerance(parseExactDecimal('1')!, parseExactDecimal('4')!);
    expect([formatDecimal(r.value), formatDecimal(r.tolerance)]).toEqual(['2.5', '1.5']);
    expect(withinTolerance(parseExactDecimal('0.3')!, parseExactDecimal('0.1')!, parseExactDecimal('0.2')!)).toBe(true);
    expect(withinTolerance(parseExactDecimal('0.30000001')!, parseExactDecimal('0.1')!, parseExactDecimal('0.2')!)).toBe(false);
  });
});
