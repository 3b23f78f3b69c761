import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../shared/documents/cells';

const LOCALES = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' } as const;

function intl(value: number, decimals: number | undefined, lang: keyof typeof LOCALES): string {
  const digits = decimals === undefined ? { maximumFractionDigits: 6 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return new Intl.NumberFormat(LOCALES[lang], { ...digits, useGrouping: false }).format(value);
}

describe('formatNumber', () => {
  it('writes what Intl.NumberFormat writes, also at decimal halves toFixed gets wrong', () => {
    expect(formatNumber(1.005, 2, 'en')).toBe('1.01');
    expect(formatNumber(84.5, 0, 'kk')).toBe('85');
    expect(formatNumber(85.2, 2, 'ru')).toBe('85,20');
    expect(formatNumber(0.05, 1, 'kk')).toBe('0,1');
    expect(formatNumber(99.95, 1, 'en')).toBe('100.0');
    const values = [0, 1, 9.995, 0.125, 63.125, 2 / 3, 200 / 3, 1e21, 1e-7, 123456789.987654, -2.5, -0];
    let seed = 7;
    for (let i = 0; i < 3000; i++) {
      seed = (seed * 48271) % 2147483647;
      const scale = [1, 10, 100, 1000][i % 4]!;
      values.push(Math.round((seed / 2147483647) * 100 * scale * 8) / (scale * 8));
    }
    for (const lang of ['kk', 'ru', 'en'] as const) {
      for (const decimals of [undefined, 0, 1, 2, 3]) {
        for (const v of values) expect(formatNumber(v, decimals, lang), `${v} ${String(decimals)} ${lang}`).toBe(intl(v, decimals, lang));
      }
    }
  });
});
