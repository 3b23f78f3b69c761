import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/domain/localized';
import { isLang } from './setup';

/** The current UI language; components using it re-render when it changes. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : 'kk';
}
