import type { Lang } from './localized';

// Whole numbers in words for "the total in words" on printed documents.
// The rule: only whole numbers 0 … 999 999 are written in words. Documents write the rounded
// total (a whole number whenever the design's precision is 0, as every seed's is) and never
// the exact one, so no "бүтін / целых / point" forms are needed; a value with decimals has no
// words (numberWords throws, hasWords says false). Russian uses the masculine forms («один»,
// «два»: балл, процент are masculine) and the feminine ones before тысяча («одна тысяча»);
// English is British («one hundred and one»); Kazakh says «жүз» and «мың» without «бір».

/** The largest whole number numberWords writes. */
export const MAX_WORDS = 999_999;

const KK_ONES = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const KK_TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];

const RU_ONES = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const RU_TEENS = ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'];
const RU_TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const RU_HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'];

const EN_ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const ZERO: Readonly<Record<Lang, string>> = { kk: 'нөл', ru: 'ноль', en: 'zero' };

function kkBelow1000(n: number): string[] {
  const h = Math.floor(n / 100);
  const out: string[] = [];
  if (h > 0) out.push(...(h > 1 ? [KK_ONES[h]!] : []), 'жүз');
  out.push(KK_TENS[Math.floor((n % 100) / 10)]!, KK_ONES[n % 10]!);
  return out;
}

function kk(n: number): string[] {
  const thousands = Math.floor(n / 1000);
  const head = thousands === 0 ? [] : [...(thousands > 1 ? kkBelow1000(thousands) : []), 'мың'];
  return [...head, ...kkBelow1000(n % 1000)];
}

function ruBelow1000(n: number, isFeminine: boolean): string[] {
  const rest = n % 100;
  const ones = rest % 10;
  const out = [RU_HUNDREDS[Math.floor(n / 100)]!];
  if (rest >= 10 && rest < 20) return [...out, RU_TEENS[rest - 10]!];
  out.push(RU_TENS[Math.floor(rest / 10)]!);
  out.push(isFeminine && ones === 1 ? 'одна' : isFeminine && ones === 2 ? 'две' : RU_ONES[ones]!);
  return out;
}

/** тысяча, тысячи, тысяч as Russian counts them (1, 2–4, else; 11–14 take тысяч). */
function ruThousand(n: number): string {
  const rest = n % 100;
  const ones = n % 10;
  if (rest >= 11 && rest <= 14) return 'тысяч';
  if (ones === 1) return 'тысяча';
  return ones >= 2 && ones <= 4 ? 'тысячи' : 'тысяч';
}

function ru(n: number): string[] {
  const thousands = Math.floor(n / 1000);
  const head = thousands === 0 ? [] : [...ruBelow1000(thousands, true), ruThousand(thousands)];
  return [...head, ...ruBelow1000(n % 1000, false)];
}

function enBelow100(n: number): string {
  if (n < 10) return EN_ONES[n]!;
  if (n < 20) return EN_TEENS[n - 10]!;
  const ones = n % 10;
  return ones === 0 ? EN_TENS[Math.floor(n / 10)]! : `${EN_TENS[Math.floor(n / 10)]!}-${EN_ONES[ones]!}`;
}

function enBelow1000(n: number, isAfterThousand: boolean): string[] {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const out = h > 0 ? [EN_ONES[h]!, 'hundred'] : [];
  if (rest > 0) out.push(...(h > 0 || isAfterThousand ? ['and'] : []), enBelow100(rest));
  return out;
}

function en(n: number): string[] {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const head = thousands === 0 ? [] : [...enBelow1000(thousands, false), 'thousand'];
  // "one thousand and five", but "one thousand two hundred": British usage.
  return [...head, ...enBelow1000(rest, thousands > 0 && rest < 100)];
}

/** Whether numberWords can write `value`: a whole number 0 … MAX_WORDS. */
export function hasWords(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_WORDS;
}

/**
 * A whole number 0 … 999 999 in words: kk «сексен бір», ru «восемьдесят один», en
 * "eighty-one". Throws a RangeError for anything else (see the rule at the top of this file).
 */
export function numberWords(value: number, lang: Lang): string {
  if (!hasWords(value)) throw new RangeError(`numberWords: ${value} is not a whole number from 0 to ${MAX_WORDS}`);
  if (value === 0) return ZERO[lang];
  const words = lang === 'kk' ? kk(value) : lang === 'ru' ? ru(value) : en(value);
  return words.filter((w) => w !== '').join(' ');
}
