/** The three languages of Attesta; Kazakh is the default. */
export const LANGS = ['kk', 'ru', 'en'] as const;

/** One of the UI and document languages. */
export type Lang = (typeof LANGS)[number];

/** A text in all three languages. */
export type Localized = Readonly<Record<Lang, string>>;

/** Builds a localized text. */
export function t3(kk: string, ru: string, en: string): Localized {
  return { kk, ru, en };
}
