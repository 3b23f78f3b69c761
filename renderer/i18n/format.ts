import type { Lang, Localized } from '../../shared/domain/localized';
import { INTL_LOCALES } from '../../shared/i18n';

const cache = new Map<string, Intl.NumberFormat>();
let kazakhLocale: string | null = null;

/**
 * Chromium's trimmed ICU accepts "kk" but formats it like English (1,234.5). Kazakh writes
 * numbers as Russian does (1 234,5), so without real Kazakh data we format with ru-KZ.
 */
function numberLocale(lang: Lang): string {
  if (lang !== 'kk') return INTL_LOCALES[lang];
  kazakhLocale ??= new Intl.NumberFormat(INTL_LOCALES.kk).format(1.5) === '1,5' ? INTL_LOCALES.kk : INTL_LOCALES.ru;
  return kazakhLocale;
}

function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(numberLocale(lang), options);
    cache.set(key, f);
  }
  return f;
}

/** A number as given (up to 2 decimals), e.g. a criterion's max or a level. */
export function formatPlain(lang: Lang, value: number): string {
  return formatter(lang, { maximumFractionDigits: 2 }).format(value);
}

/** An exact total with two decimals (81.00 / 81,00). */
export function formatExact(lang: Lang, value: number): string {
  return formatter(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/**
 * A percent with one decimal. Truncated, not rounded, so that 49.96 % shows as 49.9 % and
 * never looks like the 50 % it did not reach (bands are lower-inclusive on the exact percent).
 */
export function formatPercent(lang: Lang, value: number): string {
  return formatter(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, roundingMode: 'trunc' }).format(
    value / 100,
  );
}

/** The text of a localized value in the UI language, falling back to another language when empty. */
export function pick(text: Localized, lang: Lang): string {
  return text[lang] || text.kk || text.ru || text.en;
}

/** A number with all its decimals (up to 6), for the exact value shown on hover. */
export function formatFull(lang: Lang, value: number): string {
  return formatter(lang, { maximumFractionDigits: 6 }).format(value);
}
