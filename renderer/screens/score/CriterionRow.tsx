import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../shared/schemas/design-schema';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { CriterionScale } from './CriterionScale';
import type { FieldCheck } from './parse-points';
import { problemText } from './problem-text';

type Props = {
  index: number;
  criterion: Criterion;
  text: string;
  check: FieldCheck;
  serverError: string | null;
  onChange: (text: string) => void;
  onEnter: () => void;
  inputRef: (el: HTMLInputElement | null) => void;
};

/** One criterion: number, title with its bands or levels, max, and the points field. */
export function CriterionRow({ index, criterion, text, check, serverError, onChange, onEnter, inputRef }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const message = check.kind === 'problem' ? problemText(t, lang, check.problem) : serverError;
  const errorId = `points-error-${index}`;
  return (
    <tr className={message ? 'criterion has-error' : 'criterion'} data-testid={`criterion-${index}`}>
      <td className="col-no">{index + 1}</td>
      <td className="col-criterion">
        <div className="criterion-title">{pick(criterion.title, lang)}</div>
        <CriterionScale
          criterion={criterion}
          value={check.kind === 'ok' ? check.value : null}
          lang={lang}
          onPickLevel={(v) => onChange(String(v))}
        />
      </td>
      <td className="col-max">{formatPlain(lang, criterion.max)}</td>
      <td className="col-points">
        <input
          ref={inputRef}
          className="points-input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-label={t('score.pointsFor', { n: formatPlain(lang, index + 1) })}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          data-testid={`points-${index}`}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onEnter();
            }
          }}
        />
        {message && (
          <div className="field-error" id={errorId} role="alert" data-testid={`points-error-${index}`}>
            {message}
          </div>
        )}
      </td>
    </tr>
  );
}
