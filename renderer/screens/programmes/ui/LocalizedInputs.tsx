import { useTranslation } from 'react-i18next';
import { LANGS, type Lang, type Localized } from '../../../../shared/domain/localized';

type Props = {
  id: string;
  label: string;
  value: Localized;
  onChange: (value: Localized) => void;
  error?: string | null;
  path?: string;
  isMultiline?: boolean;
  isRequired?: boolean;
  testId?: string;
};

/** One text in Kazakh, Russian and English side by side, each field marked with its language. */
export function LocalizedInputs({ id, label, value, onChange, error, path, isMultiline, isRequired, testId }: Props) {
  const { t } = useTranslation();
  const set = (l: Lang, text: string): void => onChange({ ...value, [l]: text });
  return (
    <fieldset className="pf-localized" data-path={path} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="pf-label">
        {label}
        {isRequired && <span aria-hidden="true"> *</span>}
      </legend>
      <div className={isMultiline ? 'pf-localized-row pf-localized-row--stack' : 'pf-localized-row'}>
        {LANGS.map((l) => {
          const common = {
            id: `${id}-${l}`,
            lang: l,
            value: value[l],
            className: isMultiline ? 'pf-input pf-textarea' : 'pf-input',
            'aria-label': `${label} (${t(`lang.${l}Name`)})`,
            'aria-invalid': error ? true : undefined,
            'data-testid': testId ? `${testId}-${l}` : undefined,
            'data-path': path ? `${path}.${l}` : undefined,
          } as const;
          return (
            <label key={l} className="pf-lang-input">
              <span className="pf-lang-tag" aria-hidden="true">
                {t(`lang.${l}`)}
              </span>
              {isMultiline ? (
                <textarea {...common} rows={2} onChange={(e) => set(l, e.target.value)} />
              ) : (
                <input {...common} type="text" autoComplete="off" onChange={(e) => set(l, e.target.value)} />
              )}
            </label>
          );
        })}
      </div>
      {error && (
        <div className="field-error" id={`${id}-error`} role="alert">
          {error}
        </div>
      )}
    </fieldset>
  );
}

/** True when at least one language has text. */
export function hasAnyText(text: Localized): boolean {
  return LANGS.some((l) => text[l].trim() !== '');
}

/** The same text with every language trimmed. */
export function trimmed(text: Localized): Localized {
  return { kk: text.kk.trim(), ru: text.ru.trim(), en: text.en.trim() };
}
