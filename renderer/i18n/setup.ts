import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '../../shared/domain/localized';
import { CATALOGS } from '../../shared/i18n';

const LANG_KEY = 'attesta.lang';

/** True for one of the three UI languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

function storedLang(): Lang {
  try {
    const value = window.localStorage.getItem(LANG_KEY);
    return isLang(value) ? value : 'kk';
  } catch {
    return 'kk';
  }
}

function remember(lang: Lang): void {
  document.documentElement.lang = lang;
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

/** Starts i18next with the three catalogs in the remembered language (Kazakh by default). */
export async function setupI18n(): Promise<void> {
  const lng = storedLang();
  await i18next.use(initReactI18next).init({
    resources: {
      kk: { translation: CATALOGS.kk },
      ru: { translation: CATALOGS.ru },
      en: { translation: CATALOGS.en },
    },
    lng,
    supportedLngs: [...LANGS],
    fallbackLng: 'kk',
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (next) => {
    if (isLang(next)) remember(next);
  });
}

/** The current UI language. */
export function currentLang(): Lang {
  return isLang(i18next.language) ? i18next.language : 'kk';
}

/** Switches the UI language; the choice is remembered and `<html lang>` follows. */
export function switchLang(lang: Lang): void {
  void i18next.changeLanguage(lang);
}
