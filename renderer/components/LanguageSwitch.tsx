import { useTranslation } from 'react-i18next';
import { LANGS } from '../../shared/domain/localized';
import { switchLang } from '../i18n/setup';
import { useLang } from '../i18n/use-lang';

type Props = { variant?: 'rail' | 'full' };

/** ҚАЗ / РУС / ENG (or the full names on Settings), each written in its own language. */
export function LanguageSwitch({ variant = 'rail' }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const prefix = variant === 'rail' ? 'lang' : 'settings-lang';
  return (
    <div className={`lang-switch lang-switch--${variant}`} role="group" aria-label={t('lang.label')}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className={l === lang ? 'lang-button is-active' : 'lang-button'}
          aria-pressed={l === lang}
          title={t(`lang.${l}Name`)}
          data-testid={`${prefix}-${l}`}
          onClick={() => switchLang(l)}
        >
          {variant === 'rail' ? t(`lang.${l}`) : t(`lang.${l}Name`)}
        </button>
      ))}
    </div>
  );
}
