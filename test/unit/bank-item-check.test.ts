import { describe, expect, it } from 'vitest';
import { checkItem, type ItemDraft } from '../../shared/domain/bank/item-check';
import { baseItem, type BankItem } from '../../shared/domain/bank/types';
import { frac } from '../../shared/domain/fraction';
import { draftOf, emptyForm, formOf } from '../../renderer/screens/banks/item-form';

const { id: _id, topic: _topic, ...base } = baseItem('Сұрақ?', ['М1']);
const opt = (text: string, num: number, den = 1) => ({ text, weight: frac(num, den), feedback: '' });
const codes = (d: ItemDraft) => checkItem(d).map((p) => `${p.code}@${p.field}`);

describe('checkItem: what keeps an edited question from being saved', () => {
  it('passes a question of every type that can be scored', () => {
    const good: ItemDraft[] = [
      { ...base, type: 'single', options: [opt('a', 1), opt('b', 0)], shuffle: true },
      { ...base, type: 'multiple', options: [opt('a', 1, 2), opt('b', 1, 2), opt('c', -1)], shuffle: true },
      { ...base, type: 'truefalse', answer: false, feedbackTrue: '', feedbackFalse: '' },
      { ...base, type: 'matching', pairs: [{ left: 'a', right: '1' }, { left: 'b', right: '2' }], distractors: ['3'], shuffle: true },
      { ...base, type: 'short', answers: [{ text: 'Астана', weight: frac(1), feedback: '' }], ignoreCase: true, ignoreSpaces: true },
      { ...base, type: 'numeric', answers: [{ value: '3.14', tolerance: '0.01', weight: frac(1), feedback: '' }] },
      { ...base, type: 'essay' },
    ];
    expect(good.map(codes)).toEqual(good.map(() => []));
  });

  it('names each problem and its field', () => {
    expect(codes({ ...base, text: ' ', points: 0, difficulty: 7, type: 'essay' })).toEqual(['text_required@text', 'points_range@points', 'difficulty_range@difficulty']);
    expect(codes({ ...base, type: 'single', options: [opt('', 1, 2)], shuffle: true })).toEqual(['too_few_options@options', 'option_text_required@options.0.text', 'no_full_credit@options']);
    expect(codes({ ...base, type: 'single', options: [opt('a', 2), opt('b', 0)], shuffle: true })).toEqual(['weight_range@options.0.weight', 'no_full_credit@options']);
    expect(codes({ ...base, type: 'multiple', options: [opt('a', 1, 2), opt('b', 3, 10)], shuffle: true })).toEqual(['weights_not_100@options']);
    expect(codes({ ...base, type: 'multiple', options: [opt('a', 0), opt('b', -1)], shuffle: true })).toEqual(['no_full_credit@options']);
    expect(codes({ ...base, type: 'matching', pairs: [{ left: 'a', right: '' }], distractors: [], shuffle: true })).toEqual(['too_few_pairs@pairs', 'pair_text_required@pairs.0.right']);
    expect(codes({ ...base, type: 'short', answers: [], ignoreCase: true, ignoreSpaces: true })).toEqual(['no_answers@answers']);
    expect(codes({ ...base, type: 'short', answers: [{ text: ' ', weight: frac(1, 2), feedback: '' }], ignoreCase: true, ignoreSpaces: true })).toEqual(['no_full_credit@answers', 'answer_text_required@answers.0.text']);
    expect(codes({ ...base, type: 'numeric', answers: [{ value: 'pi', tolerance: '-1', weight: frac(1), feedback: '' }] })).toEqual(['not_a_number@answers.0.value', 'bad_tolerance@answers.0.tolerance']);
  });
});

describe('the item editor’s form', () => {
  it('gives back the stored item unchanged when nothing was edited', () => {
    const items: BankItem[] = [
      { ...baseItem('Қай жауап дұрыс?', ['М1', 'Т1'], 'q1'), id: 'q1', type: 'multiple', options: [opt('a', 1, 3), opt('b', 2, 3), opt('c', -1)], shuffle: false, difficulty: 2, competencies: ['Құқық'], lang: 'kk' },
      { ...baseItem('Үшеуі дұрыс', ['М1'], 'q4'), id: 'q4', type: 'multiple', options: [opt('a', 1, 3), opt('b', 1, 3), opt('c', 1, 3), opt('d', -1)], shuffle: true },
      { ...baseItem('π?', ['М1'], null), id: 'q2', type: 'numeric', answers: [{ value: '3.14', tolerance: '0.005', weight: frac(1), feedback: '' }], points: 2 },
      { ...baseItem('Сәйкестендіріңіз', [], 'q3'), id: 'q3', type: 'matching', pairs: [{ left: 'a', right: '1' }, { left: 'b', right: '2' }], distractors: ['3'], shuffle: true },
    ];
    for (const item of items) {
      const { draft, problems } = draftOf(formOf({ ...item, hasKey: true }));
      const { id: _i, topic: _t, ...expected } = item;
      expect(problems).toEqual([]);
      expect(draft).toEqual(expected);
    }
  });

  it('reports a share that is not a percent, and an empty new question', () => {
    const form = { ...emptyForm('multiple', 'М1'), text: 'Сұрақ', rows: [{ text: 'a', weight: 'елу', tolerance: '0' }, { text: 'b', weight: '100', tolerance: '0' }] };
    expect(draftOf(form).problems).toEqual([{ code: 'not_a_share', field: 'options.0.weight' }]);
    const over = { ...form, rows: [{ text: 'a', weight: '150', tolerance: '0' }, { text: 'b', weight: '100', tolerance: '0' }] };
    expect(draftOf(over).problems).toEqual([{ code: 'weight_range', field: 'options.0.weight' }]);
    expect(draftOf(emptyForm('single', '')).problems.map((p) => p.code)).toEqual(['text_required', 'option_text_required', 'option_text_required', 'option_text_required']);
  });
});
