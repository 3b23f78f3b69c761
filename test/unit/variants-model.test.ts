import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../shared/documents/check';
import { optionLetter, printableText } from '../../shared/documents/variants/item-text';
import { VARIANT_LABELS } from '../../shared/documents/variants/labels';
import { keyDocument } from '../../shared/documents/variants/print-documents';
import { checkCode, printedVariant, type VariantToPrint } from '../../shared/documents/variants/printed-variant';
import { baseItem, type BankItem } from '../../shared/domain/bank/types';
import { frac } from '../../shared/domain/fraction';
import { opt } from '../fixtures/banks/items';
import { rightsOrder, shownRights } from '../../shared/domain/bank/matching';

const base = (id: string, text: string, points = 1) => ({ ...baseItem(text, ['Т'], id), id, points });
const ITEMS: BankItem[] = [
  { ...base('single', 'Астана?'), type: 'single', shuffle: true, options: [opt('Астана', 1), opt('Алматы', 0), opt('Ақтөбе', 1, 2), opt('Атырау', -1)] },
  { ...base('multiple', 'Өзендер?'), type: 'multiple', shuffle: true, options: [opt('Ертіс', 1, 2), opt('Нева', -1), opt('Жайық', 1, 2)] },
  { ...base('tf', 'Жер жалпақ.'), type: 'truefalse', answer: false, feedbackTrue: '', feedbackFalse: '' },
  { ...base('match', 'Сәйкестендіріңіз.'), type: 'matching', shuffle: true, distractors: ['Нева', 'Есіл'], pairs: [{ left: 'Астана', right: 'Есіл' }, { left: 'Өскемен', right: 'Ертіс' }] },
  { ...base('short', 'Ақын?'), type: 'short', ignoreCase: true, ignoreSpaces: true, answers: [{ text: 'Абай', weight: frac(1), feedback: '' }, { text: 'Ибраһим', weight: frac(1, 2), feedback: '' }, { text: 'Абай Құнанбайұлы', weight: frac(1), feedback: '' }] },
  { ...base('numeric', 'π?', 0.2), type: 'numeric', answers: [{ value: '3.14', tolerance: '0.01', weight: frac(1), feedback: '' }, { value: '3', tolerance: '0', weight: frac(1, 2), feedback: '' }] },
  { ...base('essay', '<p>Мектеп&nbsp;туралы<br/>жазыңыз &#1241;</p>', 0.1), format: 'html', type: 'essay' },
];
const byId = new Map(ITEMS.map((i) => [i.id, i]));
const en = VARIANT_LABELS.en;

const variant: VariantToPrint = {
  examinee: 7,
  seed: 'abc',
  name: null,
  items: [
    { id: 'single', optionOrder: [2, 0, 1, 3] },
    { id: 'multiple', optionOrder: [1, 2, 0] },
    { id: 'tf', optionOrder: null },
    // rights as stored: Есіл, Ертіс, Нева, Есіл (a distractor repeating a right prints once)
    { id: 'match', optionOrder: [2, 1, 3, 0] },
    { id: 'short', optionOrder: null },
    { id: 'numeric', optionOrder: null },
    { id: 'essay', optionOrder: null },
  ],
};

describe('a printed variant', () => {
  const v = printedVariant(variant, byId, 'en', en);

  it('letters the options in the variant\'s order and gives the key in the same letters', () => {
    expect(v.questions[0]).toMatchObject({ kind: 'choice', isMultiple: false, options: [{ letter: 'A', text: 'Ақтөбе' }, { letter: 'B', text: 'Астана' }, { letter: 'C', text: 'Алматы' }, { letter: 'D', text: 'Атырау' }] });
    expect(v.key.map((k) => k.answer)).toEqual([
      'B, A (50 %)',
      'B, C',
      'B (False)',
      '1–C, 2–B',
      'Абай or Абай Құнанбайұлы',
      '3.14 ± 0.01',
      '— (scored by the commission)',
    ]);
    expect(v.questions[3]).toMatchObject({ kind: 'matching', lefts: [{ letter: '1', text: 'Астана' }, { letter: '2', text: 'Өскемен' }], rights: [{ letter: 'A', text: 'Нева' }, { letter: 'B', text: 'Ертіс' }, { letter: 'C', text: 'Есіл' }] });
  });

  it('never prints a matching item\'s answers in stored order (that would give the key away): it prints what the exam shows', () => {
    const unshuffled = { ...variant, items: [{ id: 'match', optionOrder: null }] };
    const item = byId.get('match');
    if (item?.type !== 'matching') throw new Error('the fixture has a matching item');
    for (const seed of ['abc', 'басқа', 'x1']) {
      const printed = printedVariant({ ...unshuffled, seed }, byId, 'en', en).questions[0];
      const onScreen = shownRights(item, rightsOrder(item, seed, null));
      expect(printed).toMatchObject({ kind: 'matching', rights: onScreen.map((text, i) => ({ letter: String.fromCharCode(65 + i), text })) });
    }
    const orders = ['abc', 'басқа', 'x1', 'y2'].map((seed) => rightsOrder(item, seed, null).join(','));
    expect(orders.some((o) => o !== '0,1,2,3')).toBe(true);
  });

  it('gives the answer sheet a row per question, per left-hand item of a matching one', () => {
    expect(v.sheet.map((r) => [r.label, r.mark.kind === 'circles' ? r.mark.letters.join('') : r.mark.kind])).toEqual([
      ['1', 'ABCD'], ['2', 'ABC'], ['3', 'AB'], ['4.1', 'ABC'], ['4.2', 'ABC'], ['5', 'box'], ['6', 'box'], ['7', 'booklet'],
    ]);
  });

  it('sums points exactly, prints HTML as plain text, and makes a check code of the seed, number and items', () => {
    expect(v.maxPoints).toBe('5.3');
    expect(v.key.map((k) => k.points)).toEqual(['1', '1', '1', '1', '1', '0.2', '0.1']);
    expect(v.questions[6]!.text).toBe('Мектеп\u00a0туралы\nжазыңыз ә');
    expect(v.checkCode).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(checkCode({ ...variant, seed: 'abd' })).not.toBe(v.checkCode);
    expect(checkCode({ ...variant, examinee: 8 })).not.toBe(v.checkCode);
    expect(checkCode({ ...variant, items: variant.items.slice(1) })).not.toBe(v.checkCode);
    expect(printedVariant(variant, byId, 'kk', VARIANT_LABELS.kk).maxPoints).toBe('5,3');
  });

  it('makes a key document the renderers accept', () => {
    const meta = { lang: 'en' as const, titleLines: ['Programme', 'Final test'], seed: 's', heldOn: '2026-11-26', createdAt: '2026-11-26T09:00:00Z' };
    const doc = keyDocument(meta, v, en);
    expect(checkDocument(doc)).toEqual([]);
    expect(doc.header.titleLines).toEqual(['Programme', 'Final test', 'Answer key']);
    expect(doc.footer).toMatchObject({ hashLabel: 'Check code', hashShort: v.checkCode });
  });

  it('refuses an item that is not in the bank', () => {
    expect(() => printedVariant({ ...variant, items: [{ id: 'gone', optionOrder: null }] }, byId, 'en', en)).toThrow(/gone/);
  });
});

describe('printing helpers', () => {
  it('letters options A…Z, then A1 …', () => {
    expect([0, 1, 25, 26, 27].map(optionLetter)).toEqual(['A', 'B', 'Z', 'A1', 'B1']);
  });
  it('keeps plain and Markdown text as written', () => {
    expect(printableText(' <b>2 < 3</b> ', 'plain')).toBe('<b>2 < 3</b>');
    expect(printableText('<b>2 &lt; 3</b> &amp; &#x4D9;', 'html')).toBe('2 < 3 & ә');
  });
});
