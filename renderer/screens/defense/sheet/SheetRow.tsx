import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../../shared/schemas/design-schema';
import { formatPlain, pick } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import { problemText } from '../../score/problem-text';
import { activeBand, type Row, type RowCheck } from './sheet-model';

type Props = {
  index: number;
  criterion: Criterion;
  row: Row;
  check: RowCheck;
  isLocked: boolean;
  onChange: (row: Row) => void;
  onEnter: () => void;
  inputRef: (el: HTMLInputElement | null) => void;
};

const EPS = 1e-9;

/**
 * One criterion: band buttons (the descriptor on hover, and below once picked or tapped),
 * then a points field limited to the band. The buttons are skipped by Tab, so digits + Tab
 * walk the points fields only.
 */
export function SheetRow({ index, criterion, row, check, isLocked, onChange, onEnter, inputRef }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const band = activeBand(criterion, row, check);
  const value = check.kind === 'ok' ? check.value : null;
  const message =
    check.kind === 'problem'
      ? problemText(t, lang, check.problem)
      : check.kind === 'outside'
        ? t('defense.sheet.outsideBand', { min: formatPlain(lang, check.band.min), max: formatPlain(lang, check.band.max) })
        : null;
  const range = band ? `${formatPlain(lang, band.min)}–${formatPlain(lang, band.max)}` : `0–${formatPlain(lang, criterion.max)}`;
  const focusInput = () => document.getElementById(`sheet-points-${index}`)?.focus();
  const scale = criterion.scale;
  return (
    <li className={message ? 'sheet-row has-error' : 'sheet-row'} data-testid={`criterion-${index}`}>
      <div className="sheet-row-head">
        <span className="sheet-row-no">{formatPlain(lang, index + 1)}</span>
        <span className="sheet-row-title">{pick(criterion.title, lang)}</span>
        <span className="sheet-row-max">{t('defense.sheet.max', { max: formatPlain(lang, criterion.max) })}</span>
      </div>
      <div className="sheet-row-body">
        <div className="band-buttons" role="group" aria-label={t('defense.sheet.bands')}>
          {scale.kind === 'levels'
            ? scale.levels.map((l) => (
                <button
                  key={l.value}
                  type="button"
                  tabIndex={-1}
                  disabled={isLocked}
                  className={value !== null && Math.abs(l.value - value) < EPS ? 'band-button is-active' : 'band-button'}
                  aria-pressed={value !== null && Math.abs(l.value - value) < EPS}
                  onClick={() => onChange({ text: String(l.value), band: null })}
                >
                  <b>{formatPlain(lang, l.value)}</b> <span>{pick(l.label, lang)}</span>
                </button>
              ))
            : [...criterion.bands]
                .sort((a, b) => b.min - a.min)
                .map((b) => (
                  <button
                    key={b.key}
                    type="button"
                    tabIndex={-1}
                    disabled={isLocked}
                    title={b.descriptor ? pick(b.descriptor, lang) : undefined}
                    className={b === band ? 'band-button is-active' : 'band-button'}
                    aria-pressed={b === band}
                    data-testid={`band-${index}-${b.key}`}
                    onClick={() => {
                      const keeps = value !== null && value >= b.min - EPS && value <= b.max + EPS;
                      onChange({ text: keeps ? row.text : '', band: b.key });
                      focusInput();
                    }}
                  >
                    <b>
                      {formatPlain(lang, b.min)}–{formatPlain(lang, b.max)}
                    </b>{' '}
                    <span>{pick(b.label, lang)}</span>
                  </button>
                ))}
        </div>
        <div className="sheet-points">
          <input
            ref={inputRef}
            id={`sheet-points-${index}`}
            className="points-input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            readOnly={isLocked}
            value={row.text}
            aria-label={t('score.pointsFor', { n: formatPlain(lang, index + 1) })}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? `sheet-error-${index}` : undefined}
            data-testid={`points-${index}`}
            onChange={(e) => onChange({ text: e.target.value, band: row.band })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                onEnter();
              }
            }}
          />
          <span className="sheet-range" aria-hidden="true">
            {range}
          </span>
        </div>
      </div>
      {message && (
        <div className="field-error" id={`sheet-error-${index}`} role="alert" data-testid={`points-error-${index}`}>
          {message}
        </div>
      )}
      {band?.descriptor && (
        <p className="descriptor" data-testid={`descriptor-${index}`}>
          {pick(band.descriptor, lang)}
        </p>
      )}
    </li>
  );
}
