import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readNumber } from '../../score/parse-points';

type Props = {
  id: string;
  label: string;
  value: number;
  onChange: (value: number) => void;
  path: string;
  testId?: string;
  isInteger?: boolean;
  isPositive?: boolean;
};

/**
 * A number in the design: the text is kept while it is typed; the design changes only when
 * the text is a usable number, else the problem is said under the field.
 */
export function NumberField({ id, label, value, onChange, path, testId, isInteger = false, isPositive = false }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(value));
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (readNumber(text) !== value) setText(String(value));
  }
  const read = readNumber(text);
  const problem =
    read === 'empty' || read === null
      ? t('input.notANumber')
      : read < 0
        ? t('input.negative')
        : isPositive && read === 0
          ? t('people.editor.positive')
          : isInteger && !Number.isInteger(read)
            ? t('people.editor.whole')
            : null;
  return (
    <div className="pf-field pf-field--num" data-path={path}>
      <label className="pf-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="pf-input pf-input--num"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        data-testid={testId}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const n = readNumber(next);
          if (typeof n === 'number' && n >= 0 && !(isPositive && n === 0) && !(isInteger && !Number.isInteger(n))) {
            setSeen(n);
            onChange(n);
          }
        }}
      />
      {problem && (
        <div className="field-error" id={`${id}-error`} role="alert">
          {problem}
        </div>
      )}
    </div>
  );
}
