import type { DrawnItem } from '../../domain/bank/draw';
import { hashHex } from '../../domain/bank/random';
import { assertNever, type BankItem, type ChoiceOption, type MatchingItem } from '../../domain/bank/types';
import { add, compare, frac, fromNumber, toNumber, type Fraction } from '../../domain/fraction';
import type { Lang } from '../../domain/localized';
import { formatNumber } from '../cells';
import { printableText, optionLetter } from './item-text';
import type { VariantLabels } from './labels';
import { rightsOrder, shownRights } from '../../domain/bank/matching';

/** One examinee's variant as stored or drawn: seed, items with the option order shown, the name when known. */
export type VariantToPrint = { examinee: number; seed: string; name: string | null; items: readonly DrawnItem[] };

/** A lettered answer as printed. */
export type PrintedOption = { letter: string; text: string };

/** A question as printed in the booklet, numbered from 1 in the variant's order. */
export type PrintedQuestion =
  | { kind: 'choice'; number: number; text: string; points: string; isMultiple: boolean; options: PrintedOption[] }
  | { kind: 'matching'; number: number; text: string; points: string; lefts: PrintedOption[]; rights: PrintedOption[] }
  | { kind: 'line'; number: number; text: string; points: string }
  | { kind: 'essay'; number: number; text: string; points: string };

/** One line of an answer key: the question, its right letter(s) or answer, its points. */
export type KeyLine = { number: number; answer: string; points: string };

/** One row of the answer sheet: circles to fill (`letters`), a box to write in, or a pointer to the booklet. */
export type SheetRow = { label: string; mark: { kind: 'circles'; letters: string[] } | { kind: 'box' } | { kind: 'booklet' } };

/** Everything one variant prints: booklet questions, key, answer-sheet rows, and the check code linking them. */
export type PrintedVariant = {
  examinee: number;
  seed: string;
  name: string | null;
  /** Links the answer sheet to its variant: 8 hex digits of the seed, number and item ids, as XXXX-XXXX. */
  checkCode: string;
  maxPoints: string;
  questions: PrintedQuestion[];
  key: KeyLine[];
  sheet: SheetRow[];
};

const ONE = frac(1);
const ZERO = frac(0);

/** The check code of a variant (see PrintedVariant.checkCode). */
export function checkCode(variant: Pick<VariantToPrint, 'examinee' | 'seed' | 'items'>): string {
  const h = hashHex(`${variant.seed}\u0000check\u0000${variant.examinee}\u0000${variant.items.map((i) => i.id).join('\u0001')}`).toUpperCase();
  return `${h.slice(0, 4)}-${h.slice(4, 8)}`;
}

function points(value: number, lang: Lang): string {
  const decimals = Number.isInteger(value) ? 0 : Math.min(4, String(value).split('.')[1]?.length ?? 0);
  return formatNumber(value, decimals, lang);
}

function shownOrder(count: number, order: readonly number[] | null): number[] {
  return order ? [...order] : [...Array(count).keys()];
}

function choiceKey(options: readonly ChoiceOption[], order: readonly number[], isMultiple: boolean, lang: Lang): string {
  const shown = order.map((k, i) => ({ letter: optionLetter(i), weight: options[k]!.weight }));
  if (isMultiple) return shown.filter((o) => compare(o.weight, ZERO) > 0).map((o) => o.letter).join(', ');
  const full = shown.filter((o) => compare(o.weight, ONE) === 0).map((o) => o.letter);
  const partial = shown
    .filter((o) => compare(o.weight, ZERO) > 0 && compare(o.weight, ONE) < 0)
    .map((o) => `${o.letter} (${formatNumber((o.weight.num / o.weight.den) * 100, 0, lang)} %)`);
  return [...full, ...partial].join(', ');
}

function question(item: BankItem, drawn: DrawnItem, variantSeed: string, number: number, lang: Lang, labels: VariantLabels): { q: PrintedQuestion; key: string; sheet: SheetRow[] } {
  const base = { number, text: printableText(item.text, item.format), points: points(item.points, lang) };
  const label = String(number);
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const order = shownOrder(item.options.length, drawn.optionOrder);
      const options = order.map((k, i) => ({ letter: optionLetter(i), text: printableText(item.options[k]!.text, item.format) }));
      const sheet: SheetRow = { label, mark: { kind: 'circles', letters: options.map((o) => o.letter) } };
      return { q: { ...base, kind: 'choice', isMultiple: item.type === 'multiple', options }, key: choiceKey(item.options, order, item.type === 'multiple', lang), sheet: [sheet] };
    }
    case 'truefalse': {
      const options = [{ letter: 'A', text: labels.true }, { letter: 'B', text: labels.false }];
      const key = item.answer ? `A (${labels.true})` : `B (${labels.false})`;
      return { q: { ...base, kind: 'choice', isMultiple: false, options }, key, sheet: [{ label, mark: { kind: 'circles', letters: ['A', 'B'] } }] };
    }
    case 'matching': {
      const rights = shownRights(item, rightsOrder(item, variantSeed, drawn.optionOrder));
      const lefts = item.pairs.map((p, i) => ({ letter: String(i + 1), text: printableText(p.left, item.format) }));
      const letters = rights.map((_, i) => optionLetter(i));
      const key = item.pairs.map((p, i) => `${i + 1}–${optionLetter(rights.indexOf(p.right))}`).join(', ');
      const sheet = lefts.map((l): SheetRow => ({ label: `${number}.${l.letter}`, mark: { kind: 'circles', letters } }));
      return { q: { ...base, kind: 'matching', lefts, rights: rights.map((r, i) => ({ letter: letters[i]!, text: printableText(r, item.format) })) }, key, sheet };
    }
    case 'short': {
      const key = item.answers.filter((a) => compare(a.weight, ONE) === 0).map((a) => a.text).join(` ${labels.or} `);
      return { q: { ...base, kind: 'line' }, key, sheet: [{ label, mark: { kind: 'box' } }] };
    }
    case 'numeric': {
      const full = item.answers.filter((a) => compare(a.weight, ONE) === 0);
      const key = full.map((a) => (Number(a.tolerance) === 0 ? a.value : `${a.value} ${labels.tolerance} ${a.tolerance}`)).join(` ${labels.or} `);
      return { q: { ...base, kind: 'line' }, key, sheet: [{ label, mark: { kind: 'box' } }] };
    }
    case 'essay':
      return { q: { ...base, kind: 'essay' }, key: `— (${labels.essayKey})`, sheet: [{ label, mark: { kind: 'booklet' } }] };
    default:
      return assertNever(item);
  }
}

/**
 * What one variant prints: its questions in the stored order with options lettered in the
 * variant's option order, the key in those same letters, and the answer sheet's rows.
 */
export function printedVariant(variant: VariantToPrint, byId: ReadonlyMap<string, BankItem>, lang: Lang, labels: VariantLabels): PrintedVariant {
  const questions: PrintedQuestion[] = [];
  const key: KeyLine[] = [];
  const sheet: SheetRow[] = [];
  let max: Fraction = ZERO;
  variant.items.forEach((drawn, i) => {
    const item = byId.get(drawn.id);
    if (!item) throw new Error(`variant ${variant.examinee}: item ${drawn.id} is not in the bank`);
    const made = question(item, drawn, variant.seed, i + 1, lang, labels);
    questions.push(made.q);
    key.push({ number: i + 1, answer: made.key, points: made.q.points });
    sheet.push(...made.sheet);
    max = add(max, fromNumber(item.points));
  });
  return { examinee: variant.examinee, seed: variant.seed, name: variant.name, checkCode: checkCode(variant), maxPoints: points(toNumber(max), lang), questions, key, sheet };
}
