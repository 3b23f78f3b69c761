import { describe, expect, it } from 'vitest';
import { hasWords, MAX_WORDS, numberWords } from '../../shared/domain/number-words';

const KK: Record<number, string> = {
  0: 'нөл', 1: 'бір', 2: 'екі', 3: 'үш', 4: 'төрт', 5: 'бес', 6: 'алты', 7: 'жеті', 8: 'сегіз', 9: 'тоғыз', 10: 'он',
  11: 'он бір', 12: 'он екі', 13: 'он үш', 14: 'он төрт', 15: 'он бес', 16: 'он алты', 17: 'он жеті', 18: 'он сегіз', 19: 'он тоғыз',
  20: 'жиырма', 21: 'жиырма бір', 30: 'отыз', 40: 'қырық', 44: 'қырық төрт', 50: 'елу', 60: 'алпыс', 70: 'жетпіс', 80: 'сексен', 81: 'сексен бір',
  90: 'тоқсан', 99: 'тоқсан тоғыз', 100: 'жүз', 101: 'жүз бір', 110: 'жүз он', 115: 'жүз он бес', 200: 'екі жүз', 347: 'үш жүз қырық жеті',
  999: 'тоғыз жүз тоқсан тоғыз', 1000: 'мың', 1001: 'мың бір', 2000: 'екі мың', 2024: 'екі мың жиырма төрт', 21_000: 'жиырма бір мың',
  100_000: 'жүз мың', 999_999: 'тоғыз жүз тоқсан тоғыз мың тоғыз жүз тоқсан тоғыз',
};

const RU: Record<number, string> = {
  0: 'ноль', 1: 'один', 2: 'два', 3: 'три', 4: 'четыре', 5: 'пять', 6: 'шесть', 7: 'семь', 8: 'восемь', 9: 'девять', 10: 'десять',
  11: 'одиннадцать', 12: 'двенадцать', 13: 'тринадцать', 14: 'четырнадцать', 15: 'пятнадцать', 16: 'шестнадцать', 17: 'семнадцать',
  18: 'восемнадцать', 19: 'девятнадцать', 20: 'двадцать', 21: 'двадцать один', 30: 'тридцать', 40: 'сорок', 44: 'сорок четыре', 50: 'пятьдесят',
  60: 'шестьдесят', 70: 'семьдесят', 80: 'восемьдесят', 81: 'восемьдесят один', 90: 'девяносто', 99: 'девяносто девять', 100: 'сто',
  101: 'сто один', 110: 'сто десять', 115: 'сто пятнадцать', 200: 'двести', 347: 'триста сорок семь', 999: 'девятьсот девяносто девять',
  1000: 'одна тысяча', 1001: 'одна тысяча один', 2000: 'две тысячи', 2024: 'две тысячи двадцать четыре', 5000: 'пять тысяч',
  11_000: 'одиннадцать тысяч', 21_000: 'двадцать одна тысяча', 22_000: 'двадцать две тысячи', 100_000: 'сто тысяч',
  999_999: 'девятьсот девяносто девять тысяч девятьсот девяносто девять',
};

const EN: Record<number, string> = {
  0: 'zero', 1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten',
  11: 'eleven', 12: 'twelve', 13: 'thirteen', 14: 'fourteen', 15: 'fifteen', 16: 'sixteen', 17: 'seventeen', 18: 'eighteen', 19: 'nineteen',
  20: 'twenty', 21: 'twenty-one', 30: 'thirty', 40: 'forty', 44: 'forty-four', 50: 'fifty', 60: 'sixty', 70: 'seventy', 80: 'eighty',
  81: 'eighty-one', 90: 'ninety', 99: 'ninety-nine', 100: 'one hundred', 101: 'one hundred and one', 110: 'one hundred and ten',
  115: 'one hundred and fifteen', 200: 'two hundred', 347: 'three hundred and forty-seven', 999: 'nine hundred and ninety-nine',
  1000: 'one thousand', 1001: 'one thousand and one', 1200: 'one thousand two hundred', 2024: 'two thousand and twenty-four',
  21_000: 'twenty-one thousand', 100_000: 'one hundred thousand',
  999_999: 'nine hundred and ninety-nine thousand nine hundred and ninety-nine',
};

describe('numberWords', () => {
  for (const [lang, table] of [['kk', KK], ['ru', RU], ['en', EN]] as const) {
    it(`writes ${Object.keys(table).length} numbers in ${lang}, 0, 11–19, 21, 40, 90, 100, 101 and 1000 among them`, () => {
      for (const key of [0, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 40, 90, 100, 101, 1000]) expect(table[key], `${lang} ${key} is listed`).toBeDefined();
      for (const [n, words] of Object.entries(table)) expect(numberWords(Number(n), lang), `${lang} ${n}`).toBe(words);
    });
  }

  it('writes every number 0…1000 in every language: single spaces, distinct words for distinct numbers', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const seen = new Set<string>();
      for (let n = 0; n <= 1000; n++) {
        const w = numberWords(n, lang);
        expect(w, `${lang} ${n}`).toMatch(/^\S+( \S+)*$/);
        expect(seen.has(w), `${lang} ${n}: ${w} twice`).toBe(false);
        seen.add(w);
      }
    }
  });

  it('has no words for decimals, negatives or numbers past the maximum', () => {
    for (const bad of [81.5, -1, MAX_WORDS + 1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(hasWords(bad)).toBe(false);
      expect(() => numberWords(bad, 'kk')).toThrow(RangeError);
    }
    expect(hasWords(81)).toBe(true);
  });
});
